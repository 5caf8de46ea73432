package vn.khenthuong.security;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same attacks, controls and throttle on PostgreSQL 17 (where a NUL in a text field used to be a 500). */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AttackSuitePostgresTest extends AttackSuiteTest {
}
