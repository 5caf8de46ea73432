package vn.khenthuong.nomination;

/** An answer the rules refuse; the message is for the official (Vietnamese) and an API client (English). */
public class StepAnswerRefusedException extends RuntimeException {

    private final transient StepAnswerRule rule;

    StepAnswerRefusedException(StepAnswerRule rule, String vi, String en) {
        super(vi + " / " + en);
        this.rule = rule;
    }

    public StepAnswerRule rule() {
        return rule;
    }
}
