package vn.khenthuong.nomination;

import java.time.LocalDate;

/**
 * The award of a nomination was annulled (Luật Thi đua, khen thưởng 2022, Điều 93): its status went from
 * {@link NominationStatus#AWARDED} to {@link NominationStatus#ANNULLED} by the deciding chairman's decision.
 */
public record NominationAnnulled(String code, String decisionNumber, LocalDate decisionDate, String caseCode, String actor) {
}
