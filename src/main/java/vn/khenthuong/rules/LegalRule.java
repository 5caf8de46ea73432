package vn.khenthuong.rules;

/**
 * One rule as the catalogue lists it.
 *
 * @param source   the file it comes from ({@code processes/voteThreshold.dmn}, {@code seeds/holidays.yaml})
 * @param table    the decision's or the file's name, in Vietnamese
 * @param ruleId   the DMN rule id, or the seed entry's key
 * @param subject  what the rule applies to (the row's input entries, the award kind, the year …)
 * @param value    what it says (the row's outputs, the amount, the number of working days …)
 */
public record LegalRule(String source, String table, String ruleId, String subject, String value, String basis, RuleStatus status,
                        String statusLabel, String effectiveFrom, String effectiveTo, String note) {

    static LegalRule of(String source, String table, String ruleId, String subject, String value, RuleBasis basis) {
        return new LegalRule(source, table, ruleId, subject, value, basis.basis(), basis.status(), basis.status().label(),
                basis.effectiveFrom(), basis.effectiveTo(), basis.note());
    }
}
