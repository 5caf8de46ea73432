package vn.khenthuong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V12 on a database that already holds the movements V1 described: they keep their data and gain a level and a period. */
class MovementMigrationTest {

    @Test
    void theMovementsWrittenBeforeV12GetTheirLevelAndTheirYearsAsDates() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:h2:mem:v12-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            // The tables as V1 created them (the columns V12 refers to).
            jdbc.execute("CREATE TABLE unit (code VARCHAR(40) PRIMARY KEY, name VARCHAR(300) NOT NULL)");
            jdbc.execute("CREATE TABLE award_kind (code VARCHAR(40) PRIMARY KEY)");
            jdbc.execute("CREATE TABLE movement (code VARCHAR(40) PRIMARY KEY, name VARCHAR(400) NOT NULL, launched_by VARCHAR(40) REFERENCES unit (code),"
                    + " year_from INTEGER NOT NULL, year_to INTEGER NOT NULL)");
            jdbc.update("INSERT INTO unit VALUES ('laichau', 'Tỉnh Lai Châu')");
            jdbc.update("INSERT INTO movement VALUES ('NTM_GNBV_2016_2020', 'Nông thôn mới', NULL, 2016, 2020)");
            jdbc.update("INSERT INTO movement VALUES ('DN_HOI_NHAP_2019', 'Doanh nghiệp', 'laichau', 2019, 2019)");

            String v12;
            try (var in = MovementMigrationTest.class.getResourceAsStream("/db/migration/V12__movement_board.sql")) {
                v12 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String statement : v12.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }

            Map<String, Object> central = jdbc.queryForMap("SELECT * FROM movement WHERE code = 'NTM_GNBV_2016_2020'");
            assertThat(central.get("LAUNCHING_LEVEL")).isEqualTo("CENTRAL");
            assertThat(((java.sql.Date) central.get("STARTS_ON")).toLocalDate()).isEqualTo(LocalDate.of(2016, 1, 1));
            assertThat(((java.sql.Date) central.get("ENDS_ON")).toLocalDate()).isEqualTo(LocalDate.of(2020, 12, 31));
            assertThat(central.get("EDITED_BY")).isNull();
            Map<String, Object> provincial = jdbc.queryForMap("SELECT * FROM movement WHERE code = 'DN_HOI_NHAP_2019'");
            assertThat(provincial.get("LAUNCHING_LEVEL")).isEqualTo("PROVINCE");
            assertThat(provincial.get("NAME")).isEqualTo("Doanh nghiệp");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM movement_award_kind", Integer.class)).isZero();
        }
    }
}
