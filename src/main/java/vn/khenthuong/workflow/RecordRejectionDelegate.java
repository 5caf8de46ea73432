package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.Nominations;

/** Ends the nomination as rejected; the reason is the council's result or the last reviewer's comment. */
@Component("recordRejectionDelegate")
class RecordRejectionDelegate implements JavaDelegate {

    private final Nominations nominations;

    RecordRejectionDelegate(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = Boolean.FALSE.equals(execution.getVariable(VOTE_PASSED))
                ? (String) execution.getVariable(VOTE_SUMMARY)
                : (String) execution.getVariable(COMMENT);
        nominations.close((String) execution.getVariable(NOMINATION_CODE), NominationStatus.REJECTED, reason);
    }
}
