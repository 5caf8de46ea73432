package vn.khenthuong.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V8_1: moves the rows written before V8 from the one system-wide chain onto one chain per nomination.
 * Each existing row is re-linked to the previous row of its own nomination (in seq order) and its hash recomputed
 * in the new format; rewriting hashes is acceptable only because this is a one-time format change run by the
 * table's owner. So that it cannot launder earlier tampering, the old chain is verified first (old formula, no gap
 * in seq, end matching audit_chain_head) and the migration fails if it is broken: an auditor must look at that
 * database before it is converted. In Java because the hashes are SHA-256 over our own text format; the trigger
 * that guards the table on PostgreSQL is switched off only inside this migration's transaction.
 */
@Component
class V8_1__RelinkAuditChains extends BaseJavaMigration {

    private record Head(long pos, String hash) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            }
            Map<String, Head> heads = new LinkedHashMap<>();
            long lastSeq = 0;
            String oldPrev = AuditLog.GENESIS;
            try (ResultSet rs = s.executeQuery("SELECT seq, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash "
                    + "FROM audit_event ORDER BY seq");
                 PreparedStatement write = c.prepareStatement(
                         "UPDATE audit_event SET chain_key = ?, chain_pos = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                int pending = 0;
                while (rs.next()) {
                    long seq = rs.getLong("seq");
                    String code = rs.getString("nomination_code");
                    String type = rs.getString("event_type");
                    String actor = rs.getString("actor");
                    Instant at = AuditLog.instant(rs);
                    String details = rs.getString("details");
                    if (seq != lastSeq + 1 || !oldPrev.equals(rs.getString("prev_hash"))
                            || !oldHash(seq, code, type, actor, at, details, oldPrev).equals(rs.getString("hash"))) {
                        throw new IllegalStateException("audit_event is broken at seq " + (seq == lastSeq + 1 ? seq : lastSeq + 1)
                                + " before conversion to per-nomination chains; refusing to re-hash it. / Nhật ký kiểm tra đã hỏng tại dòng "
                                + (seq == lastSeq + 1 ? seq : lastSeq + 1) + ", không chuyển đổi.");
                    }
                    lastSeq = seq;
                    oldPrev = rs.getString("hash");

                    String key = AuditLog.chainKey(code);
                    Head prev = heads.getOrDefault(key, new Head(0, AuditLog.GENESIS));
                    long pos = prev.pos() + 1;
                    String hash = AuditLog.hash(key, pos, seq, code, type, actor, at, details, prev.hash());
                    heads.put(key, new Head(pos, hash));
                    write.setString(1, key);
                    write.setLong(2, pos);
                    write.setString(3, prev.hash());
                    write.setString(4, hash);
                    write.setLong(5, seq);
                    write.addBatch();
                    if (++pending % 1000 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            try (ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                if (rs.next() && (rs.getLong(1) != lastSeq || !rs.getString(2).equals(oldPrev))) {
                    throw new IllegalStateException("audit_event lost rows at its end (head says " + rs.getLong(1) + ", last row " + lastSeq
                            + "); refusing to re-hash it. / Nhật ký kiểm tra mất các dòng cuối, không chuyển đổi.");
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_chain (chain_key, last_pos, last_hash) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Head> e : heads.entrySet()) {
                    insert.setString(1, e.getKey());
                    insert.setLong(2, e.getValue().pos());
                    insert.setString(3, e.getValue().hash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("ALTER SEQUENCE audit_event_seq RESTART WITH " + (lastSeq + 1));
            s.execute("ALTER TABLE audit_event ALTER COLUMN chain_key SET NOT NULL");
            s.execute("ALTER TABLE audit_event ALTER COLUMN chain_pos SET NOT NULL");
            s.execute("CREATE UNIQUE INDEX audit_event_chain ON audit_event (chain_key, chain_pos)");
            s.execute("DROP TABLE audit_chain_head");
            if (postgres) {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
    }

    /** The V5 format: one chain over all rows. */
    static String oldHash(long seq, String code, String type, String actor, Instant at, String details, String prev) {
        return AuditLog.sha256Hex(seq + "\n" + (code == null ? "" : code) + "\n" + type + "\n" + actor + "\n" + at + "\n" + details + "\n" + prev);
    }
}
