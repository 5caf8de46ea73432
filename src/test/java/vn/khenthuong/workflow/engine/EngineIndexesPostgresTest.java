package vn.khenthuong.workflow.engine;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same on PostgreSQL 17, where a fresh database has no ACT_* tables when our Flyway scripts run. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class EngineIndexesPostgresTest extends EngineIndexesTest {
}
