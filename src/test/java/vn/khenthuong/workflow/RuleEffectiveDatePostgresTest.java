package vn.khenthuong.workflow;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Rules in flight across their effective dates, and the 90% share, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class RuleEffectiveDatePostgresTest extends RuleEffectiveDateTest {
}
