package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.appraisal.Disclosures;

/** After the window: how many comments the board still has to answer before the decision may open. */
@Component("countDisclosureCommentsDelegate")
class CountDisclosureCommentsDelegate implements JavaDelegate {

    private final Disclosures disclosures;

    CountDisclosureCommentsDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OPEN_COMMENTS, disclosures.unanswered((String) execution.getVariable(NOMINATION_CODE)));
    }
}
