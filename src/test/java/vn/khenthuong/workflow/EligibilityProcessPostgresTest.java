package vn.khenthuong.workflow;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Eligibility in the running process, and two approvals racing for the last quota slot, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class EligibilityProcessPostgresTest extends EligibilityProcessTest {
}
