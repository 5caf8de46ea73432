package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@code GET /api/nominations/{code}} answers: the dossier, where it is, what was decided, its documents. People
 * come as login and as {@code …Name} (full name, position and unit, {@code identity.Officials#describe}) for pages.
 */
record DossierView(String code, String status, String statusName, String closingReason, int year,
                   Ref unit, Ref district, Ref province, Ref awardKind, Ref movement, String procedureKind, String procedureKindName,
                   String nomineeKind, String nomineeKindName, String nomineeName, String nomineeIdNumber,
                   Integer nomineeBirthYear, String nomineeGender, String nomineePosition, String nomineeAddress,
                   Integer memberCount, String headName, String taxCode, String achievements,
                   String createdBy, String createdByName, OffsetDateTime createdAt, List<Ref> currentSteps, List<StepView> history,
                   List<DocumentView> documents, List<Ref> requiredDocuments, List<Ref> documentKinds, boolean canUpload,
                   List<MyBallot> myBallots, boolean posthumous, String receiverName, String receiverRelation) {

    record Ref(String code, String name) {
    }

    record StepView(String step, String stepName, String outcome, String outcomeName, String comment, LocalDate deadline,
                    String actor, String actorName, OffsetDateTime actedAt) {
    }

    /**
     * A ballot the council secretary recorded for the signed-in member from their written ballot, so that the member
     * can check it. {@code vote} is their own choice for an open ballot; null for a secret one (nothing keeps it).
     */
    record MyBallot(int round, Ref council, boolean secret, String paperReference, String recordedBy, OffsetDateTime recordedAt,
                    String vote, String message) {
    }

    record DocumentView(long id, String kind, String kindName, String fileName, String contentType, long sizeBytes,
                        String sha256, int version, boolean latest, String uploadedBy, String uploadedByName, OffsetDateTime uploadedAt,
                        String url) {
    }
}
