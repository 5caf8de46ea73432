package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepOutcome;

/** Records that the proposal is public for comment until the window closes (set by nextRouteStep from the route table). */
@Component("openDisclosureDelegate")
class OpenDisclosureDelegate implements JavaDelegate {

    private final Nominations nominations;

    OpenDisclosureDelegate(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date closes = (Date) execution.getVariable(DISCLOSURE_CLOSES);
        nominations.recordOutcome((String) execution.getVariable(NOMINATION_CODE), OPEN_DISCLOSURE, StepOutcome.OPENED,
                "Công khai lấy ý kiến đến hết ngày " + FormValues.vi(FormValues.date(closes)), FormValues.date(closes), "system");
    }
}
