package vn.khenthuong.workflow.adapter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.RewardCoefficients;
import vn.khenthuong.workflow.engine.LatestDecisions;

/**
 * Evaluates the latest deployed processes/rewardAmount.dmn, so an administrator's redeployed table applies at once.
 * The decision date goes in as ISO text: it compares in FEEL as written in the table and keeps history free of Java objects.
 */
@Component
class DmnRewardCoefficients implements RewardCoefficients {

    static final String DECISION = "rewardAmount";

    private final LatestDecisions latest;

    DmnRewardCoefficients(LatestDecisions latest) {
        this.latest = latest;
    }

    @Override
    public Optional<Rule> find(String awardKindCode, String nomineeKind, LocalDate decisionDate) {
        DmnDecisionResultEntries row = latest.evaluate(DECISION, Variables.createVariables().putValue("awardKindCode", awardKindCode)
                        .putValue("nomineeKind", nomineeKind).putValue("decisionDate", decisionDate.toString()))
                .result().getFirstResult();
        if (row == null) {
            return Optional.empty();
        }
        // The coefficient goes through its decimal text (1.5, 0.15), never the binary double, before any multiplication.
        Number coefficient = row.getEntry("coefficient");
        Number step = row.getEntry("roundingStep");
        return Optional.of(new Rule(new BigDecimal(coefficient.toString()), step.longValue()));
    }
}
