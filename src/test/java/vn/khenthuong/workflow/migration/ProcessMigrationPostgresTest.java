package vn.khenthuong.workflow.migration;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Migration with a preview of ten nominations, and nothing lost, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ProcessMigrationPostgresTest extends ProcessMigrationTest {
}
