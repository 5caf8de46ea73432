package vn.khenthuong.award;

/**
 * The rules an award decision's number and date satisfy (STYLE.md 12), with their legal basis as far as the
 * project has found one; "no source found yet" where none is known.
 */
public enum DecisionRule {

    /** A number as decisions are numbered: "1234/QĐ-UBND", "15/QĐ-CT", "123/QĐ-TTg". */
    NUMBER_WELL_FORMED("Chưa tìm thấy căn cứ / no source found yet"),
    /** A decision already signed: it has a date, and that date is not after today. */
    DATED_NOT_IN_FUTURE("Chưa tìm thấy căn cứ / no source found yet");

    private final String legalBasis;

    DecisionRule(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    DecisionRefusedException refuse(String vi, String en) {
        return new DecisionRefusedException(this, vi, en);
    }
}
