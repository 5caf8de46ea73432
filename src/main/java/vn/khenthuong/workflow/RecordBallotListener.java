package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.council.Ballots;

/**
 * Checks, when a councilVote task completes, that its member has cast a ballot. The form casts it through
 * {@code POST /api/council/ballots/{taskId}}; a REST client of an OPEN ballot may instead complete the task with a
 * {@code vote} variable, recorded here. A secret ballot never travels as a variable: the engine would keep it in its
 * history next to the member's task, so such a completion is refused (and rolled back, leaving nothing).
 */
@Component("recordBallotListener")
class RecordBallotListener implements TaskListener {

    private final Ballots ballots;

    RecordBallotListener(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = task.getAssignee();
        if (member == null) {
            throw new IllegalStateException("Phiếu biểu quyết không có thành viên / ballot task without a member");
        }
        String code = (String) task.getVariable(NOMINATION_CODE);
        boolean secret = Boolean.TRUE.equals(task.getVariable(SECRET_BALLOT));
        String vote = FormValues.text(task.getVariable(VOTE));
        if (secret && vote != null) {
            throw new BadUserRequestException("Bỏ phiếu kín: phiếu được gửi qua trang biểu quyết, không gửi kèm khi hoàn thành nhiệm vụ "
                    + "/ secret ballot: cast it through /api/council/ballots, not as a task variable");
        }
        if (!ballots.castOnCompletion(code, (String) task.getVariable(COUNCIL_UNIT), member, vote)) {
            throw new BadUserRequestException("Chưa bỏ phiếu: chọn Đồng ý, Không đồng ý hoặc Không biểu quyết / no ballot cast yet");
        }
    }
}
