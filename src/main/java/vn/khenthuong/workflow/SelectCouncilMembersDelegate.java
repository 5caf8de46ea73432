package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.council.CouncilRound;
import vn.khenthuong.council.CouncilRounds;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Calls the emulation council of the route's current level and opens its meeting: the roster is the users of group
 * council.&lt;unit&gt; at this moment, written into council_round / council_roster. The councilVote tasks are created
 * from that roster (${councilRoster.members(execution)}), and the tally reads it: no process variable holds the
 * member list.
 */
@Component("selectCouncilMembersDelegate")
class SelectCouncilMembersDelegate implements JavaDelegate {

    private final Officials officials;
    private final Catalog catalog;
    private final CouncilRounds rounds;

    SelectCouncilMembersDelegate(Officials officials, Catalog catalog, CouncilRounds rounds) {
        this.officials = officials;
        this.catalog = catalog;
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String councilUnit = (String) execution.getVariable(STEP_UNIT);
        String group = Roles.group(Roles.COUNCIL_MEMBER, councilUnit);
        // Ids and names in one query, not a user and group look-up per member.
        List<CouncilRounds.Member> members = officials.memberNames(Roles.COUNCIL_MEMBER, councilUnit).entrySet().stream()
                .map(member -> new CouncilRounds.Member(member.getKey(), member.getValue())).toList();
        if (members.isEmpty()) {
            // A configuration gap, not a business outcome: fail so the officer (or Cockpit) sees it.
            throw new IllegalStateException("Hội đồng thi đua của đơn vị " + councilUnit
                    + " chưa có thành viên (nhóm " + group + ") / the council has no members");
        }
        // Whether members' choices may be kept is the catalogue's rule for the award kind (Chiến sĩ thi đua: secret).
        boolean secret = catalog.awardKind((String) execution.getVariable(AWARD_KIND_CODE)).map(AwardKind::secretBallot).orElse(false);
        CouncilRound round = rounds.open(nominationCode(execution), execution.getProcessInstanceId(), councilUnit, secret, "group " + group, members);
        // Copies for the secretary's candidate group, Tasklist and the forms; the meeting itself reads council_round.
        execution.setVariable(COUNCIL_UNIT, round.councilUnit());
        execution.setVariable(SECRET_BALLOT, round.secret());
    }

    /** The business key is the nomination code; it is set at start and no task can change it. */
    static String nominationCode(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return key != null ? key : (String) execution.getVariable(NOMINATION_CODE);
    }
}
