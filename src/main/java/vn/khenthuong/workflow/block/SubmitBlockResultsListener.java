package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/** When a member's entry task completes: its results are submitted to the head unit (every indicator entered, by its own officer). */
@Component("submitBlockResultsListener")
class SubmitBlockResultsListener implements TaskListener {

    private final BlockYearEnds yearEnds;

    SubmitBlockResultsListener(BlockYearEnds yearEnds) {
        this.yearEnds = yearEnds;
    }

    @Override
    public void notify(DelegateTask task) {
        long round = ((Number) task.getVariable(ROUND_ID)).longValue();
        String unit = (String) task.getVariable(MEMBER_UNIT);
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        FeatureRefusedException.refusing(() -> yearEnds.submit(round, unit, actor));
    }
}
