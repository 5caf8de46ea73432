package vn.khenthuong.notification;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import vn.khenthuong.notification.Outbox.Mail;

/**
 * Sends what the outbox holds. Each mail is claimed first (one UPDATE only one node wins), then sent, then marked;
 * a failure is kept with its error and retried after {@code firstRetry}, doubled at each further failure, until
 * {@code maxAttempts}. Only a node that dies between sending and marking can cause a second delivery, after
 * {@code claimTimeout}.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final Outbox outbox;
    private final Mailer mailer;
    private final NotificationProperties settings;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    OutboxSender(Outbox outbox, Mailer mailer, NotificationProperties settings) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.settings = settings;
    }

    String node() {
        return node;
    }

    /** Sends every mail due at {@code now}; returns how many were sent by this node. */
    int sendDue(Instant now) {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(now, 100)) {
            Optional<Mail> claimed = outbox.claim(id, node, now, settings.claimTimeout());
            if (claimed.isEmpty()) {
                continue;
            }
            Mail mail = claimed.get();
            try {
                mailer.send(mail.email(), mail.subject(), mail.text(), mail.html());
                outbox.sent(id, node, Instant.now());
                sent++;
            } catch (MailException | jakarta.mail.MessagingException | IllegalStateException e) {
                Optional<Duration> retry = mail.attempts() >= settings.maxAttempts() ? Optional.empty() : Optional.of(backoff(mail.attempts()));
                log.warn("Gửi thư {} tới {} không được (lần {}): {}", id, mail.email(), mail.attempts(), e.getMessage());
                outbox.failed(id, node, e.getClass().getSimpleName() + ": " + e.getMessage(), retry, now);
            }
        }
        return sent;
    }

    /** first, 2×first, 4×first … at most six hours. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
