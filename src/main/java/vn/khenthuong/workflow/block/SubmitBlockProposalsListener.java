package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * When the head unit's officer completes "Trưởng khối trình hồ sơ đề nghị": refuses anyone else, even one Camunda
 * would let complete the task (an administrator, a user given the task by hand). The candidate group offers the task
 * to the head unit's officers only; this makes the rule hold at every door (Tasklist, /engine-rest, Java).
 */
@Component("submitBlockProposalsListener")
class SubmitBlockProposalsListener implements TaskListener {

    private final BlockYearEnds yearEnds;

    SubmitBlockProposalsListener(BlockYearEnds yearEnds) {
        this.yearEnds = yearEnds;
    }

    @Override
    public void notify(DelegateTask task) {
        long round = ((Number) task.getVariable(ROUND_ID)).longValue();
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        FeatureRefusedException.refusing(() -> yearEnds.requireHeadOfficer(round, actor));
    }
}
