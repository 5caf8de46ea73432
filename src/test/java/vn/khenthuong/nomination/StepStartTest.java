package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each step's start day (V29) is what the report computed before with a window: when the step before it in the same
 * dossier ended (by time, then id), the first one when the dossier was filed. Written with the step, and filled in
 * by the migration for steps recorded before it.
 */
@SpringBootTest
@ActiveProfiles("test")
class StepStartTest {

    /** The report's former definition, as a window over the dossier's steps. */
    static final String BY_WINDOW = "SELECT s.id, CAST(COALESCE(LAG(s.acted_at) OVER (PARTITION BY s.nomination_id ORDER BY s.acted_at, s.id), n.created_at) AS DATE) AS w, "
            + "s.started_on, CAST(s.acted_at AS DATE) AS e, s.ended_on, n.year AS y, s.year FROM nomination_step s JOIN nomination n ON n.id = s.nomination_id "
            + "WHERE n.code IN (?, ?) ORDER BY s.id";

    @Autowired Nominations nominations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aStepStartsWhenTheDossiersLatestStepEndedAndTheFirstAtTheFiling() {
        String[] codes = twoDossiersWithSteps();

        List<Map<String, Object>> rows = jdbc.queryForList(BY_WINDOW, (Object[]) codes);
        assertThat(rows).hasSize(7);
        assertAsTheWindowHadIt(rows);
        assertThat(jdbc.queryForObject("SELECT MIN(s.started_on) FROM nomination_step s JOIN nomination n ON n.id = s.nomination_id WHERE n.code = ?",
                LocalDate.class, codes[0]))
                .isEqualTo(jdbc.queryForObject("SELECT CAST(created_at AS DATE) FROM nomination WHERE code = ?", LocalDate.class, codes[0]));
    }

    @Test
    void theMigrationFillsTheStartOfStepsRecordedBeforeIt() throws IOException {
        String[] codes = twoDossiersWithSteps();
        // Two steps of one dossier at the same instant: the one with the lower id comes first, as in the window.
        jdbc.update("UPDATE nomination_step SET acted_at = (SELECT MIN(s.acted_at) FROM nomination_step s JOIN nomination n ON n.id = s.nomination_id "
                + "WHERE n.code = ? AND s.step = 'districtReview') WHERE step = 'provincialAppraisal' AND nomination_id = "
                + "(SELECT id FROM nomination WHERE code = ?)", codes[0], codes[0]);
        // Steps as they were before the migration: no year, no days (placeholders; the columns are NOT NULL now).
        jdbc.update("UPDATE nomination_step SET year = 1900, started_on = DATE '1900-01-01', ended_on = DATE '1900-01-01' WHERE nomination_id IN "
                + "(SELECT id FROM nomination WHERE code IN (?, ?))", codes[0], codes[1]);

        jdbc.update(backfillOfV29());

        List<Map<String, Object>> rows = jdbc.queryForList(BY_WINDOW, (Object[]) codes);
        assertThat(rows).hasSize(7);
        assertAsTheWindowHadIt(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination_step WHERE year = 1900 OR started_on < DATE '2000-01-01' "
                + "OR ended_on < DATE '2000-01-01'", Integer.class)).isZero();
    }

    private String[] twoDossiersWithSteps() {
        String first = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        String second = nominations.register(Dossiers.household(), "xa.phucthan").code();
        nominations.recordOutcome(first, "prepareDossier", StepOutcome.SUBMIT, null, null, "xa.pusamcap");
        nominations.recordOutcome(second, "prepareDossier", StepOutcome.SUBMIT, null, null, "xa.phucthan");
        nominations.recordOutcome(first, "communeReview", StepOutcome.APPROVE, null, null, "xa.pusamcap");
        // Recorded by the dossier's id, not its code: the other statement that writes a step.
        nominations.changeAwardKind(first, "GK_HUYEN", "districtReview", "Phù hợp thẩm quyền của huyện", "huyen.sinho");
        nominations.recordOutcome(second, "communeReview", StepOutcome.RETURN, "Bổ sung báo cáo", null, "xa.phucthan");
        nominations.recordOutcome(first, "provincialAppraisal", StepOutcome.APPROVE, null, null, "tinh.thamdinh");
        nominations.recordOutcome(second, "prepareDossier", StepOutcome.SUBMIT, null, null, "xa.phucthan");
        return new String[] {first, second};
    }

    /** The migration's own UPDATE statement, as Flyway ran it. */
    private static String backfillOfV29() throws IOException {
        String script = new ClassPathResource("db/migration/V29__nomination_step_days.sql").getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(script.split(";")).map(String::strip)
                .map(s -> s.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(s -> s.startsWith("UPDATE nomination_step")).findFirst().orElseThrow();
    }

    private static void assertAsTheWindowHadIt(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(7);
        for (Map<String, Object> r : rows) {
            assertThat(day(r.get("started_on"))).as("start of step %s", r.get("id")).isEqualTo(day(r.get("w")));
            assertThat(day(r.get("ended_on"))).as("end of step %s", r.get("id")).isEqualTo(day(r.get("e")));
            assertThat(((Number) r.get("year")).intValue()).as("year of step %s", r.get("id")).isEqualTo(((Number) r.get("y")).intValue());
        }
        assertThat(rows).extracting(r -> ((Number) r.get("year")).intValue()).containsOnly(2019);
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        throw new AssertionError("not a date: " + value + (value == null ? "" : " (" + value.getClass() + ")"));
    }
}
