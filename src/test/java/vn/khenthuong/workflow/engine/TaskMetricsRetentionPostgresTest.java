package vn.khenthuong.workflow.engine;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The task metrics' cleanup on PostgreSQL 17, where the bench found the table growing. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class TaskMetricsRetentionPostgresTest extends TaskMetricsRetentionTest {
}
