package vn.khenthuong.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.khenthuong.input.MultiLine;

/** A flag on a nominee: while open, the nominee may not be proposed. */
public record PendingMatter(long id, String nomineeIdNumber, String unitCode, String nomineeName, String kind, String description,
                            String reference, LocalDate openedOn, LocalDate resolvedOn, String resolution, String createdBy,
                            OffsetDateTime createdAt, String resolvedBy) {

    /** What the provincial board files; {@code openedOn} defaults to today. */
    public record New(String nomineeIdNumber, String unitCode, String nomineeName, String kind, @MultiLine String description,
                      String reference, LocalDate openedOn) {
    }

    public record Resolution(@MultiLine String resolution, LocalDate resolvedOn) {
    }
}
