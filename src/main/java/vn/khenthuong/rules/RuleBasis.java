package vn.khenthuong.rules;

/**
 * The legal basis of one rule, read from a DMN rule row's description written as
 * {@code Căn cứ: <văn bản, điều, khoản> | Trạng thái: confirmed|unconfirmed | Hiệu lực: từ <ngày> đến <ngày> | Ghi chú: <…>}
 * (the first two parts required, in that order; "Hiệu lực" and "Ghi chú" optional; parts separated by " | ").
 * A description in another form — the old "[sure]"/"[check]" markers included — gives status MISSING.
 */
public record RuleBasis(String basis, RuleStatus status, String effectiveFrom, String effectiveTo, String note) {

    static final String BASIS = "Căn cứ";
    static final String STATUS = "Trạng thái";
    static final String EFFECTIVE = "Hiệu lực";
    static final String NOTE = "Ghi chú";

    static RuleBasis missing(String text) {
        return new RuleBasis(null, RuleStatus.MISSING, null, null, text == null || text.isBlank() ? null : text.trim());
    }

    public static RuleBasis parse(String description) {
        if (description == null || description.isBlank()) {
            return missing(null);
        }
        String[] parts = description.trim().split("\\s\\|\\s");
        if (parts.length < 2 || !parts[0].startsWith(BASIS + ":") || !parts[1].startsWith(STATUS + ":")) {
            return missing(description);
        }
        String basis = value(parts[0]);
        RuleStatus status = RuleStatus.of(value(parts[1]));
        String from = null;
        String to = null;
        StringBuilder note = new StringBuilder();
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].startsWith(EFFECTIVE + ":") && note.isEmpty()) {
                String period = value(parts[i]);
                int until = period.indexOf("đến ");
                if (period.startsWith("từ ")) {
                    from = (until < 0 ? period.substring(3) : period.substring(3, until)).trim();
                }
                if (until >= 0) {
                    to = period.substring(until + 4).trim();
                }
            } else if (parts[i].startsWith(NOTE + ":") && note.isEmpty()) {
                note.append(value(parts[i]));
            } else if (!note.isEmpty()) {
                // A note may itself hold " | "; everything after "Ghi chú:" belongs to it.
                note.append(" | ").append(parts[i]);
            } else {
                return missing(description);
            }
        }
        if (basis.isBlank()) {
            return missing(description);
        }
        return new RuleBasis(basis, status, from, to, note.isEmpty() ? null : note.toString());
    }

    private static String value(String part) {
        return part.substring(part.indexOf(':') + 1).trim();
    }
}
