package vn.khenthuong.emulation;

import java.time.OffsetDateTime;
import java.util.List;

/** A member's year-end results: the values, their state, who entered, submitted and checked them and when, the evidence. */
public record MemberResults(String unitCode, ResultState state, String leaderName, Integer staffCount, String returnReason,
                            String enteredBy, OffsetDateTime enteredAt, String submittedBy, OffsetDateTime submittedAt, String checkedBy,
                            OffsetDateTime checkedAt, List<IndicatorResult> values, List<Evidence> evidence) {

    /** An evidence document's description (the content is fetched on its own). */
    public record Evidence(long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
                           OffsetDateTime uploadedAt) {
    }
}
