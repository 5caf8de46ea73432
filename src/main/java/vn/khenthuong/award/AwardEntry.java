package vn.khenthuong.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the award registry. The reward money is kept as computed when the award was recorded: the coefficient,
 * the base salary in force on the decision date and the amount in đồng (null on lines recorded before it was computed).
 */
public record AwardEntry(long id, String nominationCode, String awardKindCode, String unitCode, String movementCode,
                         int year, String nomineeKind, String nomineeName, String decisionNumber,
                         LocalDate decisionDate, String signer, BigDecimal rewardCoefficient, Long baseSalary, Long rewardAmount) {
}
