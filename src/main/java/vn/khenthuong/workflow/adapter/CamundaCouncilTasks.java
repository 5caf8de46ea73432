package vn.khenthuong.workflow.adapter;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khenthuong.workflow.engine.LostRaces;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.council.CouncilTasks;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Finds council tasks through the engine's task query, which runs with the caller's authorizations: a task the
 * official may not see is not found. The meeting itself (roster, unit, secret or open) is
 * read from our tables by the process instance's id, never from a variable.
 */
@Component
public class CamundaCouncilTasks implements CouncilTasks {

    private static final Logger log = LoggerFactory.getLogger(CamundaCouncilTasks.class);

    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;

    public CamundaCouncilTasks(TaskService tasks, IdentityService identity, HistoryService history) {
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
    }

    @Override
    public Optional<BallotTask> ballotTask(String taskId, String userId) {
        return open(taskId, COUNCIL_VOTE).filter(t -> userId.equals(t.getAssignee()))
                .map(t -> new BallotTask(t.getProcessInstanceId(), userId));
    }

    @Override
    public Optional<String> endedBallotTask(String taskId, String userId) {
        // The member may not read the engine's history; the system looks, for their own task only.
        return ActingUser.asSystem(identity, () -> Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId)
                        .taskDefinitionKey(COUNCIL_VOTE).taskAssignee(userId).finished().singleResult()))
                .map(HistoricTaskInstance::getProcessInstanceId);
    }

    @Override
    public Optional<SecretaryTask> secretaryTask(String taskId, String userId) {
        return open(taskId, RECORD_WRITTEN_BALLOTS)
                .filter(t -> tasks.createTaskQuery().taskId(t.getId()).taskCandidateUser(userId).count() > 0 || userId.equals(t.getAssignee()))
                .map(t -> new SecretaryTask(t.getProcessInstanceId()));
    }

    @Override
    public void closeBallotTask(String processInstanceId, String member) {
        // The secretary may neither see nor work on a member's task: the system finds and closes it, after the ballot
        // was checked and recorded (RecordBallotListener then finds it). Without an authenticated user the engine
        // checks no authorization.
        ActingUser.asSystem(identity, () -> {
            List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(COUNCIL_VOTE)
                    .taskAssignee(member).active().list();
            if (open.size() != 1) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Thành viên " + member + " không có phiếu biểu quyết đang mở "
                        + "/ the member has no open ballot task");
            }
            try {
                tasks.complete(open.get(0).getId());
            } catch (ProcessEngineException e) {
                if (!LostRaces.lost(e)) {
                    throw e;
                }
                // The member completed their own task (or the meeting closed) a moment before: the secretary lost.
                log.warn("Lost race closing the ballot task of {} in {}, answered 409: {}", member, processInstanceId, LostRaces.logLine(e));
                throw new ResponseStatusException(HttpStatus.CONFLICT, LostRaces.detailVi(e) + " / " + LostRaces.detailEn(e));
            }
        });
    }

    private Optional<Task> open(String taskId, String definitionKey) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(definitionKey).active().singleResult());
    }
}
