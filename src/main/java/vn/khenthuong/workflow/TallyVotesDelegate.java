package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.math.BigDecimal;
import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.Fraction;
import vn.khenthuong.council.Tally;

/** Closes the council's vote against the threshold and quorum found by the voteThreshold decision. */
@Component("tallyVotesDelegate")
class TallyVotesDelegate implements JavaDelegate {

    private final Ballots ballots;
    private final Catalog catalog;

    TallyVotesDelegate(Ballots ballots, Catalog catalog) {
        this.ballots = ballots;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Collection<String> members = (Collection<String>) execution.getVariable(COUNCIL_MEMBERS);
        Number share = (Number) execution.getVariable(REQUIRED_SHARE);
        Boolean strictlyMore = (Boolean) execution.getVariable(STRICTLY_MORE);
        if (share == null || strictlyMore == null) {
            throw new IllegalStateException("Chưa xác định ngưỡng biểu quyết (bảng voteThreshold) / no vote threshold");
        }
        Tally tally = ballots.tally((String) execution.getVariable(NOMINATION_CODE), (String) execution.getVariable(COUNCIL_UNIT),
                members, new BigDecimal(share.toString()), strictlyMore, Fraction.parse((String) execution.getVariable(QUORUM)),
                Boolean.TRUE.equals(execution.getVariable(SECRET_BALLOT)));
        execution.setVariable(VOTE_PASSED, tally.passed());
        // The summary is shown to officials (council conclusion form, dossier history): the unit in words.
        String unitName = catalog.unit(tally.councilUnit())
                .map(u -> Character.toLowerCase(u.name().charAt(0)) + u.name().substring(1))
                .orElse(tally.councilUnit());
        execution.setVariable(VOTE_SUMMARY, tally.summaryVi(unitName));
    }
}
