package vn.khenthuong.audit;

import java.util.List;
import java.util.Set;

/**
 * What the engine's history knows about a nomination's process instances (implemented in workflow, the only
 * place that talks to the engine). Every query goes by process instance or task id, never by scanning.
 */
public interface ProcessHistory {

    /**
     * Facts of every process instance with this business key, in the engine's order. Variables named in
     * {@code hiddenVariables} are reported as changed, without their value (secret ballots).
     */
    List<HistoryFact> facts(String businessKey, Set<String> hiddenVariables);
}
