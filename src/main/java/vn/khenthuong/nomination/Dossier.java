package vn.khenthuong.nomination;

import java.time.OffsetDateTime;

/** A stored nomination: its code, filing unit, state, and the content as filed. */
record Dossier(long id, String code, String unitCode, NewDossier content, String status, String closingReason,
               String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String IN_PROGRESS = "IN_PROGRESS";

    boolean inProgress() {
        return IN_PROGRESS.equals(status);
    }
}
