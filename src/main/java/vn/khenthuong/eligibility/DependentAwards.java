package vn.khenthuong.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.FoldedName;

/**
 * The awards that stood on another one: when an award is annulled, every later award of the same nominee whose
 * prerequisite rule (processes/eligibility.dmn) required the annulled kind in the annulled year — a CSTĐ cấp tỉnh built
 * on an annulled CSTĐ cơ sở. They are not annulled by it; the board reviews them.
 */
@Service
public class DependentAwards {

    public record Dependent(long awardId, String awardKindCode, int year, String nomineeName, String ruleName, String legalBasis) {
    }

    private record Line(long id, String kind, int year, String nomineeKind, String idNumber, String name, String unit, String procedure) {
    }

    private final JdbcTemplate jdbc;
    private final EligibilityTables tables;

    DependentAwards(JdbcTemplate jdbc, EligibilityTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** Not read-only: the engine writes each evaluation of a decision table to its history. */
    @Transactional
    public List<Dependent> builtOn(long annulledAwardId) {
        String columns = "SELECT a.id, a.award_kind_code, a.year, a.nominee_kind, a.nominee_id_number, a.nominee_name, a.unit_code, "
                + "COALESCE(n.procedure_kind, a.procedure_kind) FROM award a LEFT JOIN nomination_summary n ON n.id = a.nomination_id ";
        List<Line> annulled = jdbc.query(columns + "WHERE a.id = ?", DependentAwards::line, annulledAwardId);
        if (annulled.isEmpty()) {
            return List.of();
        }
        Line a = annulled.get(0);
        List<Line> later = jdbc.query(columns + "WHERE a.id <> ? AND a.year >= ? AND a.annulment_number IS NULL "
                        + "AND (a.nominee_id_number = ? OR a.nominee_name_folded = ?) ORDER BY a.year, a.id",
                DependentAwards::line, a.id(), a.year(), a.idNumber(), FoldedName.of(a.name())).stream()
                .filter(l -> Names.sameNominee(a.idNumber(), a.name(), a.unit(), l.idNumber(), l.name(), l.unit())).toList();
        List<Dependent> dependents = new ArrayList<>();
        for (Line l : later) {
            tables.prerequisites(new Candidacy(l.kind(), l.nomineeKind(), l.procedure(), l.year())).stream()
                    .filter(r -> r.checkable() && a.kind().equals(r.requiredAwardKind()) && r.requiredYears(l.year()).contains(a.year())
                            && (a.procedure() == null || r.countedProcedures().contains(a.procedure())))
                    .findFirst()
                    .ifPresent(r -> dependents.add(new Dependent(l.id(), l.kind(), l.year(), l.name(), r.ruleName(), r.legalBasis())));
        }
        return dependents;
    }

    private static Line line(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Line(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8));
    }
}
