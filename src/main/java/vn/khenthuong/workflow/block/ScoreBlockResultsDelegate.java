package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockScoring;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.DecisionTableUse;

/** Scores every accepted result through blockScoring.dmn, ranks the members and opens the ballot box (BlockScoring.score). */
@Component("scoreBlockResultsDelegate")
class ScoreBlockResultsDelegate implements JavaDelegate, DecisionTableUse {

    private final BlockScoring scoring;

    ScoreBlockResultsDelegate(BlockScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        scoring.score(((Number) execution.getVariable(ROUND_ID)).longValue(),
                ActingUser.current(execution.getProcessEngineServices().getIdentityService()));
    }

    @Override
    public String decisionKey() {
        return "blockScoring";
    }

    /** What workflow.adapter.DmnBlockScoring hands the table for each indicator (keep the two in step). */
    @Override
    public Set<String> suppliedInputs() {
        return Set.of("scoring", "resultValue", "planValue", "weight", "capPercent", "bonusPoints", "penaltyPoints");
    }
}
