package vn.khenthuong.nomination;

import java.time.OffsetDateTime;

/** A stored nomination: its code, filing unit, state, and the content as filed. */
record Dossier(long id, String code, String unitCode, NewDossier content, NominationStatus status, String closingReason,
               String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, DossierOrigin origin) {

    boolean inProgress() {
        return status == NominationStatus.IN_PROGRESS;
    }
}
