package vn.khenthuong.award;

/**
 * The rules an award decision's number and date satisfy (STYLE.md 12), with their legal basis as far as the
 * project has found one; "no source found yet" where none is known.
 */
public enum DecisionRule {

    /** A number as decisions are numbered: "1234/QĐ-UBND", "15/QĐ-CT", "123/QĐ-TTg". */
    NUMBER_WELL_FORMED("Chưa tìm thấy căn cứ / no source found yet"),
    /** A decision already signed: it has a date, and that date is not after today. */
    DATED_NOT_IN_FUTURE("Chưa tìm thấy căn cứ / no source found yet"),
    /**
     * A past decision imported from the paper registry: dated from {@link PastDecisionNumber#STRICT_FROM} on, numbered
     * as {@link #NUMBER_WELL_FORMED}; before it, older ways of writing the number are accepted as long as it starts
     * with the number and its "/".
     */
    PAST_NUMBER_RECOGNISABLE("Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (số, ký hiệu của văn bản), hiệu lực từ ngày ký 05/03/2020"
            + " — chưa đối chiếu văn bản / unconfirmed");

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
