package vn.khenthuong.testsupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.khenthuong.catalog.FoldedName;

/**
 * Writes history straight into the tables, as years of earlier decisions would have left it: nominations with
 * their procedure and status, award lines, and submissions of dossiers that have left their unit.
 */
public class Registry {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final JdbcTemplate jdbc;

    public Registry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A nomination row; returns its code. */
    public String nomination(String unit, String awardKind, int year, String procedure, String nomineeKind, String name, String idNumber, String status) {
        String code = "T-" + year + "-" + String.format("%06d", NEXT.getAndIncrement());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, procedure_kind, nominee_kind, nominee_name, nominee_id_number, "
                        + "nominee_birth_year, nominee_position, member_count, head_name, achievements, status, created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1980, 'Cán bộ', ?, ?, 'Thành tích (kiểm thử)', ?, 'test', ?, ?)",
                code, year, unit, awardKind, procedure, nomineeKind, name, idNumber,
                "INDIVIDUAL".equals(nomineeKind) ? null : 10, "INDIVIDUAL".equals(nomineeKind) ? null : "Người đứng đầu", status, now, now);
        // The search row that filing writes (the eligibility checks look nominees up by it).
        jdbc.update("INSERT INTO nomination_search (nomination_id, nominee_folded) SELECT id, ? FROM nomination WHERE code = ?",
                FoldedName.of(name), code);
        return code;
    }

    /** An individual's award recorded in the registry (its nomination AWARDED). */
    public String award(String unit, String awardKind, int year, String procedure, String name, String idNumber) {
        String code = nomination(unit, awardKind, year, procedure, "INDIVIDUAL", name, idNumber, "AWARDED");
        // nominee_name_folded as AwardRegistry.record writes it.
        String folded = FoldedName.of(name);
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, year, nominee_kind, nominee_name, nominee_name_folded, "
                        + "nominee_id_number, decision_number, decision_date, signer, recorded_at) SELECT id, award_kind_code, unit_code, year, "
                        + "nominee_kind, nominee_name, ?, nominee_id_number, ?, ?, 'test', ? FROM nomination WHERE code = ?",
                folded, code.substring(2) + "/QĐ-UBND", LocalDate.of(year + 1, 1, 15), OffsetDateTime.now(ZoneOffset.UTC), code);
        return code;
    }

    /** {@code count} individuals of the unit recognised as LĐTT in the year (the base of the CSTĐ cơ sở quota). */
    public void laborTitles(String unit, int year, int count, String idPrefix) {
        for (int i = 0; i < count; i++) {
            award(unit, "LDTT", year, "PERIODIC", "Lao động tiên tiến " + idPrefix + i, idPrefix + String.format("%03d", i));
        }
    }

    /** An in-progress dossier that has left its unit: it takes a quota slot and counts as proposed. */
    public String submitted(String unit, String awardKind, int year, String name, String idNumber) {
        String code = nomination(unit, awardKind, year, "PERIODIC", "INDIVIDUAL", name, idNumber, "IN_PROGRESS");
        jdbc.update("INSERT INTO nomination_submission (nomination_id, stage, submitted_at) SELECT id, 'districtReview', ? FROM nomination WHERE code = ?",
                OffsetDateTime.now(ZoneOffset.UTC), code);
        return code;
    }

    public void pendingMatter(String idNumber, String unit, String name, String kind) {
        jdbc.update("INSERT INTO pending_matter (nominee_id_number, unit_code, nominee_name, kind, description, opened_on, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, 'Kiểm thử', ?, 'test', ?)", idNumber, unit, name, kind, LocalDate.of(2019, 6, 1), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
