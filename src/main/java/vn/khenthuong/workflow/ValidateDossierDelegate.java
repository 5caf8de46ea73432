package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Nominations;

/**
 * Checks the dossier before it enters {@code validationStep} (an input of the task). A dossier that may not go
 * on is a business outcome, not a failure: BPMN error DOSSIER_INVALID, with the reasons in {@code problems}.
 */
@Component("validateDossierDelegate")
class ValidateDossierDelegate implements JavaDelegate {

    private final Nominations nominations;

    ValidateDossierDelegate(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(NOMINATION_CODE);
        String step = (String) execution.getVariable(VALIDATION_STEP);
        List<String> problems = nominations.problemsBefore(code, step);
        if (problems.isEmpty()) {
            execution.removeVariable(PROBLEMS);
            return;
        }
        // Set before throwing: the boundary event keeps process variables, and the preparer's form lists them.
        execution.setVariable(PROBLEMS, String.join("\n", problems));
        throw new BpmnError(DOSSIER_INVALID, "Hồ sơ chưa đủ điều kiện chuyển tới bước " + step);
    }
}
