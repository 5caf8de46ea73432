package vn.khenthuong.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry's side of an annulment: the line is kept and the annulling decision written on it, once. The case
 * (grounds, evidence, appraisal, recovery) belongs to the feature {@code revocation}, which calls this.
 */
@Service
public class Annulments {

    static final String LINE = "SELECT a.id, n.code, a.source, a.award_kind_code, a.unit_code, a.year, a.nominee_kind, a.nominee_name, "
            + "a.nominee_id_number, a.nominee_birth_year, a.decision_number, a.decision_date, a.signer, a.reward_amount, a.annulment_number, "
            + "a.annulment_date FROM award a LEFT JOIN nomination_summary n ON n.id = a.nomination_id WHERE a.id = :id";

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    Annulments(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<AwardLine> line(long awardId) {
        return jdbc.query(LINE, new MapSqlParameterSource("id", awardId), Annulments::line).stream().findFirst();
    }

    /** Locks the line until the transaction ends, so that two annulments or corrections of one line queue. */
    Optional<AwardLine> lockedLine(long awardId) {
        jdbc.query("SELECT id FROM award WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", awardId), (rs, i) -> rs.getLong(1));
        return line(awardId);
    }

    /**
     * Writes the annulling decision on the line. Refuses a line already annulled (409) and a decision dated before the
     * decision it annuls (400).
     */
    @Transactional
    public AwardLine annul(long awardId, String number, LocalDate date, String signer, String caseCode, String groundCode) {
        AwardLine line = lockedLine(awardId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có khen thưởng số " + awardId + " trong sổ / no such award"));
        if (line.annulled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khen thưởng đã bị hủy bỏ theo quyết định " + line.annulmentNumber()
                    + " / the award is already annulled");
        }
        if (date.isBefore(line.decisionDate())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Ngày quyết định hủy bỏ không thể trước ngày quyết định khen thưởng ("
                    + line.decisionDate() + ") / the annulment cannot predate the award's decision");
        }
        jdbc.update("UPDATE award SET annulment_number = :number, annulment_date = :date, annulment_signer = :signer, annulled_at = :now "
                        + "WHERE id = :id AND annulment_number IS NULL",
                new MapSqlParameterSource("id", awardId).addValue("number", number).addValue("date", date).addValue("signer", signer)
                        .addValue("now", OffsetDateTime.now(ZoneOffset.UTC)));
        events.publishEvent(new AwardAnnulled(awardId, line.nominationCode(), line.awardKindCode(), line.nomineeName(), line.decisionNumber(),
                number, date, signer, caseCode, groundCode));
        return line(awardId).orElseThrow();
    }

    static AwardLine line(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong(14);
        Long reward = rs.wasNull() ? null : amount;
        int birth = rs.getInt(10);
        Integer birthYear = rs.wasNull() ? null : birth;
        return new AwardLine(rs.getLong(1), rs.getString(2), AwardSource.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), birthYear, rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getString(13), reward, rs.getString(15), rs.getObject(16, LocalDate.class));
    }
}
