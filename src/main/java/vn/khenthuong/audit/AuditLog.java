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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.khenthuong.PostgresCheck;
import vn.khenthuong.catalog.FoldedName;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only, hash-chained audit table, with one chain per nomination (events without a nomination form the
 * {@value #GLOBAL} chain). Each row's hash is the SHA-256 of its chain, position, global order, nomination, type,
 * actor, time, details and the previous row's hash in the same chain, so changing, removing or reordering a row
 * breaks its chain from that row on. An append runs in the caller's transaction: an action that rolls back leaves
 * no event. Only the chain's own head row is locked, so audited transactions on different nominations run side by
 * side (BENCHMARKS.md).
 * Features do not call it: they publish domain events, which {@link AuditRecorder} appends in their transaction.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** The chain of events that belong to no nomination; nomination codes are upper case, so it cannot clash. */
    static final String GLOBAL = "global";
    static final String COLUMNS = "seq, chain_key, chain_pos, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash";
    /** The trail's query; a test checks on PostgreSQL that it is answered from the index, not a scan. */
    static final String EVENTS_OF_NOMINATION = "SELECT " + COLUMNS + " FROM audit_event WHERE nomination_code = ? ORDER BY seq";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final JdbcTemplate jdbc;
    private final SearchIndex searchIndex;
    private final PostgresCheck database;

    AuditLog(JdbcTemplate jdbc, SearchIndex searchIndex) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
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

    static String chainKey(String nominationCode) {
        return nominationCode == null ? GLOBAL : nominationCode;
    }

    /**
     * Appends one event. The head row of the event's chain is locked until the caller's transaction ends, so
     * concurrent writers to the same nomination take positions one after another and each links to the hash its
     * predecessor committed; writers to other nominations are not held up.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void append(String nominationCode, AuditEventType type, String actor, Map<String, ?> details) {
        String who = actor == null || actor.isBlank() ? "system" : actor;
        String json = json(details);
        String key = chainKey(nominationCode);
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch != null) {
            batch.pending.add(new Pending(key, nominationCode, type, who, Instant.now().truncatedTo(ChronoUnit.MILLIS), json,
                    nominationCode != null && type == AuditEventType.NOMINATION_FILED && details != null && details.get("nomineeName") instanceof String n ? n : null));
            return;
        }
        Map<String, Object> head = lockHead(key, type == AuditEventType.NOMINATION_FILED);
        long pos = ((Number) head.get("last_pos")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        // Taken under the chain's lock, so within one chain seq grows with the position.
        long seq = head.get("seq") != null ? ((Number) head.get("seq")).longValue()
                : jdbc.queryForObject("SELECT NEXT VALUE FOR audit_event_seq", Long.class);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(key, pos, seq, nominationCode, type.name(), who, at, json, prev);
        Object[] event = {seq, key, pos, nominationCode, type.name(), who, Timestamp.from(at), json, prev, hash};
        if (isPostgres()) {
            // The event and the new head in one statement: one round trip fewer for every audited action.
            jdbc.update("WITH e AS (INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) "
                    + "UPDATE audit_chain SET last_pos = ?, last_hash = ? WHERE chain_key = ?", concat(event, pos, hash, key));
        } else {
            jdbc.update("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event);
            jdbc.update("UPDATE audit_chain SET last_pos = ?, last_hash = ? WHERE chain_key = ?", pos, hash, key);
        }
        if (nominationCode != null && type == AuditEventType.NOMINATION_FILED && details != null && details.get("nomineeName") instanceof String name) {
            searchIndex.add(nominationCode, name);
        }
    }

    /** An event of a batching transaction, with the time it happened; its place in the chain is taken when it is written. */
    private record Pending(String key, String nominationCode, AuditEventType type, String actor, Instant at, String json, String searchName) {
    }

    /** The events a batching transaction appended, in order. */
    private static final class Batch {
        final List<Pending> pending = new ArrayList<>();
    }

    /**
     * For work on many nominations in one transaction (a list's chunk, a decision's signature): the appends of the
     * current transaction are kept, in order, and written together just before it commits ({@link #writePending}): the heads of
     * all their chains locked and read in one statement, their sequence numbers in one, the events, the heads and the
     * search rows as one JDBC batch each, instead of two or three statements per event. The rows, positions, hashes
     * and locks are those {@link #append} writes one by one; the chains' heads are locked at the commit instead of at
     * each event, which only orders this transaction's events after those a concurrent writer committed meanwhile.
     * Reading the trail in this transaction writes what is pending first. Without a transaction, appends are written
     * at once as always.
     */
    void batchUntilCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        Batch batch = new Batch();
        TransactionSynchronizationManager.bindResource(this, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                writePending();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
            }
        });
    }

    /** Writes the current transaction's pending events (see {@link #batchUntilCommit}); nothing when there are none. */
    void writePending() {
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null || batch.pending.isEmpty()) {
            return;
        }
        List<Pending> events = new ArrayList<>(batch.pending);
        batch.pending.clear();
        // Heads in key order, as concurrent batches lock them, so two batches never wait for each other in a cycle.
        TreeMap<String, long[]> positions = new TreeMap<>();
        events.forEach(e -> positions.put(e.key(), null));
        List<String> keys = new ArrayList<>(positions.keySet());
        String create = isPostgres() ? "INSERT INTO audit_chain (chain_key, last_pos, last_hash) VALUES (?, 0, ?) ON CONFLICT (chain_key) DO NOTHING"
                : "MERGE INTO audit_chain h USING (VALUES (CAST(? AS VARCHAR(20)))) s(k) ON h.chain_key = s.k "
                        + "WHEN NOT MATCHED THEN INSERT (chain_key, last_pos, last_hash) VALUES (s.k, 0, ?)";
        jdbc.batchUpdate(create, keys.stream().map(k -> new Object[] {k, GENESIS}).toList());
        Map<String, String> lastHash = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            jdbc.query("SELECT chain_key, last_pos, last_hash FROM audit_chain WHERE chain_key IN (" + String.join(", ", java.util.Collections.nCopies(slice.size(), "?"))
                    + ") ORDER BY chain_key FOR UPDATE", (RowCallbackHandler) rs -> {
                        positions.put(rs.getString("chain_key"), new long[] {rs.getLong("last_pos")});
                        lastHash.put(rs.getString("chain_key"), rs.getString("last_hash"));
                    }, slice.toArray());
        }
        // Taken once every head is locked, so within each chain seq grows with the position, as for one append.
        List<Long> seqs = new ArrayList<>(jdbc.queryForList(isPostgres() ? "SELECT nextval('audit_event_seq') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR audit_event_seq FROM SYSTEM_RANGE(1, ?)", Long.class, events.size()));
        java.util.Collections.sort(seqs);
        List<Object[]> rows = new ArrayList<>(events.size());
        List<Object[]> search = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Pending e = events.get(i);
            long pos = ++positions.get(e.key())[0];
            long seq = seqs.get(i);
            String prev = lastHash.get(e.key());
            String hash = hash(e.key(), pos, seq, e.nominationCode(), e.type().name(), e.actor(), e.at(), e.json(), prev);
            lastHash.put(e.key(), hash);
            rows.add(new Object[] {seq, e.key(), pos, e.nominationCode(), e.type().name(), e.actor(), Timestamp.from(e.at()), e.json(), prev, hash});
            if (e.searchName() != null) {
                search.add(new Object[] {FoldedName.of(e.searchName()), e.nominationCode()});
            }
        }
        jdbc.batchUpdate("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("UPDATE audit_chain SET last_pos = ?, last_hash = ? WHERE chain_key = ?",
                keys.stream().map(k -> new Object[] {positions.get(k)[0], lastHash.get(k), k}).toList());
        if (!search.isEmpty()) {
            searchIndex.addAll(search);
        }
    }

    /**
     * Locks the chain's head row, creating it first for a new chain. The insert must not fail on a concurrent
     * creator: a caught duplicate key would abort the caller's (engine's) transaction on PostgreSQL, so it is an
     * INSERT ... ON CONFLICT DO NOTHING there (it waits for the other creator and then does nothing) and a MERGE on H2.
     * {@code newChain} only says which to try first.
     */
    private Map<String, Object> lockHead(String key, boolean newChain) {
        if (newChain && isPostgres()) {
            // A nomination's first event: its head is created, locked by the insert, in one round trip instead of three.
            List<Map<String, Object>> created = jdbc.queryForList("INSERT INTO audit_chain (chain_key, last_pos, last_hash) VALUES (?, 0, ?) "
                    + "ON CONFLICT (chain_key) DO NOTHING RETURNING last_pos, last_hash, nextval('audit_event_seq') AS seq", key, GENESIS);
            if (!created.isEmpty()) {
                return created.get(0);
            }
        }
        // On PostgreSQL the sequence number comes with the lock: nextval in the outer query runs only once the
        // sub-select holds the row (a FOR UPDATE sub-select is not flattened into the outer query).
        String select = isPostgres()
                ? "SELECT h.last_pos, h.last_hash, nextval('audit_event_seq') AS seq "
                        + "FROM (SELECT last_pos, last_hash FROM audit_chain WHERE chain_key = ? FOR UPDATE) h"
                : "SELECT last_pos, last_hash FROM audit_chain WHERE chain_key = ? FOR UPDATE";
        List<Map<String, Object>> head = jdbc.queryForList(select, key);
        if (!head.isEmpty()) {
            return head.get(0);
        }
        if (isPostgres()) {
            jdbc.update("INSERT INTO audit_chain (chain_key, last_pos, last_hash) VALUES (?, 0, ?) ON CONFLICT (chain_key) DO NOTHING", key, GENESIS);
        } else {
            jdbc.update("MERGE INTO audit_chain h USING (VALUES (CAST(? AS VARCHAR(20)))) s(k) ON h.chain_key = s.k "
                    + "WHEN NOT MATCHED THEN INSERT (chain_key, last_pos, last_hash) VALUES (s.k, 0, ?)", key, GENESIS);
        }
        return jdbc.queryForMap(select, key);
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private boolean isPostgres() {
        return database.isPostgres();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> events(String nominationCode) {
        writePending();
        return jdbc.query(EVENTS_OF_NOMINATION, AuditLog::event, nominationCode);
    }

    /**
     * Events of the global chain (those of no nomination: imports of the registry, movements, pacts), newest first, of
     * one type when given and whose details contain {@code text} when given (a file name, a SHA-256, a code).
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> globalEvents(AuditEventType type, String text, int limit) {
        writePending();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE chain_key = ?");
        List<Object> args = new java.util.ArrayList<>(List.of(GLOBAL));
        if (type != null) {
            sql.append(" AND event_type = ?");
            args.add(type.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND details LIKE ? ESCAPE '\\'");
            args.add("%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 500))).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), AuditLog::event, args.toArray());
    }

    /** The hash at the end of a nomination's chain (the genesis value if it has no events yet). */
    @Transactional(readOnly = true)
    public String chainHead(String nominationCode) {
        writePending();
        List<String> head = jdbc.queryForList("SELECT last_hash FROM audit_chain WHERE chain_key = ?", String.class, chainKey(nominationCode));
        return head.isEmpty() ? GENESIS : head.get(0);
    }

    /**
     * Recomputes every chain: each row's hash, its link to the previous row of its chain, that positions run
     * 1, 2, 3 ... without a gap (a deleted row), and that the last row matches the chain's head (a deleted tail).
     * Reports the first break in chain order; {@code headHash} digests all chain heads, worth writing into an
     * inspection file so that a later rewrite of whole chains can be detected too.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        writePending();
        ChainCheck check = new ChainCheck();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT e.seq, e.chain_key, e.chain_pos, e.nomination_code, e.event_type, e.actor, e.occurred_at, "
                    + "e.details, e.prev_hash, e.hash, h.last_pos AS head_pos, h.last_hash AS head_hash "
                    + "FROM audit_event e LEFT JOIN audit_chain h ON h.chain_key = e.chain_key ORDER BY e.chain_key, e.chain_pos");
            ps.setFetchSize(500);
            return ps;
        }, check);
        check.endChain();
        if (check.broken == null) {
            // Chains whose every row is gone leave only their head behind.
            List<Map<String, Object>> emptied = jdbc.queryForList("SELECT chain_key, last_pos FROM audit_chain h WHERE last_pos > 0 "
                    + "AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.chain_key = h.chain_key) ORDER BY chain_key");
            if (!emptied.isEmpty()) {
                String key = (String) emptied.get(0).get("chain_key");
                long headPos = ((Number) emptied.get(0).get("last_pos")).longValue();
                check.broken = ChainVerification.broken(check, key, null, 1L,
                        "Chuỗi " + key + " mất toàn bộ " + headPos + " dòng (đầu chuỗi vẫn ghi " + headPos + " dòng)",
                        "All " + headPos + " rows of chain " + key + " are missing (its head records " + headPos + ")");
            }
        }
        String digest = headsDigest();
        if (check.broken != null) {
            return check.broken.withHeadHash(digest);
        }
        return new ChainVerification(true, check.rows, check.chains, null, null, null, null, "Chuỗi nhật ký toàn vẹn", "The chain is intact", digest);
    }

    /** SHA-256 over every chain's key, length and last hash, in key order. */
    private String headsDigest() {
        MessageDigest digest = sha256();
        jdbc.query("SELECT chain_key, last_pos, last_hash FROM audit_chain ORDER BY chain_key", (RowCallbackHandler) rs ->
                digest.update((rs.getString(1) + "\n" + rs.getLong(2) + "\n" + rs.getString(3) + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Walks the rows once, chain by chain, remembering the first break. */
    static final class ChainCheck implements RowCallbackHandler {
        long rows;
        long chains;
        ChainVerification broken;
        private String key;
        private long lastPos;
        private String lastHash = GENESIS;
        private Long headPos;
        private String headHash;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            String rowKey = rs.getString("chain_key");
            if (!rowKey.equals(key)) {
                endChain();
                chains++;
                key = rowKey;
                lastPos = 0;
                lastHash = GENESIS;
                long hp = rs.getLong("head_pos");
                headPos = rs.wasNull() ? null : hp;
                headHash = rs.getString("head_hash");
            }
            if (broken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            long pos = rs.getLong("chain_pos");
            String code = rs.getString("nomination_code");
            String stored = rs.getString("hash");
            String prev = rs.getString("prev_hash");
            if (pos != lastPos + 1) {
                broken = ChainVerification.broken(this, key, null, lastPos + 1,
                        "Thiếu dòng vị trí " + (lastPos + 1) + " của chuỗi " + key + " (đã bị xoá)",
                        "Position " + (lastPos + 1) + " of chain " + key + " is missing (deleted)");
            } else if (!lastHash.equals(prev)) {
                broken = ChainVerification.broken(this, key, seq, pos,
                        "Dòng " + seq + " (vị trí " + pos + " của chuỗi " + key + ") không nối với dòng trước (mã băm trước không khớp)",
                        "Row " + seq + " (position " + pos + " of chain " + key + ") does not link to the previous row");
            } else if (!hash(key, pos, seq, code, rs.getString("event_type"), rs.getString("actor"), instant(rs), rs.getString("details"), prev)
                    .equals(stored) || !key.equals(chainKey(code))) {
                broken = ChainVerification.broken(this, key, seq, pos,
                        "Nội dung dòng " + seq + " (vị trí " + pos + " của chuỗi " + key + ") đã bị thay đổi (mã băm không khớp)",
                        "Row " + seq + " (position " + pos + " of chain " + key + ") was altered (hash mismatch)");
            }
            lastPos = pos;
            lastHash = stored;
        }

        /** At the end of a chain: its last row must be the one its head records, else rows were cut off the end. */
        void endChain() {
            if (key == null || broken != null) {
                return;
            }
            if (headPos == null) {
                broken = ChainVerification.broken(this, key, null, lastPos,
                        "Mất đầu chuỗi " + key + " (bảng audit_chain)", "The head of chain " + key + " is missing (audit_chain)");
            } else if (headPos != lastPos || !lastHash.equals(headHash)) {
                broken = ChainVerification.broken(this, key, null, lastPos + 1,
                        "Thiếu các dòng cuối của chuỗi " + key + ": dòng cuối ở vị trí " + lastPos + " nhưng đầu chuỗi ghi " + headPos,
                        "Rows missing at the end of chain " + key + ": last row at position " + lastPos + ", head says " + headPos);
            }
        }
    }

    static String hash(String chainKey, long pos, long seq, String code, String type, String actor, Instant at, String details, String prev) {
        String content = chainKey + "\n" + pos + "\n" + seq + "\n" + (code == null ? "" : code) + "\n" + type + "\n" + actor + "\n" + at
                + "\n" + details + "\n" + prev;
        return sha256Hex(content);
    }

    /** SHA-256 of the text in UTF-8, as 64 hex digits: every row hash, in this format and in V5's. */
    static String sha256Hex(String content) {
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static Instant instant(ResultSet rs) throws SQLException {
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
        return new AuditEvent(rs.getLong("seq"), rs.getString("chain_key"), rs.getLong("chain_pos"), rs.getString("nomination_code"), AuditEventType.valueOf(rs.getString("event_type")),
                rs.getString("actor"), instant(rs), details, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
