/**
 * Notifications by e-mail: the next actors of a task get it in one digest per day and person (not one mail per
 * dossier, which at year end would be hundreds); the filing unit's officials are told of a return for supplementation,
 * of a supplementation deadline approaching (in working days of the {@code calendar}), of a rejection and of an award.
 * Every mail is Vietnamese, names people (never logins) and links the dossier's page. It listens to the events the
 * features publish ({@code nomination.StepCompleted}, {@code NominationClosed}, {@code award.AwardRecorded}) and is
 * told of new tasks by the process adapter ({@link vn.khenthuong.notification.TaskInbox}).
 * <p>
 * Owns the tables {@code notification_outbox} (one row per event or digest day and recipient: never twice, also with
 * several nodes; claimed by an UPDATE, retried with a doubling wait), {@code notification_task_arrival},
 * {@code notification_preference} and {@code notification_deadline}. Offers {@link vn.khenthuong.notification.TaskInbox}
 * ({@link vn.khenthuong.notification.TaskArrival}); its API is {@code /api/me/notifications} (the signed-in person's
 * choices per {@link vn.khenthuong.notification.NotificationKind} and latest mails, page {@code /thong-bao.html}) and
 * {@code /api/demo-mailbox} (administrators, page {@code /hop-thu-demo.html}). Settings: {@code khenthuong.notification.*}
 * ({@code NotificationProperties}) and Spring's {@code spring.mail.*}; without a mail host (and outside the demo
 * mailbox, an embedded GreenMail) it is off.
 */
package vn.khenthuong.notification;
