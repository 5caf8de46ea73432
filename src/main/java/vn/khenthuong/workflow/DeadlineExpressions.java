package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.PROCEDURE_KIND;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.khenthuong.calendar.Deadline;
import vn.khenthuong.calendar.Deadlines;

/**
 * The legal deadlines of a process instance as engine dates, in working days (seeds/deadlines.yaml, seeds/holidays.yaml),
 * for {@link DueDates}, the one bean the diagram's timers and due dates name. "Now" is the engine's clock, so process
 * tests can move it; the procedure comes from the {@code procedureKind} variable when the process has one.
 */
@Component
class DeadlineExpressions {

    private final Deadlines deadlines;

    DeadlineExpressions(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** End of the last working day the submitting unit has to complete a dossier sent back for supplementation. */
    Date supplementationDue(VariableScope execution) {
        return due(Deadline.Kind.SUPPLEMENTATION, null, execution);
    }

    /** End of the last working day for the appraisal at that level (PROVINCE, DISTRICT, COMMUNE). */
    Date appraisalDue(VariableScope execution, String level) {
        return due(Deadline.Kind.APPRAISAL, level, execution);
    }

    /**
     * End of the public disclosure: the n-th working day after today. Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2 asks
     * for at least 10 working days before the provincial council meets, so the window is counted in working days.
     */
    Date disclosureCloses(int workingDays) {
        return Date.from(deadlines.afterWorkingDays(workingDays, ClockUtil.getCurrentTime().toInstant()).toInstant());
    }

    private Date due(Deadline.Kind kind, String level, VariableScope execution) {
        Object procedure = execution.getVariable(PROCEDURE_KIND);
        return Date.from(deadlines.due(kind, level, procedure == null ? null : procedure.toString(),
                ClockUtil.getCurrentTime().toInstant()).toInstant());
    }
}
