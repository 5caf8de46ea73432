package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepAnswer;
import vn.khenthuong.nomination.StepAnswerRefusedException;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * The board decides on a supplementation the commune did not deliver in time: give a new deadline, appraise the
 * dossier as it is, or end the nomination. Recorded so the trail shows the deadline was missed.
 */
@Component("handleOverdueSupplementationListener")
class HandleOverdueSupplementationListener implements TaskListener {

    private final Nominations nominations;

    HandleOverdueSupplementationListener(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        StepAnswer answer;
        try {
            answer = StepAnswer.overdue(FormValues.text(task.getVariable(OVERDUE_ACTION)), FormValues.text(task.getVariable(COMMENT)),
                    () -> FormValues.date(task.getVariable(SUPPLEMENT_DEADLINE)), LocalDate.now());
        } catch (StepAnswerRefusedException refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        if (answer.deadline() != null) {
            task.setVariable(SUPPLEMENT_DUE, FormValues.endOfDay(answer.deadline()));
        }
        nominations.recordOutcome((String) task.getVariable(NOMINATION_CODE), HANDLE_OVERDUE_SUPPLEMENTATION, answer.outcome(), answer.comment(), answer.deadline(),
                ActingUser.current(task.getProcessEngineServices().getIdentityService()));
    }
}
