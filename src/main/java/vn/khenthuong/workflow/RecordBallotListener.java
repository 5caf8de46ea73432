package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.council.Ballots;

/**
 * Stores a council member's ballot when their councilVote task completes. {@code vote} is a local input of
 * each multi-instance task, so every member's choice stays with their own task.
 */
@Component("recordBallotListener")
class RecordBallotListener implements TaskListener {

    private final Ballots ballots;

    RecordBallotListener(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public void notify(DelegateTask task) {
        String vote = FormValues.text(task.getVariable(VOTE));
        if (vote == null || !Ballots.VOTES.contains(vote)) {
            throw new BadUserRequestException("Cần chọn Đồng ý, Không đồng ý hoặc Không biểu quyết / vote must be yes, no or abstain");
        }
        if (task.getAssignee() == null) {
            throw new IllegalStateException("Phiếu biểu quyết không có thành viên / ballot task without a member");
        }
        ballots.record((String) task.getVariable(NOMINATION_CODE), (String) task.getVariable(COUNCIL_UNIT), task.getAssignee(), vote);
    }
}
