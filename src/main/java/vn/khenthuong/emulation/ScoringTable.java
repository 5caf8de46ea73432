package vn.khenthuong.emulation;

import java.math.BigDecimal;

/**
 * The scoring table (processes/blockScoring.dmn): one indicator's result against its plan, by the indicator's scoring
 * method, weight, cap and bonus/penalty points, into points. Implemented by the workflow's DMN adapter, always at the
 * latest deployed version, so that an administrator's corrected table applies at once.
 */
public interface ScoringTable {

    record Input(ScoringMethod scoring, BigDecimal result, BigDecimal plan, BigDecimal weight, BigDecimal capPercent, BigDecimal bonusPoints,
                 BigDecimal penaltyPoints) {
    }

    /** The points and the id of the table's rule that gave them. */
    record Points(BigDecimal points, String ruleId) {
    }

    Points score(Input input);
}
