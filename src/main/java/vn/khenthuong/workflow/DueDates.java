package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.SUPPLEMENT_DUE;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines used by the diagram's timers and task due dates ({@code ${dueDates.appraisal(execution)}}).
 * The engine's clock is "now", so that process tests can move time.
 */
@Component("dueDates")
public class DueDates {

    /** The supplementation deadline the board set, or the default when the dossier came back from a failed check. */
    public Date supplementation(DelegateExecution execution) {
        Object due = execution.getVariable(SUPPLEMENT_DUE);
        return due instanceof Date d ? d : after(Duration.ofDays(7));
    }

    public Date appraisal(DelegateExecution execution) {
        return after(Duration.ofDays(28));
    }

    private static Date after(Duration duration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }
}
