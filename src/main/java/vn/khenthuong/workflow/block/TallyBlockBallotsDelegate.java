package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockBallots;
import vn.khenthuong.workflow.engine.ActingUser;

/** Counts the block's secret ballots and records what the block proposes (BlockBallots.tally). */
@Component("tallyBlockBallotsDelegate")
class TallyBlockBallotsDelegate implements JavaDelegate {

    private final BlockBallots ballots;

    TallyBlockBallotsDelegate(BlockBallots ballots) {
        this.ballots = ballots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ballots.tally(((Number) execution.getVariable(ROUND_ID)).longValue(), ActingUser.current(execution.getProcessEngineServices().getIdentityService()));
    }
}
