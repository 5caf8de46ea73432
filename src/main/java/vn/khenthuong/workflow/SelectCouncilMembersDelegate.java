package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/** Calls the district's emulation council: one councilVote task per member of group council.&lt;district&gt;. */
@Component("selectCouncilMembersDelegate")
class SelectCouncilMembersDelegate implements JavaDelegate {

    private final Officials officials;

    SelectCouncilMembersDelegate(Officials officials) {
        this.officials = officials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String councilUnit = (String) execution.getVariable(DISTRICT_CODE);
        List<String> members = new ArrayList<>(officials.members(Roles.COUNCIL_MEMBER, councilUnit));
        if (members.isEmpty()) {
            // A configuration gap, not a business outcome: fail so the officer (or Cockpit) sees it.
            throw new IllegalStateException("Hội đồng thi đua của đơn vị " + councilUnit
                    + " chưa có thành viên (nhóm " + Roles.group(Roles.COUNCIL_MEMBER, councilUnit) + ") / the council has no members");
        }
        execution.setVariable(COUNCIL_UNIT, councilUnit);
        execution.setVariable(COUNCIL_MEMBERS, members);
    }
}
