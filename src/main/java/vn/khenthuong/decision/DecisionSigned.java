package vn.khenthuong.decision;

import java.time.LocalDate;
import java.util.List;

/** One award decision for many was signed: every nomination in it was decided with its number and date. */
public record DecisionSigned(long decisionId, String unitCode, String number, LocalDate date, String signer, int awardees, long totalAmount,
                             List<String> nominationCodes) {
}
