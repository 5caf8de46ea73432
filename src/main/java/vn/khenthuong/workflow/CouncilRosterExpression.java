package vn.khenthuong.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.khenthuong.council.CouncilRounds;

/**
 * {@code ${councilRoster.members(execution)}}: the councilVote multi-instance collection, read from the roster the
 * meeting was opened with (council_roster) rather than from a variable a task's user could overwrite.
 */
@Component("councilRoster")
public class CouncilRosterExpression {

    private final CouncilRounds rounds;

    CouncilRosterExpression(CouncilRounds rounds) {
        this.rounds = rounds;
    }

    public List<String> members(DelegateExecution execution) {
        return rounds.members(execution.getProcessInstanceId());
    }
}
