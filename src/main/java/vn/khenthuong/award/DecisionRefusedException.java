package vn.khenthuong.award;

/** A decision number or date the rules refuse; the message is Vietnamese for the official, English for an API client. */
public class DecisionRefusedException extends RuntimeException {

    private final transient DecisionRule rule;

    DecisionRefusedException(DecisionRule rule, String vi, String en) {
        super(vi + " / " + en);
        this.rule = rule;
    }

    public DecisionRule rule() {
        return rule;
    }
}
