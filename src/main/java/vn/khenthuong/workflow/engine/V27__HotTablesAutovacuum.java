package vn.khenthuong.workflow.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Per-table autovacuum for the tables every lifecycle churns (issue 21 point 4), PostgreSQL only: on H2 it is
 * recorded and does nothing (H2 has no storage parameters). Run by {@link EngineIndexes} with the engine's index
 * scripts, after the engine and our Flyway have made every table; not a Spring bean, so Spring Boot's Flyway does not
 * run it too.
 * <p>
 * Why: PostgreSQL vacuums a table when its dead rows pass 50 + 20 % of its rows. The runtime tables stay small (the
 * open tasks, executions, variables) while every lifecycle inserts and deletes hundreds of their rows, so 20 % of a
 * small table is reached again and again, but the dead rows of a busy minute are many times the live ones and the
 * table and its indexes grow (BENCHMARKS.md: 48,312 dead rows beside 24 live in ACT_RU_VARIABLE after two minutes).
 * A fixed threshold (scale factor 0) vacuums after a bounded number of dead rows whatever the table's size, and no
 * cost delay lets a vacuum of these small tables finish at once (PostgreSQL documentation, "Routine Vacuuming",
 * 24.1.6, and the per-table storage parameters of CREATE TABLE). Rows updated in place (executions, tasks,
 * variables, the audit chain's head, the year's code counter) get room on their page (fillfactor) so the update stays
 * on the page (HOT) and no index entry is added. {@code autovacuum_naptime} (how often the launcher looks, 60 s by
 * default) is a setting of the server, not of a table: the operators' guide names it.
 */
public class V27__HotTablesAutovacuum extends BaseJavaMigration {

    /** Camunda's runtime tables whose rows come and go with every task, execution and variable. */
    static final List<String> ENGINE_RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
            "ACT_RU_AUTHORIZATION", "ACT_RU_EVENT_SUBSCR", "ACT_RU_JOB", "ACT_GE_BYTEARRAY");
    /** Rows updated in place many times per lifecycle (the first three), or once per filing by every unit (the counter). */
    static final List<String> UPDATED_IN_PLACE = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "audit_chain",
            "nomination_code_counter");
    /** Our small tables whose few rows are updated or replaced at every step or filing: the chain heads, the counter, queues. */
    static final List<String> OURS_CHURNING = List.of("audit_chain", "nomination_code_counter", "notification_outbox",
            "notification_task_arrival", "login_throttle");
    /** Our tables that grow with the years and are updated at every step: the dossier's status, its steps, its search row, rounds. */
    static final List<String> OURS_GROWING = List.of("nomination", "nomination_step", "nomination_search", "council_round");

    static final String CHURN = "autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500, "
            + "autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 500, autovacuum_vacuum_cost_delay = 0";
    /** Our tables grow with the years: a small scale factor rather than none, so a vacuum still follows the churn. */
    static final String GROWING = "autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000, "
            + "autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : ENGINE_RUNTIME) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (" + CHURN + ")");
            }
            for (String table : OURS_CHURNING) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (" + CHURN + ")");
            }
            for (String table : OURS_GROWING) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (" + GROWING + ")");
            }
            for (String table : UPDATED_IN_PLACE) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (fillfactor = 80)");
            }
        }
    }
}
