package vn.khenthuong.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.AwardRecorded;
import vn.khenthuong.nomination.Labels;
import vn.khenthuong.nomination.NominationClosed;
import vn.khenthuong.nomination.NominationDirectory;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.StepCompleted;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.notification.People.DossierCard;

/**
 * Turns the features' events into mails to the filing unit's officials: a return for completion or supplementation,
 * a rejection, an award; and keeps the supplementation deadlines that {@link DeadlineReminders} watches. Plain
 * synchronous listeners, as the audit's: the outbox rows are written in the publisher's transaction, so a mail exists
 * exactly when its event committed, and the key (event, recipient) keeps it single.
 */
@Component
class DossierNotices {

    /** The BPMN id of the commune's supplementation task (the process's contract): its completion ends the wait. */
    static final String SUPPLEMENT_DOSSIER = "supplementDossier";

    private final Outbox outbox;
    private final Letters letters;
    private final People people;
    private final Mailer mailer;
    private final NominationDirectory directory;
    private final JdbcTemplate jdbc;

    DossierNotices(Outbox outbox, Letters letters, People people, Mailer mailer, NominationDirectory directory, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.letters = letters;
        this.people = people;
        this.mailer = mailer;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(StepCompleted e) {
        if (!mailer.enabled()) {
            return;
        }
        StepOutcome outcome = StepOutcome.find(e.outcome()).orElse(null);
        if (SUPPLEMENT_DOSSIER.equals(e.step()) || outcome == StepOutcome.APPRAISE) {
            resolveDeadlines(e.code());
        }
        if (outcome == StepOutcome.EXTEND && e.deadline() != null) {
            resolveDeadlines(e.code());
            people.dossier(e.code()).ifPresent(card -> watch(card, e.deadline()));
        }
        if (outcome != StepOutcome.RETURN) {
            return;
        }
        DossierCard card = people.dossier(e.code()).orElse(null);
        if (card == null) {
            return;
        }
        // The n-th recorded step names this return: a dossier returned twice at one step gets two mails, one each.
        long id = directory.find(e.code()).map(NominationDirectory.Ref::id).orElseThrow();
        String key = "returned:" + e.code() + ":" + directory.steps(id).size();
        Instant now = Instant.now();
        for (String person : people.filingUnitOfficials(card.unitCode())) {
            if (person.equals(e.actor())) {
                continue; // a commune official who sent the dossier back to their own unit needs no mail about it
            }
            outbox.enqueue(key, person, NotificationKind.RETURNED, e.code(),
                    letters.returned(people.name(person), card, Labels.stepName(e.step()), e.comment(), e.deadline()), now);
        }
        if (e.deadline() != null) {
            watch(card, e.deadline());
        }
    }

    @EventListener
    void on(NominationClosed e) {
        if (!mailer.enabled()) {
            return;
        }
        resolveDeadlines(e.code());
        if (!NominationStatus.REJECTED.value().equals(e.status())) {
            return;
        }
        people.dossier(e.code()).ifPresent(card -> {
            Instant now = Instant.now();
            for (String person : people.filingUnitOfficials(card.unitCode())) {
                outbox.enqueue("rejected:" + e.code(), person, NotificationKind.REJECTED, e.code(), letters.rejected(people.name(person), card, e.reason()), now);
            }
        });
    }

    @EventListener
    void on(AwardRecorded e) {
        if (!mailer.enabled()) {
            return;
        }
        people.dossier(e.nominationCode()).ifPresent(card -> {
            Instant now = Instant.now();
            String signer = e.signer() == null ? null : people.name(e.signer());
            for (String person : people.filingUnitOfficials(card.unitCode())) {
                outbox.enqueue("awarded:" + e.nominationCode() + ":" + e.awardId(), person, NotificationKind.AWARDED, e.nominationCode(),
                        letters.awarded(people.name(person), card, people.awardKindName(e.awardKindCode()), e.decisionNumber(), e.decisionDate(), signer),
                        now);
            }
        });
    }

    private void watch(DossierCard card, LocalDate deadline) {
        jdbc.update("INSERT INTO notification_deadline (nomination_code, deadline, unit_code, resolved, created_at) "
                        + "SELECT ?, ?, ?, FALSE, ? FROM (VALUES (1)) AS one (x) "
                        + "WHERE NOT EXISTS (SELECT 1 FROM notification_deadline WHERE nomination_code = ? AND deadline = ?)",
                card.code(), deadline, card.unitCode(), Instant.now().atOffset(ZoneOffset.UTC), card.code(), deadline);
        jdbc.update("UPDATE notification_deadline SET resolved = FALSE WHERE nomination_code = ? AND deadline = ?", card.code(), deadline);
    }

    private void resolveDeadlines(String code) {
        jdbc.update("UPDATE notification_deadline SET resolved = TRUE WHERE nomination_code = ? AND resolved = FALSE", code);
    }
}
