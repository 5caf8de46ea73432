package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.Fraction;
import vn.khenthuong.council.Tally;

/**
 * Closes the council's meeting against the threshold and quorum the voteThreshold decision just set (the step before,
 * in the same transaction). Who the members are, the council's unit, secret or open and the ballots come from our
 * tables only (Ballots.tally): no variable a task's user could have written takes part in the count.
 */
@Component("tallyVotesDelegate")
class TallyVotesDelegate implements JavaDelegate {

    private final Ballots ballots;
    private final Catalog catalog;
    private final LegacyCouncilRounds legacy;

    TallyVotesDelegate(Ballots ballots, Catalog catalog, LegacyCouncilRounds legacy) {
        this.ballots = ballots;
        this.catalog = catalog;
        this.legacy = legacy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number share = (Number) execution.getVariable(REQUIRED_SHARE);
        Boolean strictlyMore = (Boolean) execution.getVariable(STRICTLY_MORE);
        if (share == null || strictlyMore == null) {
            throw new IllegalStateException("Chưa xác định ngưỡng biểu quyết (bảng voteThreshold) / no vote threshold");
        }
        legacy.ensureRound(execution.getProcessInstanceId());
        Tally tally = ballots.tally(execution.getProcessInstanceId(), new BigDecimal(share.toString()), strictlyMore,
                Fraction.parse((String) execution.getVariable(QUORUM)));
        execution.setVariable(VOTE_PASSED, tally.passed());
        // The summary is shown to officials (council conclusion form, dossier history): the unit in words.
        String unitName = catalog.unit(tally.councilUnit())
                .map(u -> Character.toLowerCase(u.name().charAt(0)) + u.name().substring(1))
                .orElse(tally.councilUnit());
        execution.setVariable(VOTE_SUMMARY, tally.summaryVi(unitName));
    }
}
