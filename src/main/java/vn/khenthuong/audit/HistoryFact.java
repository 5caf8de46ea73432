package vn.khenthuong.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One thing the engine's history recorded. {@code activityId}/{@code activityName} name the BPMN element,
 * {@code actor} the user (or group for a candidate), {@code operation} the user operation log's type
 * (Claim, Complete, SetVariable, Migrate, Delete…), {@code values} the variables set with it.
 */
public record HistoryFact(Instant at, Kind kind, String processInstanceId, String activityId, String activityName,
                          String activityType, String taskId, String actor, String operation, Map<String, String> values) {

    public enum Kind {
        PROCESS_STARTED, PROCESS_ENDED, TASK_ENTERED, TASK_LEFT, STEP_PASSED, CANDIDATE, TASK_OPERATION, ADMIN_OPERATION
    }
}
