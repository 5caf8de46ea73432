package vn.khenthuong.eligibility;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The eligibility rules, the quota and its row lock on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class EligibilityPostgresTest extends EligibilityTest {
}
