package vn.khenthuong.council;

import java.math.BigDecimal;

/**
 * The result of a council vote. The share is counted over ALL members of the council, so an absent
 * member or an abstention counts as "not yes" (LAW.md, council rules).
 */
public record Tally(String nominationCode, String councilUnit, int round, int memberCount, int yesCount, int noCount,
                    int abstainCount, BigDecimal requiredShare, boolean strictlyMore, boolean passed, boolean secret,
                    int participantCount, boolean quorumMet) {

    public Tally {
        // 0.7 whether it comes from the DMN (double) or from DECIMAL(5,4) in the database.
        requiredShare = requiredShare.stripTrailingZeros();
    }

    /** Members who took no part, neither in person nor in writing. */
    public int missingCount() {
        return memberCount - participantCount;
    }

    /** The result as the submitting unit and the auditor read it. */
    public String summaryVi() {
        return summaryVi(councilUnit);
    }

    /** The same, naming the council's unit in words ("xã Pu Sam Cáp") rather than by its code. */
    public String summaryVi(String councilUnitName) {
        String percent = requiredShare.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return String.format("Hội đồng thi đua %s biểu quyết (%s) %s: %d/%d thành viên đồng ý, %d không đồng ý, "
                        + "%d không biểu quyết, %d không tham gia; yêu cầu %s %s tổng số thành viên%s.",
                councilUnitName, secret ? "bỏ phiếu kín" : "biểu quyết công khai", passed ? "đạt" : "không đạt", yesCount, memberCount,
                noCount, abstainCount, missingCount(), strictlyMore ? "trên" : "từ", percent,
                quorumMet ? "" : "; không đủ số thành viên tham gia theo quy định, kết quả không hợp lệ");
    }
}
