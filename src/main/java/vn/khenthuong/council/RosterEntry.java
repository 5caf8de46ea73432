package vn.khenthuong.council;

import java.time.OffsetDateTime;

/**
 * One member of a round's roster as the council secretary sees it: present or marked absent (with the paper's
 * reference), whether they took part, and the written ballot the secretary recorded. Never the member's choice.
 */
public record RosterEntry(String member, String displayName, boolean absent, String absenceReference, String absenceMarkedBy,
                          OffsetDateTime absenceMarkedAt, boolean tookPart, String writtenReference, String writtenRecordedBy,
                          OffsetDateTime writtenRecordedAt) {

    /** Whether the secretary recorded this member's ballot from a written ballot. */
    public boolean written() {
        return writtenRecordedBy != null;
    }
}
