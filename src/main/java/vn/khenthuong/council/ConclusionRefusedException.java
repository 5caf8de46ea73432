package vn.khenthuong.council;

/** A conclusion the rules refuse; the message is for the secretary (Vietnamese) and an API client (English). */
public class ConclusionRefusedException extends RuntimeException {

    private final transient ConclusionRule rule;

    ConclusionRefusedException(ConclusionRule rule, String vi, String en) {
        super(vi + " / " + en);
        this.rule = rule;
    }

    public ConclusionRule rule() {
        return rule;
    }
}
