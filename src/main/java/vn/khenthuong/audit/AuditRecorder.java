package vn.khenthuong.audit;

import static vn.khenthuong.audit.AuditLog.fields;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.appraisal.DisclosureCommentAnswered;
import vn.khenthuong.appraisal.DisclosureCommentFiled;
import vn.khenthuong.award.AwardAnnulled;
import vn.khenthuong.award.AwardCorrected;
import vn.khenthuong.award.AwardRecorded;
import vn.khenthuong.award.RegistryImported;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.catalog.MovementChanged;
import vn.khenthuong.council.BallotCast;
import vn.khenthuong.council.MemberMarkedAbsent;
import vn.khenthuong.council.MemberMarkedPresent;
import vn.khenthuong.council.VotesTallied;
import vn.khenthuong.decision.DecisionSigned;
import vn.khenthuong.decision.DecisionSigning;
import vn.khenthuong.decision.TemplateChanged;
import vn.khenthuong.emulation.PactChanged;
import vn.khenthuong.emulation.PactDefined;
import vn.khenthuong.emulation.YearEndRecorded;
import vn.khenthuong.nomination.AwardKindChanged;
import vn.khenthuong.nomination.DocumentDownloaded;
import vn.khenthuong.nomination.DocumentUploaded;
import vn.khenthuong.nomination.NominationAnnulled;
import vn.khenthuong.nomination.NominationClosed;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.NominationFiled;
import vn.khenthuong.nomination.StepCompleted;
import vn.khenthuong.nominationlist.NominationListFiled;
import vn.khenthuong.nominationlist.NominationListFiling;
import vn.khenthuong.revocation.RevocationRecorded;

/**
 * Writes the features' domain events into the audit chain. Every listener is a plain synchronous
 * {@code @EventListener}, deliberately not {@code @TransactionalEventListener} nor async: the row is written in the
 * publisher's thread and transaction, at the moment the event is published. The chain is a hash chain whose
 * head is locked by the writer, and an award without its audit row (a listener after commit that fails) or an
 * audit row of a rolled-back award (a row written in a transaction of its own) is unacceptable; written in the
 * same transaction, the action and its row commit or roll back together, in the order the feature acted.
 * The details are exactly those the features wrote themselves before these events existed.
 */
@Component
public class AuditRecorder {

    private final AuditLog audit;

    AuditRecorder(AuditLog audit) {
        this.audit = audit;
    }

    /** A list's chunk files many nominations in one transaction: their events are written together at its commit. */
    @EventListener
    void on(NominationListFiling e) {
        audit.batchUntilCommit();
    }

    /** A decision's signature decides many nominations in one transaction: their events are written together at its commit. */
    @EventListener
    void on(DecisionSigning e) {
        audit.batchUntilCommit();
    }

    @EventListener
    void on(NominationFiled e) {
        audit.append(e.code(), AuditEventType.NOMINATION_FILED, e.filedBy(), fields("unitCode", e.unitCode(), "awardKindCode", e.awardKindCode(),
                "nomineeKind", e.nomineeKind(), "nomineeName", e.nomineeName(), "nomineeIdNumber", e.nomineeIdNumber(), "year", e.year(), "origin", e.origin()));
    }

    @EventListener
    void on(StepCompleted e) {
        audit.append(e.code(), AuditEventType.STEP_OUTCOME, e.actor(), fields("step", e.step(), "outcome", e.outcome(), "comment", e.comment(),
                "deadline", e.deadline()));
    }

    @EventListener
    void on(AwardKindChanged e) {
        audit.append(e.code(), AuditEventType.DOSSIER_CHANGED, e.actor(), fields("field", "awardKindCode", "oldValue", e.oldAwardKindCode(),
                "newValue", e.newAwardKindCode(), "reason", e.reason(), "step", e.step()));
    }

    @EventListener
    void on(NominationClosed e) {
        audit.append(e.code(), AuditEventType.DOSSIER_CHANGED, "system", fields("field", "status", "oldValue", e.oldStatus(), "newValue", e.status(),
                "reason", e.reason()));
    }

    @EventListener
    void on(NominationAnnulled e) {
        audit.append(e.code(), AuditEventType.DOSSIER_CHANGED, e.actor(), fields("field", "status", "oldValue", NominationStatus.AWARDED.value(),
                "newValue", NominationStatus.ANNULLED.value(), "reason", "Hủy bỏ khen thưởng / award annulled", "decisionNumber", e.decisionNumber(),
                "decisionDate", e.decisionDate(), "caseCode", e.caseCode()));
    }

    @EventListener
    void on(DocumentUploaded e) {
        audit.append(e.code(), e.replacesEarlierVersion() ? AuditEventType.DOCUMENT_REPLACED : AuditEventType.DOCUMENT_UPLOADED, e.uploadedBy(),
                fields("documentId", e.documentId(), "kind", e.kind(), "fileName", e.fileName(), "sha256", e.sha256(), "sizeBytes", e.sizeBytes(),
                        "version", e.version()));
    }

    @EventListener
    void on(DocumentDownloaded e) {
        audit.append(e.code(), AuditEventType.DOCUMENT_DOWNLOADED, e.downloadedBy(), fields("documentId", e.documentId(), "kind", e.kind(),
                "fileName", e.fileName(), "sha256", e.sha256(), "sizeBytes", e.sizeBytes(), "version", e.version()));
    }

    @EventListener
    void on(MemberMarkedAbsent e) {
        audit.append(e.nominationCode(), AuditEventType.COUNCIL_MEMBER_ABSENT, e.secretary(), fields("councilUnit", e.councilUnit(),
                "round", e.round(), "member", e.member(), "absenceReference", e.absenceReference()));
    }

    @EventListener
    void on(MemberMarkedPresent e) {
        audit.append(e.nominationCode(), AuditEventType.COUNCIL_MEMBER_PRESENT, e.actor(), fields("councilUnit", e.councilUnit(),
                "round", e.round(), "member", e.member(), "by", e.by()));
    }

    @EventListener
    void on(BallotCast e) {
        if (e.written()) {
            audit.append(e.nominationCode(), AuditEventType.BALLOT_CAST, e.recordedBy(), fields("councilUnit", e.councilUnit(),
                    "round", e.round(), "mode", e.mode(), "member", e.member(), "paperReference", e.paperReference(),
                    "note", vn.khenthuong.council.Ballots.WRITTEN_NOTE_VI));
        } else {
            audit.append(e.nominationCode(), AuditEventType.BALLOT_CAST, e.member(), fields("councilUnit", e.councilUnit(),
                    "round", e.round(), "mode", e.mode()));
        }
    }

    @EventListener
    void on(VotesTallied e) {
        audit.append(e.nominationCode(), AuditEventType.COUNCIL_TALLY, "system", fields("councilUnit", e.councilUnit(), "round", e.round(),
                "memberCount", e.memberCount(), "yesCount", e.yesCount(), "noCount", e.noCount(), "abstainCount", e.abstainCount(),
                "requiredShare", e.requiredShare(), "strictlyMore", e.strictlyMore(), "passed", e.passed(), "secretBallot", e.secretBallot(),
                "participants", e.participants(), "quorumShare", e.quorumShare(), "quorumMet", e.quorumMet()));
    }

    @EventListener
    void on(AwardRecorded e) {
        audit.append(e.nominationCode(), AuditEventType.AWARD_RECORDED, e.signer(), fields("awardId", e.awardId(), "decisionNumber", e.decisionNumber(),
                "decisionDate", e.decisionDate(), "signer", e.signer(), "awardKindCode", e.awardKindCode(), "nomineeName", e.nomineeName()));
    }

    /** One decision for many belongs to no single nomination: the global chain; each nomination's own rows say the rest. */
    @EventListener
    void on(DecisionSigned e) {
        audit.append(null, AuditEventType.AWARD_DECISION_SIGNED, e.signer(), fields("decisionId", e.decisionId(), "unitCode", e.unitCode(),
                "decisionNumber", e.number(), "decisionDate", e.date(), "awardees", e.awardees(), "totalAmount", e.totalAmount(),
                "nominationCodes", e.nominationCodes()));
    }

    @EventListener
    void on(TemplateChanged e) {
        audit.append(null, AuditEventType.PRINT_TEMPLATE_CHANGED, e.actor(), fields("template", e.name(), "reset", e.reset()));
    }

    @EventListener
    void on(DisclosureCommentFiled e) {
        audit.append(e.nominationCode(), AuditEventType.DISCLOSURE_COMMENT_FILED, e.author(), fields("commentId", e.commentId(), "content", e.content()));
    }

    @EventListener
    void on(DisclosureCommentAnswered e) {
        audit.append(e.nominationCode(), AuditEventType.DISCLOSURE_COMMENT_ANSWERED, e.answeredBy(), fields("commentId", e.commentId(),
                "answer", e.answer()));
    }

    @EventListener
    void on(ProcessMigrated e) {
        audit.append(e.nominationCode(), AuditEventType.PROCESS_MIGRATED, e.actor(), fields("processInstanceId", e.processInstanceId(),
                "processDefinitionId", e.processDefinitionId(), "processDefinitionVersion", e.processDefinitionVersion()));
    }

    /** A run moves many nominations: the global chain; each nomination moved has its own PROCESS_MIGRATED row. */
    @EventListener
    void on(ProcessMigrationRun e) {
        audit.append(null, AuditEventType.PROCESS_MIGRATION_RUN, e.actor(), fields("processKey", e.processKey(),
                "sourceDefinitionId", e.sourceDefinitionId(), "sourceVersion", e.sourceVersion(), "targetDefinitionId", e.targetDefinitionId(),
                "targetVersion", e.targetVersion(), "mode", e.mode(), "mappings", e.mappings(), "requested", e.requested(),
                "movedCount", e.moved().size(), "moved", e.moved(), "refusedCount", e.refused().size(), "refused", e.refused(), "batchId", e.batchId()));
    }

    @EventListener
    void on(DeletionAttempted e) {
        audit.append(e.nominationCode(), AuditEventType.DELETION_ATTEMPTED, e.actor(), fields("processInstanceId", e.processInstanceId(),
                "path", e.path(), "httpStatus", e.httpStatus(), "succeeded", e.succeeded()));
    }

    /** A list belongs to no single nomination: it goes into the global chain; each nomination it filed has its own row. */
    @EventListener
    void on(NominationListFiled e) {
        audit.append(null, AuditEventType.NOMINATION_LIST_FILED, e.filedBy(), fields("listId", e.listId(), "unitCode", e.unitCode(),
                "fileName", e.fileName(), "fileHash", e.fileHash(), "mode", e.mode(), "rowCount", e.rowCount(), "filedCount", e.filedCount(),
                "invalidCount", e.invalidCount(), "documentCount", e.documentCount(), "firstCode", e.firstCode(), "lastCode", e.lastCode()));
    }

    /** A block's pact belongs to no nomination: it goes into the global chain. */
    @EventListener
    void on(PactDefined e) {
        audit.append(null, AuditEventType.EMULATION_PACT_DEFINED, e.actor(), fields("blockCode", e.blockCode(), "year", e.year(),
                "headUnit", e.headUnit(), "members", e.members(), "indicators", e.indicators()));
    }

    @EventListener
    void on(PactChanged e) {
        audit.append(null, AuditEventType.EMULATION_PACT_CHANGED, e.actor(), fields("blockCode", e.blockCode(), "year", e.year(),
                "oldHeadUnit", e.previousHeadUnit(), "headUnit", e.headUnit(), "oldMembers", e.previousMembers(), "members", e.members(),
                "indicators", e.indicators()));
    }

    /** A movement belongs to no nomination: its events go to the global chain, the movement's code in the details. */
    @EventListener
    void on(MovementChanged e) {
        Movement m = e.movement();
        AuditEventType type = switch (e.change()) {
            case CREATED -> AuditEventType.MOVEMENT_CREATED;
            case UPDATED -> AuditEventType.MOVEMENT_CHANGED;
            case CLOSED -> AuditEventType.MOVEMENT_CLOSED;
        };
        audit.append(null, type, e.actor(), fields("movementCode", m.code(), "name", m.name(), "launchingLevel", m.launchingLevel().name(),
                "launchedBy", m.launchedBy(), "startsOn", m.startsOn(), "endsOn", m.endsOn(), "targets", m.targets(),
                "awardKindCodes", m.awardKindCodes()));
    }

    /** An import of past decisions belongs to no nomination: the global chain, with the file's name and SHA-256. */
    @EventListener
    void on(RegistryImported e) {
        audit.append(null, AuditEventType.AWARD_REGISTRY_IMPORTED, e.importedBy(), fields("importId", e.importId(), "fileName", e.fileName(),
                "sha256", e.sha256(), "rowsRead", e.rowsRead(), "imported", e.imported(), "duplicates", e.duplicates(), "rejected", e.rejected()));
    }

    /** A block's year end belongs to no nomination: the global chain; what happened is in the details, in words. */
    @EventListener
    void on(YearEndRecorded e) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>(fields("blockCode", e.blockCode(), "year", e.year(),
                "action", e.action().name(), "actionVi", e.action().label(), "unitCode", e.unitCode()));
        details.putAll(new java.util.TreeMap<>(e.details()));
        audit.append(null, AuditEventType.BLOCK_YEAR_END, e.actor(), details);
    }

    /**
     * A step of an annulment case: into the annulled award's nomination chain, so that its trail shows the annulment
     * after the award; an imported line has no nomination, hence the global chain (the award's id in the details).
     */
    @EventListener
    void on(RevocationRecorded e) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>(fields("caseCode", e.caseCode(), "action", e.action().name(),
                "actionVi", e.action().label()));
        details.putAll(e.details());
        audit.append(e.nominationCode(), AuditEventType.REVOCATION, e.actor(), details);
    }

    @EventListener
    void on(AwardAnnulled e) {
        audit.append(e.nominationCode(), AuditEventType.AWARD_ANNULLED, e.signer(), fields("awardId", e.awardId(), "decisionNumber", e.decisionNumber(),
                "annulmentNumber", e.annulmentNumber(), "annulmentDate", e.annulmentDate(), "signer", e.signer(), "caseCode", e.caseCode(),
                "groundCode", e.groundCode(), "awardKindCode", e.awardKindCode(), "nomineeName", e.nomineeName()));
    }

    @EventListener
    void on(AwardCorrected e) {
        audit.append(e.nominationCode(), AuditEventType.AWARD_CORRECTED, e.actor(), fields("correctionId", e.correctionId(), "awardId", e.awardId(),
                "field", e.field(), "oldValue", e.originalValue(), "newValue", e.correctedValue(), "status", e.status(),
                "decisionNumber", e.decisionNumber(), "decisionDate", e.decisionDate(), "reason", e.reason()));
    }
}
