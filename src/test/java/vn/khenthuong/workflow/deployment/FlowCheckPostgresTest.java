package vn.khenthuong.workflow.deployment;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The flow check's refusals roll back on PostgreSQL 17 too: nothing of a refused deployment is written. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class FlowCheckPostgresTest extends FlowCheckTest {
}
