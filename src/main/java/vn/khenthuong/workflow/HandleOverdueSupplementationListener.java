package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * The board decides on a supplementation the commune did not deliver in time: give a new deadline, appraise the
 * dossier as it is, or end the nomination. Recorded so the trail shows the deadline was missed.
 */
@Component("handleOverdueSupplementationListener")
class HandleOverdueSupplementationListener implements TaskListener {

    /** What the form offers as {@code overdueAction}; the diagram's conditions test the same values. */
    static final Set<StepOutcome> ACTIONS = Set.of(StepOutcome.EXTEND, StepOutcome.APPRAISE, StepOutcome.REJECT);

    private final Nominations nominations;

    HandleOverdueSupplementationListener(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        StepOutcome action = StepOutcome.find(FormValues.text(task.getVariable(OVERDUE_ACTION))).orElse(null);
        String comment = FormValues.text(task.getVariable(COMMENT));
        if (action == null || !ACTIONS.contains(action)) {
            throw new BadUserRequestException("Cần chọn: gia hạn, thẩm định theo hồ sơ hiện có, hoặc không khen thưởng / choose extend, appraise or reject");
        }
        if (comment == null) {
            throw new BadUserRequestException("Cần ghi rõ lý do / a comment is required");
        }
        LocalDate deadline = null;
        if (action == StepOutcome.EXTEND) {
            deadline = FormValues.date(task.getVariable(SUPPLEMENT_DEADLINE));
            if (deadline == null || !deadline.isAfter(LocalDate.now())) {
                throw new BadUserRequestException("Gia hạn: cần hạn mới sau hôm nay / extension needs a new deadline after today");
            }
            task.setVariable(SUPPLEMENT_DUE, FormValues.endOfDay(deadline));
        }
        nominations.recordOutcome((String) task.getVariable(NOMINATION_CODE), HANDLE_OVERDUE_SUPPLEMENTATION, action, comment, deadline,
                ActingUser.current(task.getProcessEngineServices().getIdentityService()));
    }
}
