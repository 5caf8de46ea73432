package vn.khenthuong.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What other features may ask the award register without reading its table. Kept apart from {@link AwardRegistry}
 * and free of the reward computation: the engine's history retention asks it while the engine is being built.
 */
@Repository
public class Awards {

    private static final String SELECT = "SELECT a.id, n.code, a.decision_number, a.decision_date, a.signer, a.recorded_at "
            + "FROM award a JOIN nomination_summary n ON n.id = a.nomination_id ";

    private final JdbcTemplate jdbc;

    Awards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The decision entered for a nomination. */
    public record RecordedDecision(long awardId, String nominationCode, String decisionNumber, LocalDate decisionDate, String signer,
                                   Instant recordedAt) {
    }

    public Optional<RecordedDecision> ofNomination(String nominationCode) {
        return jdbc.query(SELECT + "WHERE n.code = ?", Awards::decision, nominationCode).stream().findFirst();
    }

    public Optional<RecordedDecision> byId(long awardId) {
        return jdbc.query(SELECT + "WHERE a.id = ?", Awards::decision, awardId).stream().findFirst();
    }

    private static RecordedDecision decision(ResultSet rs, int row) throws SQLException {
        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
        return new RecordedDecision(rs.getLong("id"), rs.getString("code"), rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("signer"), recorded == null ? null : recorded.toInstant());
    }
}
