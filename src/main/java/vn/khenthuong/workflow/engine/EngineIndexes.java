package vn.khenthuong.workflow.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Our indexes on Camunda's tables. They cannot go with our Flyway scripts: Flyway runs before the engine
 * (EngineAfterFlywayDetector), and on a fresh database the ACT_* tables do not exist yet. So a second Flyway, with
 * its own history table and scripts in {@code db/engine}, runs once the engine has built its schema
 * (postProcessEngineBuild). Versioned, checksummed and applied once, like our own migrations.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "flyway_engine_history";

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/engine").table(HISTORY_TABLE)
                // The schema already holds our tables and the engine's: start this history at 0 and apply V6 onwards.
                .baselineOnMigrate(true).baselineVersion("0")
                // Java migrations: PostgreSQL-only storage settings that do nothing on H2, and an index partial on
                // PostgreSQL (see each one's comment).
                .javaMigrations(new V27__HotTablesAutovacuum(), new V29__RuntimeTablesVacuumSooner(), new V31__TaskParentIndex())
                .load().migrate();
    }
}
