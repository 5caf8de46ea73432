package vn.khenthuong.award;

import java.time.LocalDate;

/**
 * One line of the registry with what an annulment or a correction needs: who, what, which decision, the money paid,
 * and the annulling decision if any. {@code nominationCode} is null on a line imported from the paper registry.
 */
public record AwardLine(long id, String nominationCode, AwardSource source, String awardKindCode, String unitCode, int year,
                        String nomineeKind, String nomineeName, String nomineeIdNumber, Integer nomineeBirthYear,
                        String decisionNumber, LocalDate decisionDate, String signer, Long rewardAmount,
                        String annulmentNumber, LocalDate annulmentDate) {

    public boolean annulled() {
        return annulmentNumber != null;
    }
}
