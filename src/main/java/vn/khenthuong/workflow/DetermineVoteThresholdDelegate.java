package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.engine.DecisionTableUse;
import vn.khenthuong.workflow.engine.LatestDecisions;

/**
 * The business rule task determineVoteThreshold: the share of yes votes and the quorum the council needs, from the
 * latest deployed voteThreshold table. The table sees the dossier's facts ({@link #FACTS}) and the council's level
 * as {@code councilLevel}. Evaluated here rather than by the engine's decisionRef, which hands a table every
 * variable of the nomination, reading and deserializing each (the council's member list among them), where the
 * table asks for two (BENCHMARKS.md).
 */
@Component("determineVoteThresholdDelegate")
class DetermineVoteThresholdDelegate implements JavaDelegate, DecisionTableUse {

    /** What an administrator's voteThreshold table may ask for, besides councilLevel. */
    static final List<String> FACTS = List.of(AWARD_KIND_CODE, NOMINEE_KIND, PROCEDURE_KIND, TIER_MODEL, UNIT_CODE, STEP_UNIT);

    private final LatestDecisions latest;

    DetermineVoteThresholdDelegate(LatestDecisions latest) {
        this.latest = latest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> inputs = new HashMap<>();
        FACTS.forEach(name -> inputs.put(name, execution.getVariable(name)));
        inputs.put(COUNCIL_LEVEL, execution.getVariable(STEP_LEVEL));
        DmnDecisionResultEntries row = latest.evaluate(VOTE_THRESHOLD_DECISION, inputs).result().getSingleResult();
        if (row == null) {
            throw new ProcessEngineException("Bảng voteThreshold không có dòng cho " + inputs.get(AWARD_KIND_CODE) + " / "
                    + inputs.get(COUNCIL_LEVEL) + " / no vote threshold for this council");
        }
        execution.setVariable(REQUIRED_SHARE, row.getEntry("requiredShare"));
        execution.setVariable(STRICTLY_MORE, row.getEntry("strictlyMore"));
        execution.setVariable(QUORUM, row.getEntry("quorum"));
    }

    @Override
    public String decisionKey() {
        return VOTE_THRESHOLD_DECISION;
    }

    @Override
    public Set<String> suppliedInputs() {
        return Stream.concat(FACTS.stream(), Stream.of(COUNCIL_LEVEL)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
