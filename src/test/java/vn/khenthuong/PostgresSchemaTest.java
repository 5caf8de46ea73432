package vn.khenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.testsupport.PostgresInitializer;

@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class PostgresSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void runsOnPostgresWithOurTablesAndCamundasTables() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'nomination'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ru_task'", Integer.class)).isEqualTo(1);
    }

    record Index(String table, String name, boolean unique, boolean plain, List<String> columns) {
        boolean ours() {
            return !table.startsWith("act_") || name.startsWith("act_idx_kt_");
        }

        /** Every look-up this index serves, the other serves too: same table, and the other's leading columns are this one's. */
        boolean coveredBy(Index other) {
            return !unique && plain && other.plain && table.equals(other.table) && !name.equals(other.name)
                    && columns.size() <= other.columns.size() && other.columns.subList(0, columns.size()).equals(columns);
        }
    }

    /**
     * An index whose columns lead another index of the same table costs every insert and update of that table, and disk,
     * and answers nothing the other does not (PostgreSQL reads a multi-column B-tree by its leading columns). Camunda's
     * own indexes are Camunda's; ours on its tables count.
     */
    @Test
    void noIndexOfOursRepeatsTheLeadingColumnsOfAnother() {
        List<Index> indexes = jdbc.query("""
                select t.relname, i.relname, x.indisunique, x.indpred is null and x.indexprs is null and m.amname = 'btree',
                       array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
                             join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n)
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_am m on m.oid = i.relam
                join pg_namespace s on s.oid = t.relnamespace
                where s.nspname = current_schema()
                """, (rs, row) -> new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                Arrays.asList((String[]) rs.getArray(5).getArray())));
        assertThat(indexes).extracting(Index::name).contains("nomination_step_report", "act_idx_kt_task_due");
        List<String> redundant = new ArrayList<>();
        for (Index index : indexes) {
            for (Index other : indexes) {
                if (index.ours() && index.coveredBy(other) && (index.columns.size() < other.columns.size() || index.name.compareTo(other.name) > 0)) {
                    redundant.add(index.table + "." + index.name + " " + index.columns + " ⊂ " + other.name + " " + other.columns);
                }
            }
        }
        assertThat(redundant).isEmpty();
    }

    /** The reports' latest year, once answered by the single-column year indexes (V31 dropped them), reads the tally indexes. */
    @Test
    void theLatestYearIsReadFromAnIndexThatStartsWithYear() {
        Map<String, String> indexOf = Map.of("nomination_summary", "nomination_tally", "award", "award_tally");
        indexOf.forEach((table, index) -> {
            String plan = transactions.execute(status -> {
                // A test database holds a few rows, where a scan is cheaper; a province's holds a hundred thousand.
                jdbc.execute("SET LOCAL enable_seqscan = off");
                return String.join("\n", jdbc.queryForList("EXPLAIN SELECT MAX(year) FROM " + table, String.class));
            });
            assertThat(plan).as(table).contains("Index Only Scan Backward using " + index);
        });
    }
}
