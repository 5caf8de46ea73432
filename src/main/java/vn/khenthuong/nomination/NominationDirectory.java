package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What other features may ask about a nomination, instead of reading the nomination tables: its id (the key their
 * own tables refer to) and the unit that filed it (who may read it), the steps it went through and its documents.
 * Columns of the header are also published to SQL readers as the view {@code nomination_summary}.
 */
public interface NominationDirectory {

    Optional<Ref> find(String code);

    /** Every recorded step outcome, oldest first. */
    List<Step> steps(long nominationId);

    /** Every version of every document, by kind and version. */
    List<Document> documents(long nominationId);

    /** A nomination as other features refer to it. */
    record Ref(long id, String code, String unitCode) {
    }

    record Step(String step, String outcome, String comment, LocalDate deadline, String actor, OffsetDateTime actedAt) {
    }

    record Document(long id, String kind, int version, String fileName, String sha256, long sizeBytes, String uploadedBy,
                    OffsetDateTime uploadedAt) {
    }
}
