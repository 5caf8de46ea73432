package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepOutcome;

/** The appraisal's legal time limit passed with the task still open: recorded on the dossier's trail. */
@Component("recordAppraisalOverdueDelegate")
class RecordAppraisalOverdueDelegate implements JavaDelegate {

    private final Nominations nominations;

    RecordAppraisalOverdueDelegate(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.recordOutcome((String) execution.getVariable(NOMINATION_CODE), PROVINCIAL_APPRAISAL, StepOutcome.OVERDUE,
                "Quá thời hạn thẩm định theo quy định", null, "system");
    }
}
