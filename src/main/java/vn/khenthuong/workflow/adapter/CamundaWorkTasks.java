package vn.khenthuong.workflow.adapter;

import static vn.khenthuong.workflow.NominationProcess.PROCESS_KEY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.work.TaskOfBatchRefusedException;
import vn.khenthuong.work.WaitingTask;
import vn.khenthuong.work.WorkRefusal;
import vn.khenthuong.work.WorkRefusedException;
import vn.khenthuong.work.WorkStep;
import vn.khenthuong.work.WorkTasks;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.guard.CompleteTasks;

/**
 * The engine's side of working through many tasks: the user's own task query, and one ordinary completion per task as
 * the user (never trusted past the variable guard, never without the engine's authorization checks).
 */
@Component
class CamundaWorkTasks implements WorkTasks {

    /** Tasks completed per engine command by {@link #completeAll}. */
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(CamundaWorkTasks.class);

    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;
    private final JdbcTemplate jdbc;

    CamundaWorkTasks(TaskService taskService, HistoryService historyService, IdentityService identityService,
                     ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingTask> waiting(String userId, WorkStep step) {
        List<String> groups = groupsAs(userId, step.role());
        if (groups.isEmpty()) {
            return List.of();
        }
        // Limited to the candidate groups the user holds for the step's role (role.unit): the set of tasks the engine's
        // authorization join gave before, without that join (2.2 s for a chairman with 2,000 waiting, issue 16). The same
        // set because the engine grants a task to its candidate groups, and to nobody else of those roles, when it adds
        // the candidate link (TASK_WORK, application.yaml); membership is read from the engine at each call. Completing a
        // task still goes through the engine's authorization as the user (complete below).
        return candidates(groups, step, userId);
    }

    @Override
    public List<WaitingTask> waitingFor(String unitCode, WorkStep step) {
        return candidates(List.of(Roles.group(step.role(), unitCode)), step, null);
    }

    /**
     * The active tasks of the step whose candidate group is one of these, unclaimed or claimed by the user (by anyone
     * when the user is null), oldest first; each with its nomination's code and the unit of its candidate group.
     * <p>
     * One statement on the engine's tables instead of its task query: the lists need five columns of thousands of tasks
     * (a board holds 5,000 at year end), and the task query read every column of every task into an entity, then the
     * business keys in one process-instance query per 500 tasks. Its conditions are the task query's own
     * ({@code processDefinitionKey, taskDefinitionKey, taskCandidateGroupIn, includeAssignedTasks, active}), read as the
     * system; {@code BatchWorkTest} compares the result with the engine's authorization-checked query.
     */
    private List<WaitingTask> candidates(List<String> groups, WorkStep step, String userId) {
        String prefix = engine.getDatabaseTablePrefix();
        String sql = "select T.ID_, T.CREATE_TIME_, T.DUE_DATE_, T.ASSIGNEE_, E.BUSINESS_KEY_, I.GROUP_ID_ from " + prefix + "ACT_RU_IDENTITYLINK I "
                + "join " + prefix + "ACT_RU_TASK T on T.ID_ = I.TASK_ID_ "
                + "join " + prefix + "ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ "
                + "join " + prefix + "ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_ "
                + "where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + String.join(", ", Collections.nCopies(groups.size(), "?")) + ") "
                + "and T.TASK_DEF_KEY_ = ? and D.KEY_ = ? and T.SUSPENSION_STATE_ = 1"
                + (userId == null ? "" : " and (T.ASSIGNEE_ is null or T.ASSIGNEE_ = ?)")
                + " order by T.CREATE_TIME_, T.ID_, I.GROUP_ID_";
        List<Object> args = new ArrayList<>(groups);
        args.add(step.taskKey());
        args.add(PROCESS_KEY);
        if (userId != null) {
            args.add(userId);
        }
        String rolePrefix = step.role() + ".";
        Map<String, WaitingTask> byId = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            String code = rs.getString(5);
            // A task of two of these groups comes twice: the first (lowest) group's unit, as ordered.
            if (code != null && !byId.containsKey(rs.getString(1))) {
                byId.put(rs.getString(1), new WaitingTask(rs.getString(1), code, rs.getString(6).substring(rolePrefix.length()),
                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), rs.getString(4)));
            }
        }, args.toArray());
        return List.copyOf(byId.values());
    }

    @Override
    public Optional<WaitingTask> waitingAt(String nominationCode, WorkStep step) {
        return ActingUser.asSystem(identityService, () -> {
            List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(nominationCode)
                    .taskDefinitionKey(step.taskKey()).active().list();
            if (tasks.isEmpty()) {
                return Optional.<WaitingTask>empty();
            }
            Task task = tasks.get(0);
            return Optional.of(waitingTask(task, nominationCode, candidateUnit(task.getId(), step)));
        });
    }

    @Override
    public void complete(String userId, String taskId, WorkStep step, Map<String, Object> answer) {
        Task task = ActingUser.asSystem(identityService, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            HistoricTaskInstance done = ActingUser.asSystem(identityService,
                    () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
            throw new WorkRefusedException(done != null && step.taskKey().equals(done.getTaskDefinitionKey()) && PROCESS_KEY.equals(done.getProcessDefinitionKey())
                    ? WorkRefusal.alreadyDone() : WorkRefusal.notYours());
        }
        if (!step.taskKey().equals(task.getTaskDefinitionKey()) || (task.getAssignee() != null && !userId.equals(task.getAssignee()))) {
            throw new WorkRefusedException(WorkRefusal.notYours());
        }
        String unit = candidateUnit(taskId, step);
        if (unit == null || !groupsAs(userId, step.role()).contains(Roles.group(step.role(), unit))) {
            throw new WorkRefusedException(WorkRefusal.notYours());
        }
        try {
            // Not EngineCalls.trusted: the variable guard judges this answer as it judges Tasklist's.
            ActingUser.as(identityService, userId, () -> {
                taskService.complete(taskId, answer);
                return null;
            });
        } catch (NullValueException | OptimisticLockingException gone) {
            throw new WorkRefusedException(new WorkRefusal(WorkRefusal.Kind.CONFLICT, "Nhiệm vụ vừa được người khác xử lý hoặc thay đổi",
                    "the task was completed or changed by someone else at the same time"));
        } catch (AuthorizationException denied) {
            throw new WorkRefusedException(WorkRefusal.notYours());
        } catch (ProcessEngineException failed) {
            // A listener's refusal reaches us wrapped by the engine ("exception while invoking TaskListener").
            BadUserRequestException refused = refusal(failed);
            if (refused == null) {
                // A technical failure of this task (a step after it failing, say): its transaction rolled back; the
                // other tasks of the batch still go on, and the log keeps the cause for the administrator.
                log.error("Completing task {} as {} failed", taskId, userId, failed);
                throw new WorkRefusedException(new WorkRefusal(WorkRefusal.Kind.FAILED, "Lỗi hệ thống khi xử lý hồ sơ này (đã ghi nhật ký); thử lại sau",
                        "technical failure (logged); try again later"));
            }
            String[] texts = String.valueOf(refused.getMessage()).split(" / ", 2);
            throw new WorkRefusedException(new WorkRefusal(WorkRefusal.Kind.REFUSED, texts[0], texts.length > 1 ? texts[1] : texts[0]));
        }
    }

    @Override
    public void completeAll(String userId, List<String> taskIds, WorkStep step, Map<String, Object> answer) {
        List<String> groups = groupsAs(userId, step.role());
        // Batches of BATCH tasks per engine command: the engine keeps every entity a command touched until its flush.
        for (int from = 0; from < taskIds.size(); from += BATCH) {
            List<String> slice = taskIds.subList(from, Math.min(taskIds.size(), from + BATCH));
            try {
                // Not EngineCalls.trusted: the variable guard judges every task's answer (CompleteTasks).
                ActingUser.as(identityService, userId, () -> engine.getCommandExecutorTxRequired().execute(
                        new CompleteTasks(slice, answer, taskId -> admit(userId, taskId, step, groups))));
            } catch (CompleteTasks.TaskFailed failed) {
                RuntimeException cause = failed.getCause();
                throw new TaskOfBatchRefusedException(failed.taskId(), cause instanceof WorkRefusedException w ? w.refusal() : refusalOf(failed.taskId(), userId, cause));
            } catch (OptimisticLockingException gone) {
                throw new WorkRefusedException(conflict());
            }
        }
    }

    /** The checks {@link #complete} makes before completing, inside the batch's command (the task read once, for both). */
    private void admit(String userId, String taskId, WorkStep step, List<String> groups) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            HistoricTaskInstanceEventEntity done = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
            throw new WorkRefusedException(done != null && done.getEndTime() != null && step.taskKey().equals(done.getTaskDefinitionKey())
                    && PROCESS_KEY.equals(done.getProcessDefinitionKey()) ? WorkRefusal.alreadyDone() : WorkRefusal.notYours());
        }
        if (!step.taskKey().equals(task.getTaskDefinitionKey()) || (task.getAssignee() != null && !userId.equals(task.getAssignee()))) {
            throw new WorkRefusedException(WorkRefusal.notYours());
        }
        String prefix = step.role() + ".";
        String unit = task.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && l.getGroupId().startsWith(prefix))
                .map(IdentityLink::getGroupId).map(g -> g.substring(prefix.length())).findFirst().orElse(null);
        if (unit == null || !groups.contains(Roles.group(step.role(), unit))) {
            throw new WorkRefusedException(WorkRefusal.notYours());
        }
    }

    /** What an engine exception from completing a task means for the user (as {@link #complete} answers it). */
    private WorkRefusal refusalOf(String taskId, String userId, RuntimeException failed) {
        if (failed instanceof NullValueException || failed instanceof OptimisticLockingException) {
            return conflict();
        }
        if (failed instanceof AuthorizationException) {
            return WorkRefusal.notYours();
        }
        BadUserRequestException refused = refusal(failed);
        if (refused == null) {
            log.error("Completing task {} as {} failed", taskId, userId, failed);
            return new WorkRefusal(WorkRefusal.Kind.FAILED, "Lỗi hệ thống khi xử lý hồ sơ này (đã ghi nhật ký); thử lại sau",
                    "technical failure (logged); try again later");
        }
        String[] texts = String.valueOf(refused.getMessage()).split(" / ", 2);
        return new WorkRefusal(WorkRefusal.Kind.REFUSED, texts[0], texts.length > 1 ? texts[1] : texts[0]);
    }

    private static WorkRefusal conflict() {
        return new WorkRefusal(WorkRefusal.Kind.CONFLICT, "Nhiệm vụ vừa được người khác xử lý hoặc thay đổi",
                "the task was completed or changed by someone else at the same time");
    }

    private static BadUserRequestException refusal(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadUserRequestException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The unit of the task's candidate group of the step's role (role.unit), or null. */
    private String candidateUnit(String taskId, WorkStep step) {
        String prefix = step.role() + ".";
        return ActingUser.asSystem(identityService, () -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && l.getGroupId().startsWith(prefix))
                .map(IdentityLink::getGroupId).map(g -> g.substring(prefix.length())).findFirst().orElse(null);
    }

    private List<String> groupsAs(String userId, String role) {
        String prefix = role + ".";
        return ActingUser.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId)
                .filter(g -> g.startsWith(prefix)).toList();
    }

    private static WaitingTask waitingTask(Task t, String code, String unit) {
        return new WaitingTask(t.getId(), code, unit, instant(t.getCreateTime()), instant(t.getDueDate()), t.getAssignee());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
