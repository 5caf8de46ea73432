package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.khenthuong.council.CouncilTasks;

/**
 * Finds council tasks through the engine's task query, which runs with the caller's authorizations: a task the
 * official may not see is not found.
 */
@Component
class CamundaCouncilTasks implements CouncilTasks {

    private final TaskService tasks;

    CamundaCouncilTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<BallotTask> ballotTask(String taskId, String userId) {
        return open(taskId, COUNCIL_VOTE).filter(t -> userId.equals(t.getAssignee())).map(t -> {
            Map<String, Object> v = tasks.getVariables(t.getId(), List.of(NOMINATION_CODE, COUNCIL_UNIT, SECRET_BALLOT));
            return new BallotTask((String) v.get(NOMINATION_CODE), (String) v.get(COUNCIL_UNIT), userId, Boolean.TRUE.equals(v.get(SECRET_BALLOT)));
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SecretaryTask> secretaryTask(String taskId, String userId) {
        return open(taskId, RECORD_WRITTEN_BALLOTS)
                .filter(t -> tasks.createTaskQuery().taskId(t.getId()).taskCandidateUser(userId).count() > 0 || userId.equals(t.getAssignee()))
                .map(t -> {
                    Map<String, Object> v = tasks.getVariables(t.getId(), List.of(NOMINATION_CODE, COUNCIL_UNIT, SECRET_BALLOT, COUNCIL_MEMBERS));
                    return new SecretaryTask((String) v.get(NOMINATION_CODE), (String) v.get(COUNCIL_UNIT),
                            List.copyOf((List<String>) v.get(COUNCIL_MEMBERS)), Boolean.TRUE.equals(v.get(SECRET_BALLOT)));
                });
    }

    private Optional<Task> open(String taskId, String definitionKey) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(definitionKey).active().singleResult());
    }
}
