package vn.khenthuong.nominationlist;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of V16 ({@code nomination_list}, {@code _row}, {@code _problem}); the callers hold the transactions. */
@Component
class ListStore {

    /** A list's header as stored. */
    record Header(long id, String unitCode, String uploadedBy, String fileName, String fileHash, String filedHash, String documentsName,
                  FilingMode mode, int rowCount, int validCount, int invalidCount, int filedCount, int documentCount, OffsetDateTime createdAt) {
    }

    /** A nomination the unit already has, as the view {@code nomination_summary} shows it. */
    record Existing(String code, int year, String awardKindCode, String nomineeKind, String nomineeName, String idNumber) {
    }

    private static final String HEADER = "id, unit_code, uploaded_by, file_name, file_hash, filed_hash, documents_name, filing_mode, row_count, "
            + "valid_count, invalid_count, filed_count, document_count, created_at";

    /** The field of a problem with a document that came with the row (no column of the sheet). */
    static final String DOCUMENT_FIELD = "document";

    private final JdbcTemplate jdbc;

    ListStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Header> filedWithHash(String unitCode, String hash) {
        return jdbc.query("SELECT " + HEADER + " FROM nomination_list WHERE unit_code = ? AND filed_hash = ?", ListStore::header, unitCode, hash)
                .stream().findFirst();
    }

    long insert(String unitCode, String uploadedBy, String fileName, String hash, boolean claimHash, byte[] content, String documentsName,
                FilingMode mode, int rowCount) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("INSERT INTO nomination_list (unit_code, uploaded_by, file_name, file_hash, filed_hash, "
                    + "content, documents_name, filing_mode, row_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            new ArgumentPreparedStatementSetter(new Object[] {unitCode, uploadedBy, fileName, hash, claimHash ? hash : null, content, documentsName,
                    mode.name(), rowCount, now}).setValues(insert);
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    void insertRows(long listId, List<ListReport.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO nomination_list_row (list_id, line_no, outcome, nominee_name, nomination_code, document_count) VALUES (?, ?, ?, ?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setLong(1, listId);
                    ps.setInt(2, r.row());
                    ps.setString(3, r.outcome());
                    ps.setString(4, r.nomineeName() == null ? null : cut(r.nomineeName(), 300));
                    ps.setString(5, r.code());
                    ps.setInt(6, r.documents());
                });
        List<Object[]> problems = new ArrayList<>();
        for (ListReport.Row r : rows) {
            for (int i = 0; i < r.problems().size(); i++) {
                ListReport.Problem p = r.problems().get(i);
                problems.add(new Object[] {listId, r.row(), i + 1, p.column(), cut(p.field(), 40), cut(p.message(), 2000), cut(p.messageEn(), 2000)});
            }
        }
        if (!problems.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO nomination_list_problem (list_id, line_no, seq, column_letter, field, message_vi, message_en) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", problems);
        }
    }

    void finish(long listId, int valid, int invalid, int filed, int documents) {
        // A list that filed nothing releases its hash: the same file may then be filed in another mode.
        jdbc.update("UPDATE nomination_list SET valid_count = ?, invalid_count = ?, filed_count = ?, document_count = ?, "
                + "filed_hash = CASE WHEN ? > 0 THEN filed_hash ELSE NULL END WHERE id = ?", valid, invalid, filed, documents, filed, listId);
    }

    Optional<Header> header(long id) {
        return jdbc.query("SELECT " + HEADER + " FROM nomination_list WHERE id = ?", ListStore::header, id).stream().findFirst();
    }

    byte[] content(long id) {
        return jdbc.queryForObject("SELECT content FROM nomination_list WHERE id = ?", byte[].class, id);
    }

    /** The unit's lists, or every unit's ({@code unitCode} null), newest first. */
    List<Header> recent(String unitCode, int limit) {
        return unitCode == null
                ? jdbc.query("SELECT " + HEADER + " FROM nomination_list ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", ListStore::header)
                : jdbc.query("SELECT " + HEADER + " FROM nomination_list WHERE unit_code = ? ORDER BY created_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY", ListStore::header, unitCode);
    }

    List<ListReport.Row> rows(long listId) {
        Map<Integer, List<ListReport.Problem>> problems = new LinkedHashMap<>();
        jdbc.query("SELECT line_no, column_letter, field, message_vi, message_en FROM nomination_list_problem WHERE list_id = ? ORDER BY line_no, seq",
                rs -> {
                    String letter = rs.getString(2);
                    problems.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new ListReport.Problem(letter, columnName(letter, rs.getString(3)),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }, listId);
        return jdbc.query("SELECT line_no, outcome, nominee_name, nomination_code, document_count FROM nomination_list_row WHERE list_id = ? ORDER BY line_no",
                (rs, i) -> new ListReport.Row(rs.getInt(1), rs.getString(2), ListReport.outcomeLabel(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getInt(5), problems.getOrDefault(rs.getInt(1), List.of())), listId);
    }

    /** Nominations of the unit in those years that are under way or led to an award: a list must not file them again. */
    List<Existing> existing(String unitCode, int fromYear, int toYear) {
        return jdbc.query("SELECT code, year, award_kind_code, nominee_kind, nominee_name, nominee_id_number FROM nomination_summary "
                        + "WHERE unit_code = ? AND year BETWEEN ? AND ? AND status IN ('IN_PROGRESS', 'AWARDED')",
                (rs, i) -> new Existing(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                unitCode, fromYear, toYear);
    }

    static String columnName(String letter, String field) {
        if (letter == null) {
            return DOCUMENT_FIELD.equals(field) ? "Tài liệu kèm theo" : null;
        }
        for (Column c : Column.values()) {
            if (c.letter.equals(letter)) {
                return c.header;
            }
        }
        return letter;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Header header(ResultSet rs, int i) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("unit_code"), rs.getString("uploaded_by"), rs.getString("file_name"), rs.getString("file_hash"),
                rs.getString("filed_hash"), rs.getString("documents_name"), FilingMode.valueOf(rs.getString("filing_mode")), rs.getInt("row_count"),
                rs.getInt("valid_count"), rs.getInt("invalid_count"), rs.getInt("filed_count"), rs.getInt("document_count"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
