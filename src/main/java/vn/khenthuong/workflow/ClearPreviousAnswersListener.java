package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Removes the answers of the step before when a user task of a nomination is created. A form sets its answers
 * (outcome, comment, conclusion, deadline, decision number …) on the process; the step's complete listener checks
 * and records them (our step table, the audit chain) and the gateways and service tasks right after it route on
 * them. Removed here, they cannot pre-fill the next form, and a task completed without an answer (a REST client
 * bypassing the form) finds none instead of passing with an earlier level's "approve".
 * <p>
 * The next task is usually created in the transaction that set the answers, so they are removed before the engine
 * writes them: Camunda's history still has each answer (a deleted variable with its update), the runtime tables
 * never do. A listener rather than a blank local input mapping of each field on every review task, which would make
 * each of those tasks a scope execution with three more variable writes per field (BENCHMARKS.md).
 */
@Component
class ClearPreviousAnswersListener implements TaskListener {

    /** The fields of the review, conclusion, overdue and decision forms. */
    static final List<String> ANSWERS = List.of(OUTCOME, COMMENT, CONCLUSION, NEW_AWARD_KIND_CODE, SUPPLEMENT_DEADLINE,
            OVERDUE_ACTION, DECISION_NUMBER, DECISION_DATE);

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        for (String name : ANSWERS) {
            // Every level: an instance still on an earlier diagram version also holds a blank local copy on the task's scope.
            while (execution.hasVariable(name)) {
                execution.removeVariable(name);
            }
        }
    }
}
