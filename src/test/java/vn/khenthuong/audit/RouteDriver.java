package vn.khenthuong.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.khenthuong.council.Ballots;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/**
 * Drives a nomination through whatever route the process takes: finds the open task, finds who may do it (its
 * assignee, else the first user of its candidate group), claims it as Tasklist would, completes it with the
 * answer the test gives for that task and occurrence, and records what it did. No task sequence is assumed.
 */
class RouteDriver {

    /** One completed task: which, by whom, with what. */
    record Action(String taskKey, String user, boolean claimed, Map<String, Object> variables) {
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The key of the action "a timer fired" (no person involved). */
    static final String TIMER = "(timer)";

    final TaskService taskService;
    final IdentityService identityService;
    final NominationWorkflow workflow;
    final ManagementService managementService;
    final RuntimeService runtimeService;
    final Ballots ballots;
    final List<Action> actions = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    RouteDriver(ProcessEngine engine, NominationWorkflow workflow, Ballots ballots) {
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.managementService = engine.getManagementService();
        this.runtimeService = engine.getRuntimeService();
        this.workflow = workflow;
        this.ballots = ballots;
    }

    /** Another CCCD each time (ProcessDriver's sequence): a fixed one collided with dossiers other classes left in a shared database. */
    static NewDossier dossier(String awardKind, String nominee) {
        return new NewDossier(awardKind, null, "PERIODIC", NomineeKind.INDIVIDUAL, nominee, vn.khenthuong.workflow.ProcessDriver.nextIdNumber(), 1985, "MALE",
                "Trưởng bản Pu Sam Cáp", "Bản Pu Sam Cáp, xã Pu Sam Cáp", null, null, null,
                "Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.", 2019);
    }

    /** The approving answer for each known task (a secret ballot's vote may move to the council API); a task this driver does not know is approved with a comment. */
    static Map<String, Object> approve(String taskKey) {
        Map<String, Object> v = new HashMap<>();
        switch (taskKey) {
            case "prepareDossier", "supplementDossier" -> { }
            case "councilVote" -> v.put("vote", "yes");
            case "recordWrittenBallots", "handleOverdueSupplementation" -> { }
            case "councilConclusion" -> {
                v.put("conclusion", "propose");
                v.put("comment", "Đề nghị khen thưởng như hồ sơ");
            }
            case "decision" -> {
                v.put("decisionNumber", "2551/QĐ-UBND");
                v.put("decisionDate", LocalDate.now().toString());
            }
            default -> {
                v.put("outcome", "approve");
                v.put("comment", "Đồng ý");
            }
        }
        return v;
    }

    /**
     * Runs the nomination until no task is open. {@code answers} gets the task key and how many times that key
     * was completed before; {@code before} runs just before a task is completed (to upload documents, say).
     */
    void run(String code, BiFunction<String, Integer, Map<String, Object>> answers, BiConsumer<String, Integer> before) {
        run(code, answers, before, a -> { });
    }

    /** As above; {@code after} gets each action once its task is completed. */
    void run(String code, BiFunction<String, Integer, Map<String, Object>> answers, BiConsumer<String, Integer> before,
             java.util.function.Consumer<Action> after) {
        for (int guard = 0; guard < 200; guard++) {
            // The meeting is closed only once every member has voted.
            List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(code).active()
                    .orderByTaskCreateTime().asc().orderByTaskAssignee().asc().list().stream()
                    .sorted(java.util.Comparator.comparing(t -> "recordWrittenBallots".equals(t.getTaskDefinitionKey()))).toList();
            if (open.isEmpty()) {
                if (!waitedForTimer(code)) {
                    return;
                }
                after.accept(new Action(TIMER, null, false, Map.of()));
                continue;
            }
            Task task = open.get(0);
            String key = task.getTaskDefinitionKey();
            int occurrence = occurrences.getOrDefault(key, 0);
            if (occurrence >= 5) {
                throw new AssertionError("Nomination " + code + " keeps coming back to " + key + ": "
                        + taskService.getVariables(task.getId()).get("problems"));
            }
            boolean claim = task.getAssignee() == null;
            String user = claim ? candidate(task) : task.getAssignee();
            before.accept(key, occurrence);
            Map<String, Object> variables = answers.apply(key, occurrence);
            if (claim) {
                as(user, () -> taskService.claim(task.getId(), user));
                pause();
            }
            if ("councilVote".equals(key) && Boolean.TRUE.equals(taskService.getVariable(task.getId(), "secretBallot"))) {
                // A secret ballot goes into the ballot box (as POST /api/council/ballots does), never into a variable.
                ballots.castOwn(task.getProcessInstanceId(), user, (String) variables.get("vote"));
                as(user, () -> taskService.complete(task.getId()));
            } else {
                as(user, () -> taskService.complete(task.getId(), variables));
            }
            Action action = new Action(key, user, claim, variables);
            actions.add(action);
            occurrences.merge(key, 1, Integer::sum);
            after.accept(action);
            pause();
        }
        throw new AssertionError("Nomination " + code + " did not end within 200 tasks");
    }

    /** With no task open, a waiting timer (a public disclosure window, say) is let run now; false when nothing waits. */
    private boolean waitedForTimer(String code) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
        if (instance == null) {
            return false;
        }
        List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId()).list();
        if (timers.isEmpty()) {
            throw new AssertionError("Nomination " + code + " waits with neither a task nor a job");
        }
        managementService.executeJob(timers.get(0).getId());
        return true;
    }

    private String candidate(Task task) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    return link.getUserId();
                }
                List<User> users = identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc().list();
                if (!users.isEmpty()) {
                    return users.get(0).getId();
                }
            }
        }
        throw new AssertionError("Nobody may do task " + task.getTaskDefinitionKey());
    }

    void as(String user, Runnable work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** People do not act twice in the same millisecond; the trail's order among separate acts relies on their times. */
    static void pause() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
