package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * When the head unit's check completes: accept, or return with a reason. The answer is kept on this member's
 * instance of the sub-process only ({@code resultsAccepted}, local), so parallel checks of other members never read it.
 */
@Component("checkBlockResultsListener")
class CheckBlockResultsListener implements TaskListener {

    private final BlockYearEnds yearEnds;

    CheckBlockResultsListener(BlockYearEnds yearEnds) {
        this.yearEnds = yearEnds;
    }

    @Override
    public void notify(DelegateTask task) {
        long round = ((Number) task.getVariable(ROUND_ID)).longValue();
        String unit = (String) task.getVariable(MEMBER_UNIT);
        Object outcome = task.getVariable(OUTCOME);
        Object reason = task.getVariable(RETURN_REASON);
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        if (ACCEPT.equals(outcome)) {
            FeatureRefusedException.refusing(() -> yearEnds.accept(round, unit, actor));
        } else if (RETURN.equals(outcome)) {
            FeatureRefusedException.refusing(() -> yearEnds.returnResults(round, unit, reason == null ? null : reason.toString(), actor));
        } else {
            throw new BadUserRequestException("Kết quả kiểm tra phải là \"accept\" (chấp nhận) hoặc \"return\" (trả lại) / outcome must be accept or return");
        }
        task.getExecution().setVariableLocal(RESULTS_ACCEPTED, ACCEPT.equals(outcome));
        // The answer is this member's: it must not linger where the next check of another member could read it.
        task.getExecution().removeVariable(OUTCOME);
        task.getExecution().removeVariable(RETURN_REASON);
    }
}
