package vn.khenthuong.movement;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.NominationStatus;

/**
 * The nominations that name a movement, read from the view {@code nomination_summary} (published by the nomination
 * feature for readers like us), answered from the index (movement_code, year) of V5.
 */
@Component
class MovementNominations {

    /** One nomination of a movement; {@code statusLabel} is what an official reads. */
    record Line(String code, int year, String unitCode, String awardKindCode, String nomineeKind, String nomineeName,
                String status, String statusLabel) {
    }

    private final JdbcTemplate jdbc;

    MovementNominations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> of(String movementCode) {
        return jdbc.query("SELECT code, year, unit_code, award_kind_code, nominee_kind, nominee_name, status FROM nomination_summary"
                        + " WHERE movement_code = ? ORDER BY year DESC, code DESC",
                (rs, i) -> new Line(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), NominationStatus.find(rs.getString(7)).map(NominationStatus::label).orElse(rs.getString(7))),
                movementCode);
    }
}
