package vn.khenthuong.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The reward table (processes/rewardAmount.dmn), evaluated by the workflow side where the engine lives. */
public interface RewardCoefficients {

    /** The coefficient and rounding step for an award kind and nominee kind decided on that date; empty when no row matches. */
    Optional<Rule> find(String awardKindCode, String nomineeKind, LocalDate decisionDate);

    record Rule(BigDecimal coefficient, long roundingStep) {
    }
}
