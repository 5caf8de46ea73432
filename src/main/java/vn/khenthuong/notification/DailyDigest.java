package vn.khenthuong.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.notification.Letters.DigestLine;
import vn.khenthuong.notification.People.DossierCard;

/**
 * One mail per day and person with the tasks that reached them (at year end hundreds of dossiers arrive at once: one
 * digest, not one mail per dossier). Each person's digest is written in a transaction of its own whose first write is
 * the outbox row keyed (digest day, person): when the job runs twice, or on two nodes at once, the second writer meets
 * that key and rolls back, and the tasks stay in the digest of the first. A task that arrives after the day's digest
 * was written goes into the next day's; a task already completed when the digest is written is left out.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Letters letters;
    private final People people;
    private final Mailer mailer;
    private final TransactionTemplate eachPerson;

    DailyDigest(JdbcTemplate jdbc, Outbox outbox, Letters letters, People people, Mailer mailer, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.letters = letters;
        this.people = people;
        this.mailer = mailer;
        this.eachPerson = new TransactionTemplate(transactions);
        this.eachPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String key(LocalDate day) {
        return "digest:" + day;
    }

    /** Writes the digests of {@code day} (tasks of that day and earlier not yet sent); returns how many were written. */
    int run(LocalDate day) {
        if (!mailer.enabled()) {
            return 0;
        }
        List<String> recipients = jdbc.queryForList("SELECT DISTINCT recipient FROM notification_task_arrival WHERE digest_key IS NULL AND closed_at IS NULL "
                + "AND arrived_on <= ? ORDER BY recipient", String.class, day);
        int written = 0;
        for (String recipient : recipients) {
            try {
                Boolean done = eachPerson.execute(tx -> digest(day, recipient));
                if (Boolean.TRUE.equals(done)) {
                    written++;
                }
            } catch (DuplicateKeyException | ConcurrencyFailureException anotherNodeWon) {
                log.debug("Digest {} for {} written by another node", day, recipient);
            }
        }
        return written;
    }

    private boolean digest(LocalDate day, String recipient) {
        String key = key(day);
        if (outbox.exists(key, recipient)) {
            return false;
        }
        record Row(long id, String code, String taskName, LocalDate due) {
        }
        List<Row> rows = jdbc.query("SELECT id, nomination_code, task_name, due_date FROM notification_task_arrival "
                        + "WHERE recipient = ? AND digest_key IS NULL AND closed_at IS NULL AND arrived_on <= ? ORDER BY arrived_at, id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)), recipient, day);
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, DossierCard> cards = new HashMap<>();
        List<DigestLine> lines = new ArrayList<>();
        for (Row r : rows) {
            DossierCard card = cards.computeIfAbsent(r.code(), c -> people.dossier(c).orElse(new DossierCard(c, null, "", null, null)));
            lines.add(new DigestLine(r.code(), card.nomineeName(), card.awardKindName(), r.taskName(), r.due()));
        }
        // First the outbox row, by a plain INSERT: its unique key refuses a second node, whose transaction then rolls back.
        outbox.insert(key, recipient, NotificationKind.TASK_DIGEST, null, letters.digest(people.name(recipient), day, lines), Instant.now());
        int claimed = 0;
        for (Row r : rows) {
            claimed += jdbc.update("UPDATE notification_task_arrival SET digest_key = ? WHERE id = ? AND digest_key IS NULL", key, r.id());
        }
        if (claimed != rows.size()) {
            throw new ConcurrencyFailureException("Tasks of " + recipient + " taken by another digest");
        }
        return true;
    }
}
