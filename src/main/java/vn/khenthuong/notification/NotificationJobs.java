package vn.khenthuong.notification;

import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The three jobs on their clocks: the daily digest, the deadline check and the sender. Every node may run them; the
 * outbox's keys and claims keep each mail single. Off with {@code khenthuong.notification.scheduling=false} (tests).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "khenthuong.notification.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final DailyDigest digest;
    private final DeadlineReminders reminders;
    private final OutboxSender sender;
    private final NotificationProperties settings;

    NotificationJobs(DailyDigest digest, DeadlineReminders reminders, OutboxSender sender, NotificationProperties settings) {
        this.digest = digest;
        this.reminders = reminders;
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(cron = "${khenthuong.notification.digest-cron:0 30 16 * * *}", zone = "${khenthuong.notification.zone:Asia/Ho_Chi_Minh}")
    void digest() {
        digest.run(LocalDate.now(settings.zone()));
    }

    @Scheduled(cron = "${khenthuong.notification.deadline-cron:0 0 7 * * *}", zone = "${khenthuong.notification.zone:Asia/Ho_Chi_Minh}")
    void deadlines() {
        try {
            reminders.run(LocalDate.now(settings.zone()));
        } catch (DuplicateKeyException | ConcurrencyFailureException anotherNode) {
            // Two nodes at the same minute compute the same reminders; the one that committed first wrote them all.
            log.info("Nhắc hạn bổ sung đã được máy chủ khác ghi / deadline reminders written by another node: {}", anotherNode.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${khenthuong.notification.send-interval:30s}", initialDelayString = "${khenthuong.notification.send-interval:30s}")
    void send() {
        sender.sendDue(Instant.now());
    }
}
