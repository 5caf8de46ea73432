package vn.khenthuong.audit;

import java.time.Instant;
import java.util.Map;

/** One row of the audit chain as stored. */
public record AuditEvent(long seq, String nominationCode, AuditEventType type, String actor, Instant occurredAt,
                         Map<String, Object> details, String prevHash, String hash) {
}
