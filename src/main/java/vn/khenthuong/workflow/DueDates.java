package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.SUPPLEMENT_DUE;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Tier;

/**
 * Deadlines used by the diagram's timers and task due dates ({@code ${dueDates.appraisal(execution)}}): the one the
 * board set for a supplementation, else the legal one in working days from seeds/deadlines.yaml and the Vietnamese
 * calendar ({@link DeadlineExpressions}).
 */
@Component("dueDates")
public class DueDates {

    static final Duration VOTING_DAYS = Duration.ofDays(10);

    private final DeadlineExpressions deadlines;

    DueDates(DeadlineExpressions deadlines) {
        this.deadlines = deadlines;
    }

    /** The supplementation deadline the board set, or the legal one when the dossier came back from a failed check. */
    public Date supplementation(DelegateExecution execution) {
        Object due = execution.getVariable(SUPPLEMENT_DUE);
        return due instanceof Date d ? d : deadlines.supplementationDue(execution);
    }

    /**
     * Ten calendar days after the council was convened, when its vote closes. Computed here rather than as the
     * duration P10D in the diagram: the engine builds a new XML DatatypeFactory (a class path scan) for every
     * duration timer, once per council meeting.
     */
    public Date votingCloses() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(VOTING_DAYS));
    }

    /** The provincial appraisal's time limit (working days, shorter for ad hoc awards). */
    public Date appraisal(DelegateExecution execution) {
        return deadlines.appraisalDue(execution, Tier.PROVINCE.name());
    }
}
