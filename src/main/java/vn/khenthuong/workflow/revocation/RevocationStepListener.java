package vn.khenthuong.workflow.revocation;

import static vn.khenthuong.workflow.revocation.RevocationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.revocation.Revocations;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * When a task of the case completes, the step it is: the board's appraisal (outcome, reason), the supplement of evidence,
 * the chairman's decision (number, date), the end of the recovery. The feature checks who acts; the answers the user
 * typed are removed once used, so that the next round of the loop never reads an earlier one.
 */
@Component("revocationStepListener")
class RevocationStepListener implements TaskListener {

    private final Revocations revocations;

    RevocationStepListener(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ((Number) task.getVariable(CASE_ID)).longValue();
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        switch (task.getTaskDefinitionKey()) {
            case APPRAISE -> {
                String outcome = text(task.getVariable(OUTCOME));
                String reason = text(task.getVariable(REASON));
                FeatureRefusedException.refusing(() -> revocations.appraise(caseId, outcome, reason, actor));
                task.getExecution().setVariable(APPRAISAL_OUTCOME, outcome);
                task.getExecution().removeVariable(OUTCOME);
                task.getExecution().removeVariable(REASON);
            }
            case SUPPLEMENT -> FeatureRefusedException.refusing(() -> revocations.supplemented(caseId, actor));
            case DECIDE -> {
                String number = text(task.getVariable(DECISION_NUMBER));
                String date = text(task.getVariable(DECISION_DATE));
                boolean due = FeatureRefusedException.refusing(() -> revocations.decide(caseId, number, date, actor));
                task.getExecution().setVariable(RECOVERY_DUE, due);
            }
            case RECORD_RECOVERY -> FeatureRefusedException.refusing(() -> revocations.completeRecovery(caseId, actor));
            default -> throw new IllegalStateException("revocationStepListener on an unknown task " + task.getTaskDefinitionKey());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
