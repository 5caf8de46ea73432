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

/** Our index on Camunda's task table exists after start-up, created once the engine had made its tables. */
@SpringBootTest
@ActiveProfiles("test")
class EngineIndexesTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dueDateIndexOnTheTaskTableIsMigratedAfterTheEngineSchema() throws Exception {
        assertThat(indexesOf("ACT_RU_TASK")).contains("act_idx_kt_task_due");
        assertThat(jdbc.queryForList("select \"version\" from \"" + EngineIndexes.HISTORY_TABLE + "\" where \"success\" = true and \"version\" is not null order by \"installed_rank\"",
                String.class)).containsExactly("0", "6");
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
