package vn.khenthuong.award;

import java.time.LocalDate;

/** A decision was entered into the award register. */
public record AwardRecorded(String nominationCode, long awardId, String decisionNumber, LocalDate decisionDate, String signer,
                            String awardKindCode, String nomineeName) {
}
