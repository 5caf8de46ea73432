package vn.khenthuong.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.Vote;
import vn.khenthuong.workflow.adapter.CamundaCouncilTasks;
import vn.khenthuong.workflow.guard.EngineCalls;

/**
 * The engine side of the benchmark (test code; the engine stays in the workflow package). Drives a process
 * instance generically: find its open tasks, find who may do one (assignee, else a user of the candidate group),
 * complete it with the approving answer, until nothing is left. The route is decided by DMN, so no sequence of
 * steps is written down here; a new kind of task only needs an entry in {@link #ANSWERS}. Ballots go first: the
 * council secretary closes the meeting only after the members have voted.
 */
public class BenchEngine {

    public static final String BARE_PROCESS_KEY = "bareNomination";

    /** One completed user task: its id in the diagram, and who could do it (a candidate group, else the assignee). */
    public record Step(String taskKey, String group, String assignee) {
    }

    /** The approving answer per task id; any other task gets {@code outcome = approve}. */
    static final Map<String, Function<Task, Map<String, Object>>> ANSWERS = Map.of(
            NominationProcess.PREPARE_DOSSIER, t -> Map.of(),
            NominationProcess.SUPPLEMENT_DOSSIER, t -> Map.of(),
            NominationProcess.RECORD_WRITTEN_BALLOTS, t -> Map.of(),
            NominationProcess.ANSWER_DISCLOSURE_COMMENTS, t -> Map.of(),
            NominationProcess.COUNCIL_CONCLUSION, t -> Map.of(NominationProcess.CONCLUSION, NominationProcess.CONCLUSION_PROPOSE),
            NominationProcess.COUNCIL_VOTE, t -> Map.of(NominationProcess.VOTE, Vote.YES.value()),
            NominationProcess.DECISION, t -> Map.of(NominationProcess.DECISION_NUMBER, "2551/QĐ-UBND",
                    NominationProcess.DECISION_DATE, LocalDate.now().minusDays(1).toString()));

    /** Time spent per step (task id, or a name given to {@link #timed}), summed while the bench profiles. */
    public static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    public static volatile boolean timing;
    /** The step the current thread is timing, while timing is on. */
    public static final ThreadLocal<String> STEP = new ThreadLocal<>();

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;
    private final Ballots ballots;
    private final CamundaCouncilTasks councilTasks;
    private final Map<String, String> userOfGroup = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
    private List<Step> barePath = List.of();

    public BenchEngine(ProcessEngine engine, Ballots ballots) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.repositoryService = engine.getRepositoryService();
        this.authorizationService = engine.getAuthorizationService();
        this.ballots = ballots;
        this.councilTasks = new CamundaCouncilTasks(taskService, identityService, engine.getHistoryService());
    }

    public int driveToEnd(String code) {
        return driveToEnd(code, new ArrayList<>());
    }

    /** Completes tasks of the instance with business key {@code code} until it ends, adding each to {@code path}. */
    public int driveToEnd(String code, List<Step> path) {
        int done = 0;
        // Whether the council votes by secret ballot, read once per meeting as a client showing the meeting would:
        // reading it for every member's task added three engine commands per vote to our side only. Any other task
        // ends the meeting (the next council may vote otherwise).
        Map<String, Boolean> meeting = new HashMap<>();
        for (int guard = 0; guard < 200; guard++) {
            List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(code).active().list();
            if (open.isEmpty()) {
                return done;
            }
            Task task = open.stream().filter(t -> NominationProcess.COUNCIL_VOTE.equals(t.getTaskDefinitionKey())).findFirst()
                    .orElse(open.get(0));
            String group = candidateGroup(task);
            String user = task.getAssignee() != null ? task.getAssignee() : userOf(group, task);
            path.add(new Step(task.getTaskDefinitionKey(), task.getAssignee() != null ? null : group, task.getAssignee()));
            if (!NominationProcess.COUNCIL_VOTE.equals(task.getTaskDefinitionKey())) {
                meeting.clear();
            }
            // The baseline's task ids carry a position suffix (communeReview_1): time both under the same step name.
            timed(task.getTaskDefinitionKey().replaceAll("_\\d+$", ""), () -> complete(task, user, meeting));
            done++;
        }
        throw new IllegalStateException("Nomination " + code + " did not end after 200 tasks");
    }

    private void complete(Task task, String user, Map<String, Boolean> meeting) {
        if (NominationProcess.COUNCIL_VOTE.equals(task.getTaskDefinitionKey()) && meeting.computeIfAbsent(NominationProcess.SECRET_BALLOT,
                id -> Boolean.TRUE.equals(taskService.getVariable(task.getId(), NominationProcess.SECRET_BALLOT)))) {
            // A secret ballot goes into the ballot box as POST /api/council/ballots/{taskId} does, not into a variable.
            as(user, () -> councilTasks.ballotTask(task.getId(), user).ifPresentOrElse(
                    b -> ballots.castOwn(b.processInstanceId(), user, Vote.YES.value()),
                    () -> {
                        throw new IllegalStateException("Ballot task " + task.getId() + " is not " + user + "'s");
                    }));
            as(user, () -> taskService.complete(task.getId()));
            return;
        }
        Map<String, Object> answer = ANSWERS.getOrDefault(task.getTaskDefinitionKey(),
                t -> Map.of(NominationProcess.OUTCOME, NominationProcess.OUTCOME_APPROVE)).apply(task);
        as(user, () -> taskService.complete(task.getId(), answer));
    }

    public static void timed(String step, Runnable work) {
        if (!timing) {
            work.run();
            return;
        }
        // The step, for the statement counter (round trips per step) and, as a JFR event, for a recording's samples.
        STEP.set(step);
        StepEvent event = new StepEvent();
        event.step = step;
        event.begin();
        long t0 = System.nanoTime();
        try {
            work.run();
        } finally {
            NANOS.computeIfAbsent(step, k -> new LongAdder()).add(System.nanoTime() - t0);
            STEP.remove();
            event.commit();
        }
    }

    /** One step of a profiled lifecycle in a JFR recording: its samples fall between its start and end on its thread. */
    @jdk.jfr.Name("khenthuong.BenchStep")
    @jdk.jfr.Label("Bench step")
    static class StepEvent extends jdk.jfr.Event {
        @jdk.jfr.Label("Step")
        String step;
    }

    private String candidateGroup(Task task) {
        if (task.getAssignee() != null) {
            return null;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has neither an assignee nor a candidate group");
    }

    private String userOf(String group, Task task) {
        String user = userOfGroup.computeIfAbsent(group, g -> {
            var member = identityService.createUserQuery().memberOfGroup(g).orderByUserId().asc().listPage(0, 1);
            return member.isEmpty() ? "" : member.get(0).getId();
        });
        if (user.isEmpty()) {
            throw new IllegalStateException("Nobody in group " + group + " can do task " + task.getTaskDefinitionKey());
        }
        return user;
    }

    /** Runs engine calls as {@code user} with their groups, as Tasklist's REST calls do. */
    public void as(String user, Runnable work) {
        identityService.setAuthentication(user, groups(user));
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public List<String> groups(String user) {
        return groupsOfUser.computeIfAbsent(user,
                u -> identityService.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
    }

    // --- the bare baseline: the same user tasks, no-op service tasks, the plain Java API ---

    /**
     * Builds and deploys the baseline from the path one of our nominations took: the same user tasks in the same
     * order, the same candidate groups, one task per council member (multi-instance), a no-op service task after each
     * step where ours has delegates; no gateways, listeners, timers or DMN. Returns the BPMN XML for the record.
     */
    public String deployBare(List<Step> path, List<String> filingGroups) {
        barePath = List.copyOf(path);
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE_PROCESS_KEY).name("Bench baseline")
                .camundaHistoryTimeToLive(3650).startEvent("start").camundaInitiator("initiator")
                .serviceTask("noop_start").camundaClass(NoOpDelegate.class.getName());
        int i = 0;
        while (i < path.size()) {
            Step step = path.get(i);
            int j = i;
            while (j < path.size() && path.get(j).taskKey().equals(step.taskKey()) && step.assignee() != null && path.get(j).assignee() != null) {
                j++;
            }
            String id = step.taskKey() + "_" + i;
            if (j > i + 1) {
                flow = flow.userTask(id).camundaAssignee("${member}").multiInstance().camundaCollection("${members_" + i + "}")
                        .camundaElementVariable("member").<org.camunda.bpm.model.bpmn.builder.UserTaskBuilder>multiInstanceDone();
                i = j;
            } else {
                flow = step.group() != null ? flow.userTask(id).camundaCandidateGroups(step.group())
                        : flow.userTask(id).camundaAssignee(step.assignee());
                i++;
            }
            flow = flow.serviceTask("noop_" + id).camundaClass(NoOpDelegate.class.getName());
        }
        BpmnModelInstance model = flow.endEvent("end").done();
        repositoryService.createDeployment().name("bench-bare").addModelInstance("bench/bareNomination.bpmn", model).deploy();
        for (String group : filingGroups) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(BARE_PROCESS_KEY);
            grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant.addPermission(ProcessDefinitionPermissions.READ);
            authorizationService.saveAuthorization(grant);
        }
        return Bpmn.convertToString(model);
    }

    /** One bare lifecycle, started and completed by the same users as ours; returns the number of tasks done. */
    public int bareLifecycle(String code, String filer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NominationProcess.NOMINATION_CODE, code);
        int i = 0;
        while (i < barePath.size()) {
            Step step = barePath.get(i);
            int j = i;
            List<String> members = new ArrayList<>();
            while (j < barePath.size() && barePath.get(j).taskKey().equals(step.taskKey()) && step.assignee() != null
                    && barePath.get(j).assignee() != null) {
                members.add(barePath.get(j).assignee());
                j++;
            }
            if (j > i + 1) {
                variables.put("members_" + i, members);
                i = j;
            } else {
                i++;
            }
        }
        // A bare engine has no variable guard: the bench's own process carries no allow-list, so its calls are trusted.
        return EngineCalls.trusted(() -> {
            timed("start", () -> as(filer, () -> runtimeService.startProcessInstanceByKey(BARE_PROCESS_KEY, code, variables)));
            return driveToEnd(code);
        });
    }

    /** Tasklist's first page for {@code user}: tasks of their groups, sorted by due date, with authorization checks on. */
    public List<String> tasklistFirstPage(String user, int pageSize) {
        List<String> ids = new ArrayList<>(pageSize);
        as(user, () -> taskService.createTaskQuery().taskCandidateGroupIn(groups(user)).includeAssignedTasks()
                .orderByDueDate().asc().listPage(0, pageSize).forEach(t -> ids.add(t.getId())));
        return ids;
    }

    public long tasklistCount(String user) {
        long[] count = new long[1];
        as(user, () -> count[0] = taskService.createTaskQuery().taskCandidateGroupIn(groups(user)).includeAssignedTasks().count());
        return count[0];
    }
}
