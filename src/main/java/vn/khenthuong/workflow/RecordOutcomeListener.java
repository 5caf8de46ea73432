package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.Decision;
import vn.khenthuong.award.DecisionNumber;
import vn.khenthuong.award.DecisionRefusedException;
import vn.khenthuong.nomination.Nominations;

/**
 * Records what an official decided at a step (complete event of the user tasks). Refuses an incomplete
 * decision with a Vietnamese message, so the task stays open: REST clients can bypass the forms' checks.
 * The review tasks map {@code outcome}, {@code comment} (and the decision's fields) as local inputs set to
 * null, so an earlier level's outcome can never be taken for this one.
 */
@Component("recordOutcomeListener")
class RecordOutcomeListener implements TaskListener {

    static final String SUBMIT = "submit";
    private static final Set<String> OUTCOMES = Set.of(OUTCOME_APPROVE, OUTCOME_RETURN, OUTCOME_REJECT);

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
            case PREPARE_DOSSIER, SUPPLEMENT_DOSSIER -> nominations.recordOutcome(code, step, SUBMIT, null, null, actor);
            case DECISION -> {
                Decision decision = decision(task);
                task.setVariable(DECISION_SIGNER, actor);
                nominations.recordOutcome(code, step, OUTCOME_APPROVE, decision.describe(), null, actor);
            }
            default -> recordReview(task, code, step, actor);
        }
    }

    private void recordReview(DelegateTask task, String code, String step, String actor) {
        String outcome = FormValues.text(task.getVariable(OUTCOME));
        String comment = FormValues.text(task.getVariable(COMMENT));
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new BadUserRequestException("Cần chọn kết quả xử lý (approve, return, reject) / outcome required, got: " + outcome);
        }
        if (!OUTCOME_APPROVE.equals(outcome) && comment == null) {
            throw new BadUserRequestException("Cần ghi rõ lý do khi trả lại hoặc từ chối / a comment is required to return or reject");
        }
        LocalDate deadline = null;
        if (PROVINCIAL_APPRAISAL.equals(step) && OUTCOME_RETURN.equals(outcome)) {
            deadline = FormValues.date(task.getVariable(SUPPLEMENT_DEADLINE));
            if (deadline == null || deadline.isBefore(LocalDate.now())) {
                throw new BadUserRequestException("Cần hạn bổ sung hồ sơ, không trước hôm nay / supplementation deadline required, not in the past");
            }
            task.setVariable(SUPPLEMENT_DUE, FormValues.endOfDay(deadline));
        }
        nominations.recordOutcome(code, step, outcome, comment, deadline, actor);
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

    private String actor(DelegateTask task) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
