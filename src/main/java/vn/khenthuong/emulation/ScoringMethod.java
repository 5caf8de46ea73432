package vn.khenthuong.emulation;

/** How an indicator of the pact turns a member's result into points, against its plan target. */
public enum ScoringMethod {

    /** result ÷ plan, counted up to the indicator's cap (e.g. 120 % of the plan), times the weight. */
    PERCENT_OF_PLAN_CAPPED("Tỷ lệ % so với kế hoạch, có mức trần"),
    /** For rates that should fall, such as the poverty rate: reaching the plan or below it is the full weight. */
    LOWER_IS_BETTER("Càng thấp càng tốt (so với kế hoạch)"),
    /** Done or not done: the plan is 1 (yes); the full weight or nothing. */
    YES_NO("Có / không");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to officials. */
    public String label() {
        return label;
    }
}
