package vn.khenthuong.nomination;

/**
 * The rules an official's answer at a review step or on an overdue supplementation must satisfy (STYLE.md 12), each
 * with its legal basis as far as the project has found one; "no source found yet" where none is known.
 */
public enum StepAnswerRule {

    /** A review ends with one of its three answers; an overdue supplementation with one of its three actions. */
    ANSWER_CHOSEN("Chưa tìm thấy căn cứ / no source found yet"),
    /** Returning, rejecting or acting on an overdue supplementation is explained to the unit that filed. */
    REASON_GIVEN("Chưa tìm thấy căn cứ / no source found yet"),
    /** A request to supplement names a deadline the unit can still meet (today at the earliest). */
    SUPPLEMENT_DEADLINE_NOT_PAST("Chưa tìm thấy căn cứ / no source found yet"),
    /** An extension moves the deadline past today. */
    EXTENSION_AFTER_TODAY("Chưa tìm thấy căn cứ / no source found yet");

    private final String legalBasis;

    StepAnswerRule(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    StepAnswerRefusedException refuse(String vi, String en) {
        return new StepAnswerRefusedException(this, vi, en);
    }
}
