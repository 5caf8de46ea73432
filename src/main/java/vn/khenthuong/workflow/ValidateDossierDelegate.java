package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.eligibility.Finding;
import vn.khenthuong.eligibility.Verdict;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.workflow.engine.ChangedOnly;

/**
 * Checks the dossier before it enters {@code validationStep} (an input of the task). A dossier that may not go
 * on is a business outcome, not a failure: BPMN error DOSSIER_INVALID, with the reasons in {@code problems}.
 * Once the dossier leaves its filing unit the eligibility rules run too (registry, pending matters, duplicates,
 * quota), and a dossier that passes everything takes its quota slot in the same transaction as the step.
 */
@Component("validateDossierDelegate")
class ValidateDossierDelegate implements JavaDelegate {

    private final Nominations nominations;
    private final Eligibility eligibility;

    ValidateDossierDelegate(Nominations nominations, Eligibility eligibility) {
        this.nominations = nominations;
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(NOMINATION_CODE);
        String step = (String) execution.getVariable(VALIDATION_STEP);
        List<String> problems = new ArrayList<>(nominations.problemsBefore(code, checkpoint(step)));
        boolean leavesUnit = step != null && !WITHIN_FILING_UNIT.contains(step);
        List<String> notes = List.of();
        if (leavesUnit) {
            Verdict verdict = eligibility.check(code);
            verdict.problems().stream().map(Finding::text).forEach(problems::add);
            notes = verdict.notes().stream().map(Finding::text).toList();
        }
        if (notes.isEmpty()) {
            execution.removeVariable(ELIGIBILITY_NOTES);
        } else {
            // The same reminders at submission and at appraisal are written once.
            ChangedOnly.set(execution, ELIGIBILITY_NOTES, String.join("\n", notes));
        }
        if (problems.isEmpty()) {
            execution.removeVariable(PROBLEMS);
            if (leavesUnit) {
                eligibility.recordSubmission(code, step);
            }
            return;
        }
        // Set before throwing: the boundary event keeps process variables, and the preparer's form lists them.
        execution.setVariable(PROBLEMS, String.join("\n", problems));
        throw new BpmnError(DOSSIER_INVALID, "Hồ sơ chưa đủ điều kiện chuyển tới bước " + step);
    }
}
