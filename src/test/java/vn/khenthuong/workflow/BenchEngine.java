package vn.khenthuong.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine side of the benchmark (test code; the engine stays in the workflow package). Drives a process
 * instance generically: find its open tasks, find who may do each (assignee, else a user of the candidate
 * group), complete it with the approving answer, until nothing is left. The route is decided by DMN on main,
 * so no sequence of steps is written down here; a new kind of task only needs an entry in {@link #ANSWERS}.
 */
public class BenchEngine {

    public static final String BARE_PROCESS_KEY = "bareNomination";

    /** The approving answer per task id; any other task gets {@code outcome = approve}. */
    static final Map<String, Function<Task, Map<String, Object>>> ANSWERS = Map.of(
            NominationProcess.PREPARE_DOSSIER, t -> Map.of(),
            NominationProcess.SUPPLEMENT_DOSSIER, t -> Map.of(),
            NominationProcess.COUNCIL_VOTE, t -> Map.of(NominationProcess.VOTE, NominationProcess.VOTE_YES),
            NominationProcess.DECISION, t -> Map.of(NominationProcess.DECISION_NUMBER, "2551/QĐ-UBND",
                    NominationProcess.DECISION_DATE, LocalDate.now().minusDays(1).toString()));

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;
    /** Time spent per step (task id, or a name given to {@link #timed}), summed while the bench profiles. */
    public static final Map<String, java.util.concurrent.atomic.LongAdder> NANOS = new ConcurrentHashMap<>();
    public static volatile boolean timing;
    private final Map<String, String> userOfGroup = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();

    public BenchEngine(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.repositoryService = engine.getRepositoryService();
        this.authorizationService = engine.getAuthorizationService();
    }

    /** Completes open tasks of the instance with business key {@code code} until it ends; returns the number of tasks done. */
    public int driveToEnd(String code) {
        int done = 0;
        for (int guard = 0; guard < 100; guard++) {
            List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(code).active().list();
            if (open.isEmpty()) {
                return done;
            }
            for (Task task : open) {
                String user = whoCanDo(task);
                Map<String, Object> answer = ANSWERS.getOrDefault(task.getTaskDefinitionKey(),
                        t -> Map.of(NominationProcess.OUTCOME, NominationProcess.OUTCOME_APPROVE)).apply(task);
                timed(task.getTaskDefinitionKey(), () -> as(user, () -> taskService.complete(task.getId(), answer)));
                done++;
            }
        }
        throw new IllegalStateException("Nomination " + code + " did not end after 100 rounds of tasks");
    }

    public static void timed(String step, Runnable work) {
        if (!timing) {
            work.run();
            return;
        }
        long t0 = System.nanoTime();
        work.run();
        NANOS.computeIfAbsent(step, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
    }

    private String whoCanDo(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                String user = userOfGroup.computeIfAbsent(link.getGroupId(), g -> {
                    var member = identityService.createUserQuery().memberOfGroup(g).orderByUserId().asc().listPage(0, 1);
                    return member.isEmpty() ? "" : member.get(0).getId();
                });
                if (!user.isEmpty()) {
                    return user;
                }
            }
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                return link.getUserId();
            }
        }
        throw new IllegalStateException("Nobody can do task " + task.getTaskDefinitionKey() + " " + task.getId());
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

    /** Deploys the baseline and lets the communes start it, as IdentitySetup lets them start ours. */
    public void deployBare(List<String> filingGroups) {
        repositoryService.createDeployment().name("bench-bare").enableDuplicateFiltering(false)
                .addClasspathResource("bench/bareNomination.bpmn").deploy();
        for (String group : filingGroups) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(BARE_PROCESS_KEY);
            grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant.addPermission(ProcessDefinitionPermissions.READ);
            authorizationService.saveAuthorization(grant);
        }
    }

    /** One bare lifecycle, started and completed by the same users as ours; returns the number of tasks done. */
    public int bareLifecycle(String code, String commune, String district, String filer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NominationProcess.NOMINATION_CODE, code);
        variables.put(NominationProcess.UNIT_CODE, commune);
        variables.put(NominationProcess.DISTRICT_CODE, district);
        variables.put(NominationProcess.PROVINCE_CODE, "laichau");
        variables.put(NominationProcess.COUNCIL_MEMBERS, councilOf(district));
        timed("start", () -> as(filer, () -> runtimeService.startProcessInstanceByKey(BARE_PROCESS_KEY, code, variables)));
        return driveToEnd(code);
    }

    private List<String> councilOf(String district) {
        return new ArrayList<>(identityService.createUserQuery().memberOfGroup("council." + district).orderByUserId().asc().list()
                .stream().map(u -> u.getId()).toList());
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
