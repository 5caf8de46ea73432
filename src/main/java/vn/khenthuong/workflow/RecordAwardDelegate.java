package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.AwardEntry;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.Nominations;

/** Writes the decided award into the registry and closes the nomination as awarded. */
@Component("recordAwardDelegate")
class RecordAwardDelegate implements JavaDelegate {

    private final AwardRegistry awards;
    private final Nominations nominations;

    RecordAwardDelegate(AwardRegistry awards, Nominations nominations) {
        this.awards = awards;
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(NOMINATION_CODE);
        AwardEntry award = awards.record(code, (String) execution.getVariable(DECISION_NUMBER),
                FormValues.date(execution.getVariable(DECISION_DATE)), (String) execution.getVariable(DECISION_SIGNER));
        nominations.close(code, NominationStatus.AWARDED, "Quyết định số " + award.decisionNumber() + " ngày " + FormValues.vi(award.decisionDate())
                + (award.rewardAmount() == null ? "" : "; tiền thưởng " + FormValues.money(award.rewardAmount())));
    }
}
