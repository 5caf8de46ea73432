package vn.khenthuong.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.nomination.Labels;

/**
 * Keeps the tasks that reached each person until their daily digest (table {@code notification_task_arrival}).
 * Called by the process adapter when a user task is created, in the engine's transaction: a task whose creation rolls
 * back leaves nothing here.
 */
@Service
public class TaskInbox {

    private final JdbcTemplate jdbc;
    private final People people;
    private final Mailer mailer;
    private final NotificationProperties settings;

    TaskInbox(JdbcTemplate jdbc, People people, Mailer mailer, NotificationProperties settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** The task was completed or deleted: a digest not yet written leaves it out. */
    @Transactional
    public void closed(String taskId) {
        if (!mailer.enabled()) {
            return;
        }
        jdbc.update("UPDATE notification_task_arrival SET closed_at = ? WHERE task_id = ? AND digest_key IS NULL AND closed_at IS NULL",
                Instant.now().atOffset(ZoneOffset.UTC), taskId);
    }

    /** Notes the task for everyone it names; the same task reported twice is noted once. */
    @Transactional
    public void arrived(TaskArrival task) {
        if (!mailer.enabled() || task.nominationCode() == null) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        // The step's name from the one label table; the task's own name may carry the nominee (Tasklist presentation).
        String name = Labels.step(task.step()).map(Labels.Step::name)
                .orElse(task.taskName() == null || task.taskName().isBlank() ? task.step() : task.taskName());
        for (String person : people.actorsOf(task)) {
            jdbc.update("INSERT INTO notification_task_arrival (task_id, recipient, nomination_code, step, task_name, due_date, arrived_on, arrived_at) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) "
                            + "WHERE NOT EXISTS (SELECT 1 FROM notification_task_arrival WHERE task_id = ? AND recipient = ?)",
                    task.taskId(), person, task.nominationCode(), task.step(), name.length() > 400 ? name.substring(0, 400) : name, task.dueDate(),
                    today, now.atOffset(ZoneOffset.UTC), task.taskId(), person);
        }
    }
}
