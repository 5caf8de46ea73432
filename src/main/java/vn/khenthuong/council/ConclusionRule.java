package vn.khenthuong.council;

/**
 * The rules a council's conclusion must satisfy (STYLE.md 12), each with its legal basis as far as the project
 * has found one (/work/shared/LAW.md); "no source found yet" where none is known.
 */
public enum ConclusionRule {

    /** The secretary records one of the four conclusions the meeting can reach. */
    CONCLUSION_CHOSEN("Chưa tìm thấy căn cứ / no source found yet"),
    /**
     * A proposal passes only when the yes votes reach the threshold of all members; a failed vote cannot propose
     * the award, as filed or higher.
     */
    FAILED_VOTE_PROPOSES_NOTHING("Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8 (tỷ lệ phiếu tán thành trên tổng số thành viên Hội đồng)"
            + " [LAW.md: confirmed in 91/2017; a change by 98/2023 or 152/2025 not found]"),
    /** Lowering, raising or not proposing is explained in the minutes. */
    REASON_GIVEN("Chưa tìm thấy căn cứ / no source found yet"),
    /** A changed award is another kind of the catalogue, open to this kind of nominee. */
    ANOTHER_KIND_FOR_NOMINEE("Danh mục danh hiệu, hình thức khen thưởng (Luật Thi đua, khen thưởng 2022)"),
    /** Lowering: to an award within the council's own authority, decided by the chairman of its own level. */
    LOWER_WITHIN_OWN_AUTHORITY("Thực tiễn các hệ thống hiện có (LAW.md: Hội đồng hạ mức khen trong thẩm quyền); chưa tìm thấy căn cứ / no source found yet"),
    /** Raising: to an award decided at a higher level than the award as filed ("khen cao"). */
    RAISE_TO_HIGHER_LEVEL("Thực tiễn các hệ thống hiện có (LAW.md: \"khen cao\" – đề nghị cấp trên); chưa tìm thấy căn cứ / no source found yet");

    private final String legalBasis;

    ConclusionRule(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    ConclusionRefusedException refuse(String vi, String en) {
        return new ConclusionRefusedException(this, vi, en);
    }
}
