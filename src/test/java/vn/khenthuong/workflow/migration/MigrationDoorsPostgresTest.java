package vn.khenthuong.workflow.migration;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The migration doors, bad requests and a migration batch on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class MigrationDoorsPostgresTest extends MigrationDoorsTest {
}
