package vn.khenthuong.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit table. Each row's hash is the SHA-256 of its position, nomination, type,
 * actor, time, details and the previous row's hash, so changing, removing or reordering a row breaks the chain
 * from that row on. An append runs in the caller's transaction: an action that rolls back leaves no event.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** The trail's query; a test checks on PostgreSQL that it is answered from the index, not a scan. */
    static final String EVENTS_OF_NOMINATION = "SELECT seq, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash "
            + "FROM audit_event WHERE nomination_code = ? ORDER BY seq";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final JdbcTemplate jdbc;
    private final SearchIndex searchIndex;

    AuditLog(JdbcTemplate jdbc, SearchIndex searchIndex) {
        this.jdbc = jdbc;
        this.searchIndex = searchIndex;
    }

    /** Details as alternating names and values; null values are left out. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
            }
        }
        return map;
    }

    /**
     * Appends one event. The chain head row is locked until the caller's transaction ends, so concurrent
     * writers take positions one after another and each links to the hash its predecessor committed.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String nominationCode, AuditEventType type, String actor, Map<String, ?> details) {
        String who = actor == null || actor.isBlank() ? "system" : actor;
        String json = json(details);
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(seq, nominationCode, type.name(), who, at, json, prev);
        jdbc.update("INSERT INTO audit_event (seq, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, nominationCode, type.name(), who, Timestamp.from(at), json, prev, hash);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        if (nominationCode != null && (type == AuditEventType.NOMINATION_FILED || type == AuditEventType.DOSSIER_CHANGED)) {
            searchIndex.refresh(nominationCode);
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> events(String nominationCode) {
        return jdbc.query(EVENTS_OF_NOMINATION, AuditLog::event, nominationCode);
    }

    /** Recomputes every row's hash and link in order; reports the first row that does not match. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainCheck check = new ChainCheck();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT seq, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash FROM audit_event ORDER BY seq");
            ps.setFetchSize(500);
            return ps;
        }, check);
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        if (check.broken == null) {
            long headSeq = ((Number) head.get("last_seq")).longValue();
            if (headSeq != check.lastSeq || !check.lastHash.equals(head.get("last_hash"))) {
                return new ChainVerification(false, check.rows, check.lastSeq + 1, null,
                        "Thiếu các dòng cuối của chuỗi: dòng cuối là " + check.lastSeq + " nhưng đầu chuỗi ghi " + headSeq,
                        "Rows missing at the end of the chain: last row " + check.lastSeq + ", head says " + headSeq, check.lastHash);
            }
            return new ChainVerification(true, check.rows, null, null, "Chuỗi nhật ký toàn vẹn", "The chain is intact", check.lastHash);
        }
        return check.broken;
    }

    /** Walks the rows once, remembering the first break. */
    private static final class ChainCheck implements RowCallbackHandler {
        long rows;
        long lastSeq;
        String lastHash = GENESIS;
        ChainVerification broken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            if (broken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            String code = rs.getString("nomination_code");
            String stored = rs.getString("hash");
            String prev = rs.getString("prev_hash");
            if (seq != lastSeq + 1) {
                broken = new ChainVerification(false, rows, lastSeq + 1, code, "Thiếu dòng số " + (lastSeq + 1) + " của chuỗi (đã bị xoá)",
                        "Row " + (lastSeq + 1) + " of the chain is missing (deleted)", lastHash);
            } else if (!lastHash.equals(prev)) {
                broken = new ChainVerification(false, rows, seq, code, "Dòng " + seq + " không nối với dòng trước (mã băm trước không khớp)",
                        "Row " + seq + " does not link to the previous row", lastHash);
            } else if (!hash(seq, code, rs.getString("event_type"), rs.getString("actor"), instant(rs), rs.getString("details"), prev).equals(stored)) {
                broken = new ChainVerification(false, rows, seq, code, "Nội dung dòng " + seq + " đã bị thay đổi (mã băm không khớp)",
                        "Row " + seq + " was altered (hash mismatch)", lastHash);
            }
            lastSeq = seq;
            lastHash = stored;
        }
    }

    static String hash(long seq, String code, String type, String actor, Instant at, String details, String prev) {
        String content = seq + "\n" + (code == null ? "" : code) + "\n" + type + "\n" + actor + "\n" + at + "\n" + details + "\n" + prev;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String json(Map<String, ?> details) {
        try {
            return JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details not serialisable", e);
        }
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        Map<String, Object> details;
        try {
            details = JSON.readValue(rs.getString("details"), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            details = Map.of("raw", rs.getString("details"));
        }
        return new AuditEvent(rs.getLong("seq"), rs.getString("nomination_code"), AuditEventType.valueOf(rs.getString("event_type")),
                rs.getString("actor"), instant(rs), details, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
