package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/** Calls the emulation council of the route's current level: one councilVote task per member of group council.&lt;unit&gt;. */
@Component("selectCouncilMembersDelegate")
class SelectCouncilMembersDelegate implements JavaDelegate {

    private final Officials officials;
    private final Catalog catalog;

    SelectCouncilMembersDelegate(Officials officials, Catalog catalog) {
        this.officials = officials;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String councilUnit = (String) execution.getVariable(STEP_UNIT);
        List<String> members = new ArrayList<>(officials.members(Roles.COUNCIL_MEMBER, councilUnit));
        if (members.isEmpty()) {
            // A configuration gap, not a business outcome: fail so the officer (or Cockpit) sees it.
            throw new IllegalStateException("Hội đồng thi đua của đơn vị " + councilUnit
                    + " chưa có thành viên (nhóm " + Roles.group(Roles.COUNCIL_MEMBER, councilUnit) + ") / the council has no members");
        }
        execution.setVariable(COUNCIL_UNIT, councilUnit);
        execution.setVariable(COUNCIL_MEMBERS, members);
        // Whether members' choices may be kept is the catalogue's rule for the award kind (Chiến sĩ thi đua: secret).
        execution.setVariable(SECRET_BALLOT, catalog.awardKind((String) execution.getVariable(AWARD_KIND_CODE))
                .map(AwardKind::secretBallot).orElse(false));
    }
}
