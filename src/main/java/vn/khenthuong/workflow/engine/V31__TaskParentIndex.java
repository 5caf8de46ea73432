package vn.khenthuong.workflow.engine;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An index for the sub-task look-up that every completion or deletion of a task makes first (Camunda's
 * selectTasksByParentTaskId: {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}). Camunda 7.24 indexes
 * PARENT_TASK_ID_ on SQL Server only (ACT_IDX_TASK_PARENT_TASK_ID, camunda-bpm-platform pull request 4030); on
 * PostgreSQL and H2 the look-up reads the whole task table, at year end thousands of waiting tasks for each click on
 * "Hoàn thành" (plans in BENCHMARKS.md). Run by {@link EngineIndexes}.
 * <p>
 * On PostgreSQL the index is partial, over sub-tasks only: our processes create none, so it stays empty and costs
 * task inserts and deletions nothing, and the look-up's {@code = ?} can only match a row it holds. H2 has no partial
 * index; it gets a plain one. Our own name, so that a later Camunda upgrade adding its index cannot fail on ours
 * (ours can then be dropped).
 */
public class V31__TaskParentIndex extends BaseJavaMigration {

    static final String NAME = "ACT_IDX_KT_TASK_PARENT";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON ACT_RU_TASK (PARENT_TASK_ID_)"
                    + (postgres ? " WHERE PARENT_TASK_ID_ IS NOT NULL" : ""));
        }
    }
}
