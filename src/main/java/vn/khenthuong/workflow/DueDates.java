package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.SUPPLEMENT_DUE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Deadlines used by the diagram's timers and task due dates ({@code ${dueDates.appraisal(execution)}}): the one the
 * board set for a supplementation, else the legal one in working days from seeds/deadlines.yaml and the Vietnamese
 * calendar ({@link DeadlineExpressions}).
 */
@Component("dueDates")
public class DueDates {

    private final DeadlineExpressions deadlines;

    DueDates(DeadlineExpressions deadlines) {
        this.deadlines = deadlines;
    }

    /** The supplementation deadline the board set, or the legal one when the dossier came back from a failed check. */
    public Date supplementation(DelegateExecution execution) {
        Object due = execution.getVariable(SUPPLEMENT_DUE);
        return due instanceof Date d ? d : deadlines.supplementationDue(execution);
    }

    /** The provincial appraisal's time limit (working days, shorter for ad hoc awards). */
    public Date appraisal(DelegateExecution execution) {
        return deadlines.appraisalDue(execution, "PROVINCE");
    }
}
