package vn.khenthuong.rules;

/** How sure we are of a rule: its text was read, it is our reading, or it names no basis at all (a defect). */
public enum RuleStatus {
    MISSING("Thiếu căn cứ"),
    UNCONFIRMED("Chưa xác nhận"),
    CONFIRMED("Đã đối chiếu văn bản");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "confirmed" or "unconfirmed" as written in a DMN description or a seed file; anything else is MISSING. */
    static RuleStatus of(String written) {
        if (written == null) {
            return MISSING;
        }
        return switch (written.trim()) {
            case "confirmed" -> CONFIRMED;
            case "unconfirmed" -> UNCONFIRMED;
            default -> MISSING;
        };
    }
}
