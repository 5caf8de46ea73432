package vn.khenthuong.award;

import java.time.LocalDate;

/** A registry line was annulled by a decision (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2); the line stays. */
public record AwardAnnulled(long awardId, String nominationCode, String awardKindCode, String nomineeName, String decisionNumber,
                            String annulmentNumber, LocalDate annulmentDate, String signer, String caseCode, String groundCode) {
}
