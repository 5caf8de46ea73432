package vn.khenthuong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Our indexes on Camunda's task table exist after start-up, created once the engine had made its tables. */
@SpringBootTest
@ActiveProfiles("test")
class EngineIndexesTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void dueDateAndParentIndexesOnTheTaskTableAreMigratedAfterTheEngineSchema() throws Exception {
        assertThat(indexesOf("ACT_RU_TASK")).contains("act_idx_kt_task_due", "act_idx_kt_task_parent");
        assertThat(jdbc.queryForList("select \"version\" from \"" + EngineIndexes.HISTORY_TABLE + "\" where \"success\" = true and \"version\" is not null order by \"installed_rank\"",
                String.class)).containsExactly("0", "6", "27", "29", "30", "31");
    }

    /** The sub-task look-up of every completion, as Camunda sends it, can read the index instead of the whole table. */
    @Test
    void theSubTaskLookUpOfEveryCompletionUsesTheParentIndex() throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        String plan = transactions.execute(status -> {
            if (!"PostgreSQL".equals(product)) {
                return String.join("\n", jdbc.queryForList("EXPLAIN select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class));
            }
            // A test database holds a handful of tasks, where a scan is cheaper; a province's holds thousands. The plan
            // is the generic one of a statement with a parameter, as the engine sends it: the partial index (sub-tasks
            // only) must serve any value.
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            jdbc.execute("PREPARE sub_tasks(varchar) AS select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1");
            try {
                return String.join("\n", jdbc.queryForList("EXPLAIN EXECUTE sub_tasks('x')", String.class));
            } finally {
                jdbc.execute("DEALLOCATE sub_tasks");
            }
        });
        assertThat(plan.toLowerCase(Locale.ROOT)).contains("act_idx_kt_task_parent");
        if ("PostgreSQL".equals(product)) {
            // Over sub-tasks only: our processes create none, so task inserts and deletions pay nothing for it.
            assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'act_idx_kt_task_parent'", String.class))
                    .endsWith("WHERE (parent_task_id_ IS NOT NULL)");
        }
    }

    /** V27 then V29: the churned tables' autovacuum settings on PostgreSQL; on H2 the migration is recorded and changes nothing. */
    @Test
    void churnedTablesGetTheirAutovacuumSettingsOnPostgres() throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        if (!"PostgreSQL".equals(product)) {
            assertThat(product).isEqualTo("H2");
            return;
        }
        for (String table : List.of("act_ru_task", "act_ru_execution", "act_ru_variable", "act_ru_identitylink", "act_ru_authorization",
                "audit_chain", "nomination_code_counter")) {
            assertThat(jdbc.queryForObject("select array_to_string(reloptions, ',') from pg_class where relname = ? and relkind = 'r'", String.class, table))
                    .as(table).contains("autovacuum_vacuum_scale_factor=0.02", "autovacuum_vacuum_threshold=50", "autovacuum_vacuum_cost_delay=0")
                    .doesNotContain("autovacuum_vacuum_threshold=500");
        }
        assertThat(jdbc.queryForObject("select array_to_string(reloptions, ',') from pg_class where relname = 'nomination' and relkind = 'r'", String.class))
                .contains("autovacuum_vacuum_scale_factor=0.02");
        assertThat(jdbc.queryForObject("select array_to_string(reloptions, ',') from pg_class where relname = 'act_ru_task' and relkind = 'r'", String.class))
                .contains("fillfactor=80");
    }

    List<String> indexesOf(String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
            try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }
}
