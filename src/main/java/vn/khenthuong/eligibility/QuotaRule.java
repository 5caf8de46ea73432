package vn.khenthuong.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A row of processes/quota.dmn: a unit may propose at most {@code maxShare} of its nominees holding
 * {@code baseAwardKind} in the same year, rounded by {@code rounding}, and never fewer than {@code minimumSlots}
 * when it has at least one.
 */
public record QuotaRule(String ruleId, String ruleName, String legalBasis, String baseAwardKind, BigDecimal maxShare,
                        RoundingMode rounding, int minimumSlots) {

    public int slots(int baseCount) {
        if (baseCount <= 0) {
            return 0;
        }
        int computed = maxShare.multiply(BigDecimal.valueOf(baseCount)).setScale(0, rounding).intValueExact();
        return Math.max(computed, minimumSlots);
    }
}
