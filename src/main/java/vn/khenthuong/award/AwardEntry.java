package vn.khenthuong.award;

import java.time.LocalDate;

/** One line of the award registry. */
public record AwardEntry(long id, String nominationCode, String awardKindCode, String unitCode, String movementCode,
                         int year, String nomineeKind, String nomineeName, String decisionNumber,
                         LocalDate decisionDate, String signer) {
}
