package vn.khenthuong.award;

import java.time.LocalDate;

/**
 * A step of a decision's correction: proposed by the board, approved (with the correcting decision) or refused by the
 * chairman. The value the decision printed ({@code originalValue}) is kept beside the corrected one.
 */
public record AwardCorrected(long correctionId, long awardId, String nominationCode, String field, String originalValue,
                             String correctedValue, String status, String actor, String decisionNumber, LocalDate decisionDate, String reason) {
}
