package vn.khenthuong.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.notification.Letters.Letter;

/**
 * The outbox (table {@code notification_outbox}): one row per event and recipient, the unique key (event, recipient)
 * being what keeps a mail from being written twice. A sender claims a row with an UPDATE whose condition only one
 * node can meet at a time (pending and due, or a claim that expired), sends it, and records the result; a failure is
 * retried later with a doubling wait and the error kept.
 */
@Component
class Outbox {

    enum Status { PENDING, SENDING, SENT, FAILED, OPTED_OUT, NO_ADDRESS }

    /** A claimed mail to send. */
    record Mail(long id, String email, String subject, String text, String html, int attempts) {
    }

    /** A row as the person's page shows it. */
    record Entry(long id, NotificationKind kind, String nominationCode, String subject, Status status, OffsetDateTime createdAt,
                 OffsetDateTime sentAt, int attempts, String lastError) {
    }

    private final JdbcTemplate jdbc;
    private final Preferences preferences;
    private final People people;
    private final Mailer mailer;

    Outbox(JdbcTemplate jdbc, Preferences preferences, People people, Mailer mailer) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.people = people;
        this.mailer = mailer;
    }

    boolean exists(String eventKey, String recipient) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE event_key = ? AND recipient = ?", Integer.class,
                eventKey, recipient);
        return n != null && n > 0;
    }

    /**
     * Writes the mail of {@code eventKey} for {@code recipient} unless one is already written, in the caller's
     * transaction: a mail exists exactly when the event committed. A person who turned the kind off, or has no
     * address, gets a row that says so and is never sent. Returns whether a row was written.
     */
    boolean enqueue(String eventKey, String recipient, NotificationKind kind, String nominationCode, Letter letter, Instant now) {
        // NOT EXISTS rather than a caught duplicate: on PostgreSQL a failed INSERT would abort the caller's transaction.
        return write(" FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM notification_outbox WHERE event_key = ? AND recipient = ?)",
                eventKey, recipient, kind, nominationCode, letter, now);
    }

    /** As {@link #enqueue}, but a row already written is refused with a {@code DuplicateKeyException} (the digest's claim). */
    void insert(String eventKey, String recipient, NotificationKind kind, String nominationCode, Letter letter, Instant now) {
        write(null, eventKey, recipient, kind, nominationCode, letter, now);
    }

    private boolean write(String unlessExists, String eventKey, String recipient, NotificationKind kind, String nominationCode, Letter letter,
                          Instant now) {
        Status status;
        Optional<String> email = mailer.address(recipient, people.email(recipient));
        if (!preferences.enabled(recipient, kind)) {
            status = Status.OPTED_OUT;
        } else if (email.isEmpty()) {
            status = Status.NO_ADDRESS;
        } else {
            status = Status.PENDING;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String columns = "INSERT INTO notification_outbox (event_key, recipient, kind, nomination_code, email, subject, body_text, body_html, status, "
                + "attempts, next_attempt_at, created_at) ";
        Object[] values = {eventKey, recipient, kind.name(), nominationCode, email.orElse(null), letter.subject(), letter.text(), letter.html(),
                status.name(), at, at};
        if (unlessExists == null) {
            return jdbc.update(columns + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", values) == 1;
        }
        Object[] guarded = java.util.Arrays.copyOf(values, values.length + 2);
        guarded[values.length] = eventKey;
        guarded[values.length + 1] = recipient;
        return jdbc.update(columns + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?" + unlessExists, guarded) == 1;
    }

    /** Ids of mails a sender may try now: pending and due, or claimed by a node that did not finish in time. */
    List<Long> due(Instant now, int limit) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbc.queryForList("SELECT id FROM notification_outbox WHERE (status = 'PENDING' AND next_attempt_at <= ?) "
                + "OR (status = 'SENDING' AND claimed_until < ?) ORDER BY id FETCH FIRST " + limit + " ROWS ONLY", Long.class, at, at);
    }

    /** Takes the mail for {@code node} if no other node holds it; empty when another node won. */
    Optional<Mail> claim(long id, String node, Instant now, Duration hold) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int won = jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ? AND ((status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?))",
                node, now.plus(hold).atOffset(ZoneOffset.UTC), id, at, at);
        if (won != 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, email, subject, body_text, body_html, attempts FROM notification_outbox WHERE id = ?",
                (rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)), id)
                .stream().findFirst();
    }

    void sent(long id, String node, Instant now) {
        jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ? AND claimed_by = ?",
                now.atOffset(ZoneOffset.UTC), id, node);
    }

    /** Back to pending after {@code retryIn}, or FAILED for good; the error is kept either way. */
    void failed(long id, String node, String error, Optional<Duration> retryIn, Instant now) {
        String e = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryIn.isPresent()) {
            jdbc.update("UPDATE notification_outbox SET status = 'PENDING', next_attempt_at = ?, claimed_until = NULL, last_error = ? "
                    + "WHERE id = ? AND claimed_by = ?", now.plus(retryIn.get()).atOffset(ZoneOffset.UTC), e, id, node);
        } else {
            jdbc.update("UPDATE notification_outbox SET status = 'FAILED', claimed_until = NULL, last_error = ? WHERE id = ? AND claimed_by = ?",
                    e, id, node);
        }
    }

    /** The person's latest mails, newest first. */
    List<Entry> recent(String recipient, int limit) {
        return jdbc.query("SELECT id, kind, nomination_code, subject, status, created_at, sent_at, attempts, last_error FROM notification_outbox "
                        + "WHERE recipient = ? ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> new Entry(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        Status.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class), rs.getInt(8),
                        rs.getString(9)), recipient);
    }
}
