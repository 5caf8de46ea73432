package vn.khenthuong.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables decision_header and decision_line. */
@Repository
class DecisionStore {

    enum Status { DRAFT, SIGNED }

    record Header(long id, String unitCode, String number, LocalDate date, String signer, String title, String legalBases, Status status,
                  String createdBy, OffsetDateTime createdAt, OffsetDateTime signedAt, int lineCount) {
    }

    record LineRef(int lineNo, String nominationCode) {
    }

    private static final String HEADER = "SELECT d.id, d.unit_code, d.number, d.decision_date, d.signer, d.title, d.legal_bases, d.status, d.created_by, "
            + "d.created_at, d.signed_at, (SELECT count(*) FROM decision_line l WHERE l.decision_id = d.id) AS line_count FROM decision_header d ";

    private final NamedParameterJdbcTemplate jdbc;

    DecisionStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitCode, String number, LocalDate date, String signer, String title, String legalBases, String createdBy) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO decision_header (unit_code, number, decision_date, signer, title, legal_bases, status, created_by, created_at) "
                        + "VALUES (:unit, :number, :date, :signer, :title, :bases, 'DRAFT', :by, :now)",
                new MapSqlParameterSource("unit", unitCode).addValue("number", number, Types.VARCHAR).addValue("date", date, Types.DATE)
                        .addValue("signer", signer).addValue("title", title).addValue("bases", legalBases).addValue("by", createdBy)
                        .addValue("now", now()), id, new String[] {"id"});
        return id.getKeyAs(Number.class).longValue();
    }

    Optional<Header> find(long id) {
        return jdbc.query(HEADER + "WHERE d.id = :id", new MapSqlParameterSource("id", id), DecisionStore::header).stream().findFirst();
    }

    /** Locks the decision's row until the transaction ends: two signatures of one draft cannot both go through. */
    Optional<Header> lock(long id) {
        jdbc.query("SELECT id FROM decision_header WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", id), (rs, i) -> rs.getLong(1));
        return find(id);
    }

    List<Header> ofUnits(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(HEADER + "WHERE d.unit_code IN (:units) ORDER BY d.created_at DESC, d.id DESC", new MapSqlParameterSource("units", units),
                DecisionStore::header);
    }

    List<Header> all() {
        return jdbc.query(HEADER + "ORDER BY d.created_at DESC, d.id DESC", DecisionStore::header);
    }

    void update(long id, String number, LocalDate date, String signer, String title, String legalBases) {
        jdbc.update("UPDATE decision_header SET number = :number, decision_date = :date, signer = :signer, title = :title, legal_bases = :bases "
                        + "WHERE id = :id AND status = 'DRAFT'",
                new MapSqlParameterSource("id", id).addValue("number", number, Types.VARCHAR).addValue("date", date, Types.DATE)
                        .addValue("signer", signer).addValue("title", title).addValue("bases", legalBases));
    }

    List<LineRef> lines(long id) {
        return jdbc.query("SELECT line_no, nomination_code FROM decision_line WHERE decision_id = :id ORDER BY line_no",
                new MapSqlParameterSource("id", id), (rs, i) -> new LineRef(rs.getInt(1), rs.getString(2)));
    }

    /** The decision (draft or signed) a nomination is already in. */
    Optional<Long> decisionOf(String nominationCode) {
        return jdbc.queryForList("SELECT decision_id FROM decision_line WHERE nomination_code = :code",
                new MapSqlParameterSource("code", nominationCode), Long.class).stream().findFirst();
    }

    void addLine(long id, String code, int lineNo, String addedBy) {
        jdbc.update("INSERT INTO decision_line (decision_id, nomination_code, line_no, added_by, added_at) VALUES (:id, :code, :no, :by, :now)",
                new MapSqlParameterSource("id", id).addValue("code", code).addValue("no", lineNo).addValue("by", addedBy).addValue("now", now()));
    }

    int nextLineNo(long id) {
        Integer max = jdbc.queryForObject("SELECT max(line_no) FROM decision_line WHERE decision_id = :id", new MapSqlParameterSource("id", id),
                Integer.class);
        return max == null ? 1 : max + 1;
    }

    boolean removeLine(long id, String code) {
        return jdbc.update("DELETE FROM decision_line WHERE decision_id = :id AND nomination_code = :code",
                new MapSqlParameterSource("id", id).addValue("code", code)) > 0;
    }

    void deleteDraft(long id) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        jdbc.update("DELETE FROM decision_line WHERE decision_id = :id", p);
        jdbc.update("DELETE FROM decision_header WHERE id = :id AND status = 'DRAFT'", p);
    }

    boolean markSigned(long id, String number, LocalDate date) {
        return jdbc.update("UPDATE decision_header SET status = 'SIGNED', number = :number, decision_date = :date, signed_at = :now "
                        + "WHERE id = :id AND status = 'DRAFT'",
                new MapSqlParameterSource("id", id).addValue("number", number).addValue("date", date).addValue("now", now())) == 1;
    }

    /** Another signed decision of the same unit and year with that number. */
    boolean numberTaken(long id, String unitCode, String number, LocalDate date) {
        return jdbc.queryForList("SELECT decision_date FROM decision_header WHERE unit_code = :unit AND number = :number AND status = 'SIGNED' AND id <> :id",
                        new MapSqlParameterSource("unit", unitCode).addValue("number", number).addValue("id", id), LocalDate.class)
                .stream().anyMatch(d -> d.getYear() == date.getYear());
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("unit_code"), rs.getString("number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("signer"), rs.getString("title"), rs.getString("legal_bases"), Status.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("signed_at", OffsetDateTime.class),
                rs.getInt("line_count"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
