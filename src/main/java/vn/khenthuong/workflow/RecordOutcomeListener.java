package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.Decision;
import vn.khenthuong.award.DecisionNumber;
import vn.khenthuong.award.DecisionRefusedException;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepAnswer;
import vn.khenthuong.nomination.StepAnswerRefusedException;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Records what an official decided at a step (complete event of the user tasks). Refuses an incomplete
 * decision with a Vietnamese message, so the task stays open: REST clients can bypass the forms' checks.
 * The rules of the answer live in {@link StepAnswer} and {@link Decision}; this listener reads the variables,
 * calls them and maps a refusal to a {@link BadUserRequestException}. An earlier level's answer is never taken for
 * this one: {@link ClearPreviousAnswersListener} removes it when the task is created.
 */
@Component("recordOutcomeListener")
class RecordOutcomeListener implements TaskListener {

    private final Nominations nominations;
    private final IdentityService identityService;

    RecordOutcomeListener(Nominations nominations, IdentityService identityService) {
        this.nominations = nominations;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = (String) task.getVariable(NOMINATION_CODE);
        String step = task.getTaskDefinitionKey();
        String actor = actor(task);
        switch (step) {
            case PREPARE_DOSSIER, SUPPLEMENT_DOSSIER -> nominations.recordOutcome(code, step, StepOutcome.SUBMIT, null, null, actor);
            case DECISION -> {
                Decision decision = decision(task);
                task.setVariable(DECISION_SIGNER, actor);
                nominations.recordOutcome(code, step, StepOutcome.APPROVE, decision.describe(), null, actor);
            }
            default -> recordReview(task, code, step, actor);
        }
    }

    private void recordReview(DelegateTask task, String code, String step, String actor) {
        StepAnswer answer;
        try {
            answer = StepAnswer.review(FormValues.text(task.getVariable(OUTCOME)), FormValues.text(task.getVariable(COMMENT)),
                    () -> FormValues.date(task.getVariable(SUPPLEMENT_DEADLINE)), PROVINCIAL_APPRAISAL.equals(step), LocalDate.now());
        } catch (StepAnswerRefusedException refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        if (answer.deadline() != null) {
            task.setVariable(SUPPLEMENT_DUE, FormValues.endOfDay(answer.deadline()));
        }
        nominations.recordOutcome(code, step, answer.outcome(), answer.comment(), answer.deadline(), actor);
    }

    private static Decision decision(DelegateTask task) {
        try {
            // The number first, then the date (which may itself be unreadable).
            DecisionNumber number = DecisionNumber.parse(FormValues.text(task.getVariable(DECISION_NUMBER)));
            return Decision.of(number, FormValues.date(task.getVariable(DECISION_DATE)));
        } catch (DecisionRefusedException refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
    }

    /** The signed-in official; a completion without one (the engine's own calls) is the assignee's, else the system's. */
    private String actor(DelegateTask task) {
        String current = ActingUser.current(identityService);
        return ActingUser.SYSTEM.equals(current) && task.getAssignee() != null ? task.getAssignee() : current;
    }
}
