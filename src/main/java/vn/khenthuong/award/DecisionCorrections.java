package vn.khenthuong.award;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.identity.Official;

/**
 * The correction of a decision (wrong name, date of birth or unit): the board proposes, the chairman who decided the
 * award approves it with the correcting decision's number and date, or refuses it. The registry line then carries the
 * corrected value; the correction keeps the value the decision printed. Table {@code award_correction}.
 */
@Service
public class DecisionCorrections {

    /** What a correction may change. */
    public enum Field {
        NOMINEE_NAME("Họ và tên"), BIRTH_DATE("Ngày sinh"), UNIT("Đơn vị");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Correction(long id, long awardId, Field field, String fieldLabel, String originalValue, String correctedValue, String reason,
                             String status, String proposedBy, String decidingUnit, String decidedBy, String decisionNumber,
                             LocalDate decisionDate, String refusalReason) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Annulments lines;
    private final AwardAuthorities authorities;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    DecisionCorrections(NamedParameterJdbcTemplate jdbc, Annulments lines, AwardAuthorities authorities, Catalog catalog,
                        ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.authorities = authorities;
        this.catalog = catalog;
        this.events = events;
    }

    /**
     * The board proposes. The original is read from the line (name, unit); a date of birth is not on every line, so the
     * board states the date the decision printed.
     */
    @Transactional
    public Correction propose(long awardId, String fieldName, String correctedValue, String printedValue, String reason, Official actor) {
        AwardLine line = lines.lockedLine(awardId).orElseThrow(() -> notFound(awardId));
        if (authorities.boardUnit(actor, line).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng tỉnh đề nghị đính chính quyết định"
                    + " / only the provincial board proposes a correction");
        }
        Field field = field(fieldName);
        String corrected = required(correctedValue, "correctedValue", "giá trị đính chính");
        String why = required(reason, "reason", "lý do đính chính");
        if (line.annulled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khen thưởng đã bị hủy bỏ, không đính chính / the award is annulled");
        }
        String original = switch (field) {
            case NOMINEE_NAME -> line.nomineeName();
            case UNIT -> line.unitCode();
            case BIRTH_DATE -> date(required(printedValue, "originalValue", "ngày sinh ghi trong quyết định"), "originalValue").toString();
        };
        if (field == Field.BIRTH_DATE) {
            corrected = date(corrected, "correctedValue").toString();
        }
        if (field == Field.UNIT && catalog.unit(corrected).isEmpty()) {
            throw bad("Không có đơn vị '" + corrected + "' trong danh mục / unknown unit");
        }
        if (corrected.length() > 300 || why.length() > 2000) {
            throw bad("Giá trị đính chính tối đa 300 ký tự, lý do tối đa 2000 ký tự / corrected value ≤ 300, reason ≤ 2000 characters");
        }
        if (original.equals(corrected)) {
            throw bad("Giá trị đính chính trùng giá trị trong quyết định / the corrected value equals the original");
        }
        String decidingUnit = authorities.decidingUnit(line);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO award_correction (award_id, field, original_value, corrected_value, reason, status, proposed_by, proposed_at, deciding_unit) "
                        + "VALUES (:award, :field, :original, :corrected, :reason, 'PROPOSED', :by, :now, :unit)",
                new MapSqlParameterSource("award", awardId).addValue("field", field.name()).addValue("original", original)
                        .addValue("corrected", corrected).addValue("reason", why).addValue("by", actor.userId())
                        .addValue("now", OffsetDateTime.now(ZoneOffset.UTC)).addValue("unit", decidingUnit), key, new String[] {"id"});
        Correction c = correction(key.getKeyAs(Number.class).longValue());
        events.publishEvent(new AwardCorrected(c.id(), awardId, line.nominationCode(), field.name(), original, corrected, c.status(), actor.userId(),
                null, null, why));
        return c;
    }

    /** The chairman of the deciding unit approves with the correcting decision; the line takes the corrected value. */
    @Transactional
    public Correction approve(long correctionId, String decisionNumber, String decisionDate, Official actor) {
        Correction c = pending(correctionId, actor);
        String number = required(decisionNumber, "decisionNumber", "số quyết định đính chính");
        if (number.length() > 60) {
            throw bad("Số quyết định tối đa 60 ký tự / decision number ≤ 60 characters");
        }
        LocalDate date = date(required(decisionDate, "decisionDate", "ngày quyết định đính chính"), "decisionDate");
        AwardLine line = lines.lockedLine(c.awardId()).orElseThrow(() -> notFound(c.awardId()));
        if (date.isBefore(line.decisionDate())) {
            throw bad("Ngày quyết định đính chính không thể trước ngày quyết định khen thưởng / the correction cannot predate the decision");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", c.awardId()).addValue("value", c.correctedValue());
        switch (c.field()) {
            case NOMINEE_NAME -> jdbc.update("UPDATE award SET nominee_name = :value, nominee_name_folded = :folded WHERE id = :id",
                    params.addValue("folded", FoldedName.of(c.correctedValue())));
            case UNIT -> jdbc.update("UPDATE award SET unit_code = :value WHERE id = :id", params);
            case BIRTH_DATE -> jdbc.update("UPDATE award SET nominee_birth_year = :year WHERE id = :id",
                    params.addValue("year", LocalDate.parse(c.correctedValue()).getYear()));
        }
        jdbc.update("UPDATE award_correction SET status = 'APPROVED', decided_by = :by, decided_at = :now, decision_number = :number, "
                        + "decision_date = :date WHERE id = :id",
                new MapSqlParameterSource("id", correctionId).addValue("by", actor.userId()).addValue("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .addValue("number", number).addValue("date", date));
        Correction done = correction(correctionId);
        events.publishEvent(new AwardCorrected(correctionId, c.awardId(), line.nominationCode(), c.field().name(), c.originalValue(), c.correctedValue(),
                done.status(), actor.userId(), number, date, c.reason()));
        return done;
    }

    @Transactional
    public Correction refuse(long correctionId, String reason, Official actor) {
        Correction c = pending(correctionId, actor);
        String why = required(reason, "reason", "lý do không đính chính");
        if (why.length() > 2000) {
            throw bad("Lý do tối đa 2000 ký tự / reason ≤ 2000 characters");
        }
        jdbc.update("UPDATE award_correction SET status = 'REJECTED', decided_by = :by, decided_at = :now, refusal_reason = :reason WHERE id = :id",
                new MapSqlParameterSource("id", correctionId).addValue("by", actor.userId()).addValue("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .addValue("reason", why));
        AwardLine line = lines.line(c.awardId()).orElseThrow(() -> notFound(c.awardId()));
        events.publishEvent(new AwardCorrected(correctionId, c.awardId(), line.nominationCode(), c.field().name(), c.originalValue(), c.correctedValue(),
                "REJECTED", actor.userId(), null, null, why));
        return correction(correctionId);
    }

    @Transactional(readOnly = true)
    public List<Correction> ofAward(long awardId) {
        return jdbc.query(SELECT + " WHERE award_id = :award ORDER BY id", new MapSqlParameterSource("award", awardId), DecisionCorrections::row);
    }

    /** Corrections waiting for a chairman of one of these units. */
    @Transactional(readOnly = true)
    public List<Correction> pendingFor(java.util.Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " WHERE status = 'PROPOSED' AND deciding_unit IN (:units) ORDER BY id",
                new MapSqlParameterSource("units", units), DecisionCorrections::row);
    }

    private Correction pending(long correctionId, Official actor) {
        List<Correction> found = jdbc.query(SELECT + " WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", correctionId), DecisionCorrections::row);
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đề nghị đính chính số " + correctionId + " / no such correction");
        }
        Correction c = found.get(0);
        if (!authorities.isChairmanOf(actor, c.decidingUnit())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch cấp đã quyết định khen thưởng quyết định đính chính"
                    + " / only the chairman who decided the award decides its correction");
        }
        if (!"PROPOSED".equals(c.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Đề nghị đính chính đã được quyết định / the correction was already decided");
        }
        return c;
    }

    private Correction correction(long id) {
        return jdbc.query(SELECT + " WHERE id = :id", new MapSqlParameterSource("id", id), DecisionCorrections::row).get(0);
    }

    private static final String SELECT = "SELECT id, award_id, field, original_value, corrected_value, reason, status, proposed_by, deciding_unit, "
            + "decided_by, decision_number, decision_date, refusal_reason FROM award_correction";

    private static Correction row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Field field = Field.valueOf(rs.getString(3));
        return new Correction(rs.getLong(1), rs.getLong(2), field, field.label(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class), rs.getString(13));
    }

    private static Field field(String name) {
        try {
            return Field.valueOf(name == null ? "" : name.trim());
        } catch (IllegalArgumentException e) {
            throw bad("Trường đính chính phải là NOMINEE_NAME, BIRTH_DATE hoặc UNIT / field must be NOMINEE_NAME, BIRTH_DATE or UNIT");
        }
    }

    private static String required(String value, String name, String vi) {
        if (value == null || value.isBlank()) {
            throw bad("Thiếu " + vi + " / " + name + " is required");
        }
        return value.trim();
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("Ngày không hợp lệ (định dạng yyyy-MM-dd): " + value + " / " + name + " must be a date yyyy-MM-dd");
        }
    }

    private static ResponseStatusException bad(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }

    private static ResponseStatusException notFound(long awardId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có khen thưởng số " + awardId + " trong sổ / no such award");
    }
}
