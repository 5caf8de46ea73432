package vn.khenthuong.workflow.engine;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Autovacuum of the churned tables again (issue 21 point 4), PostgreSQL only; on H2 it is recorded and does nothing.
 * Run by {@link EngineIndexes} after {@link V27__HotTablesAutovacuum}.
 * <p>
 * Why: V27 waited for 500 dead rows whatever the table's size (scale factor 0). Between year ends a runtime table
 * holds a few hundred to a few thousand live rows, and PostgreSQL's default (50 + 20 % of live rows) vacuumed sooner
 * than that; the tables grew fatter than with the defaults (BENCHMARKS.md, "Runtime tables under churn"). Here a
 * vacuum follows 50 dead rows plus 2 % of the live ones: after 50 at an empty table, 150 at 5,000 live rows, 1,050 at
 * 50,000 (year end) — always sooner than the defaults (4,050 at 20,000), and sooner than V27 up to 22,500 live rows
 * (later above, where 2 % of the table is still a small share). What V27 got right stays: no cost delay
 * (a vacuum of these tables finishes at once) and fillfactor 80 where rows are updated in place; our growing tables
 * keep V27's settings.
 */
public class V29__RuntimeTablesVacuumSooner extends BaseJavaMigration {

    static final String SOONER = "autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 50, "
            + "autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 50, autovacuum_vacuum_cost_delay = 0";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : V27__HotTablesAutovacuum.ENGINE_RUNTIME) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (" + SOONER + ")");
            }
            for (String table : V27__HotTablesAutovacuum.OURS_CHURNING) {
                s.execute("ALTER TABLE IF EXISTS " + table + " SET (" + SOONER + ")");
            }
        }
    }
}
