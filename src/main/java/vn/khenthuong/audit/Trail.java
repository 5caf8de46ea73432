package vn.khenthuong.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A nomination's whole history on one timeline, with the facts of our tables beside it. */
public record Trail(Summary summary, List<Entry> entries, List<Return> returns, List<TallyView> tallies, List<DocumentView> documents,
                    boolean secretBallot, String chainHeadHash) {

    /** {@code source}: "camunda" (engine history), "audit" (our hash-chained table); {@code seq} is the chain position. */
    public record Entry(Instant at, String kind, String labelVi, String step, String stepName, String actor, String actorName,
                        String detailVi, Map<String, ?> data, String source, Long seq) {
    }

    public record Summary(String code, String nomineeName, String nomineeIdNumber, String nomineeKind, String unitCode, String unitName,
                          String awardKindCode, String awardKindName, String movementCode, String movementName, int year,
                          String status, String statusVi, String closingReason, String createdBy, String createdByName, Instant createdAt,
                          Award award) {
    }

    public record Award(long id, String decisionNumber, LocalDate decisionDate, String signer, String signerName, Instant recordedAt) {
    }

    /** A return to the submitting unit; {@code met} is null while the dossier has not come back and no deadline passed. */
    public record Return(String step, String stepName, String actor, String actorName, Instant returnedAt, String comment, LocalDate deadline,
                         Instant resubmittedAt, Boolean met, String statusVi) {
    }

    /**
     * {@code memberNames}: who took part, by name and title; {@code choices}: for an open ballot only, each member's
     * choice as its minutes name it ("Lý Thị Bình (…): Đồng ý"); always empty for a secret one.
     */
    public record TallyView(int round, String councilUnit, int memberCount, int yes, int no, int abstain, BigDecimal requiredShare,
                            boolean strictlyMore, boolean passed, List<String> members, List<String> memberNames, List<String> choices,
                            Instant talliedAt) {
    }

    public record DocumentView(long id, String kind, String kindName, int version, String fileName, String sha256, long sizeBytes,
                               String uploadedBy, String uploadedByName, Instant uploadedAt) {
    }
}
