package vn.khenthuong.emulation;

import java.math.BigDecimal;

/**
 * One indicator of a pact. {@code capPercent} is the share of the plan above which nothing more counts
 * ({@link ScoringMethod#PERCENT_OF_PLAN_CAPPED} only). {@code bonusPoints} are added when a member does better than
 * its plan (or, for a yes/no item, does it), {@code penaltyPoints} deducted when it misses its plan.
 * {@code minhHoa}: the weight, cap and points are illustrative, not taken from a source.
 */
public record Indicator(String code, String name, String unitOfMeasure, BigDecimal weight, ScoringMethod scoring,
                        BigDecimal capPercent, BigDecimal bonusPoints, BigDecimal penaltyPoints, boolean minhHoa) {
}
