package vn.khenthuong.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.catalog.SeedException;

/**
 * "Deadline approaching": once per supplementation deadline and official of the filing unit, when the deadline is
 * {@code deadlineWorkingDays} working days away or less (counted on the state bodies' calendar, Tết and holidays
 * excluded). The key (deadline, person) keeps it single whatever the number of runs or nodes; a new deadline given
 * after an overdue supplementation is a new reminder.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Outbox outbox;
    private final Letters letters;
    private final People people;
    private final Mailer mailer;
    private final NotificationProperties settings;

    DeadlineReminders(JdbcTemplate jdbc, WorkingCalendar calendar, Outbox outbox, Letters letters, People people, Mailer mailer,
                      NotificationProperties settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.outbox = outbox;
        this.letters = letters;
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
    }

    static String key(String code, LocalDate deadline) {
        return "deadline:" + code + ":" + deadline;
    }

    /** Writes the reminders due on {@code today}; returns how many mails were written. */
    @Transactional
    int run(LocalDate today) {
        if (!mailer.enabled()) {
            return 0;
        }
        record Watch(String code, LocalDate deadline) {
        }
        List<Watch> open = jdbc.query("SELECT nomination_code, deadline FROM notification_deadline WHERE resolved = FALSE AND deadline >= ? "
                + "ORDER BY deadline, nomination_code", (rs, i) -> new Watch(rs.getString(1), rs.getObject(2, LocalDate.class)), today);
        int written = 0;
        Instant now = Instant.now();
        for (Watch w : open) {
            int left;
            try {
                left = calendar.workingDaysBetween(today, w.deadline());
            } catch (SeedException noCalendar) {
                log.warn("Không tính được ngày làm việc đến hạn {} của hồ sơ {}: {}", w.deadline(), w.code(), noCalendar.getMessage());
                continue;
            }
            if (left > settings.deadlineWorkingDays()) {
                continue;
            }
            People.DossierCard card = people.dossier(w.code()).orElse(null);
            if (card == null) {
                continue;
            }
            for (String person : people.filingUnitOfficials(card.unitCode())) {
                if (outbox.enqueue(key(w.code(), w.deadline()), person, NotificationKind.DEADLINE, w.code(),
                        letters.deadline(people.name(person), card, w.deadline(), left), now)) {
                    written++;
                }
            }
        }
        return written;
    }
}
