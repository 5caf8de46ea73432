package vn.khenthuong.workflow;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.workflow.engine.LostRaces;
import vn.khenthuong.council.Ballots;

/**
 * Checks, when a councilVote task completes, that its member has cast a ballot. The form casts it through
 * {@code POST /api/council/ballots/{taskId}}; a REST client of an OPEN ballot may instead complete the task with a
 * {@code vote} variable, recorded here. A secret ballot never travels as a variable: the engine would keep it in its
 * history next to the member's task, so such a completion is refused (and rolled back, leaving nothing). The meeting
 * (roster, secret or open) is the open round of the task's process instance in our tables.
 */
@Component("recordBallotListener")
class RecordBallotListener implements TaskListener {

    private final Ballots ballots;
    private final LegacyCouncilRounds legacy;

    RecordBallotListener(Ballots ballots, LegacyCouncilRounds legacy) {
        this.ballots = ballots;
        this.legacy = legacy;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = task.getAssignee();
        if (member == null) {
            throw new IllegalStateException("Phiếu biểu quyết không có thành viên / ballot task without a member");
        }
        String vote = FormValues.text(task.getVariable(NominationProcess.VOTE));
        legacy.ensureRound(task.getProcessInstanceId());
        boolean cast;
        try {
            cast = ballots.castOnCompletion(task.getProcessInstanceId(), member, vote);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode().value() == 409) {
                // The meeting closed while this completion waited for the round's lock: the loser of that race gets 409.
                String[] texts = String.valueOf(e.getReason()).split(" / ", 2);
                throw new LostRaces.LostRaceException(texts[0], texts.length > 1 ? texts[1] : texts[0]);
            }
            // 4xx of our rules: a bad request to whoever completed the task (400 through /engine-rest, not 500).
            throw new BadUserRequestException(e.getReason(), e);
        }
        if (!cast) {
            throw new BadUserRequestException("Chưa bỏ phiếu: chọn Đồng ý, Không đồng ý hoặc Không biểu quyết / no ballot cast yet");
        }
    }
}
