package vn.khenthuong.audit;

import java.time.Instant;
import java.util.Map;

/** One row of the audit log as stored: {@code seq} orders all rows, {@code chainPosition} is its place in its chain. */
public record AuditEvent(long seq, String chainKey, long chainPosition, String nominationCode, AuditEventType type, String actor,
                         Instant occurredAt, Map<String, Object> details, String prevHash, String hash) {
}
