package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * Tasklist's own features on a real nomination task (issue 17): its official comments on it, reads its history and
 * gives back what he claimed — through /engine-rest, through the webapps' engine API and through the Java API —
 * while another unit's official, a colleague who did not claim it and the auditor are refused, and nothing of theirs
 * is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFeaturesTest {

    static final String OFFICIAL = "xa.pusamcap";
    static final String OTHER_UNIT = "xa.phucthan";
    static final String AUDITOR = "thanhtra";
    static final String COLLEAGUE = "xa.pusamcap.dongnghiep";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    Web web;
    String taskId;

    @BeforeEach
    void setUp() {
        web = new Web(port);
        ProcessDriver driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String code = driver.start("BK_TINH");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).as("a task of the commune's officials")
                .anyMatch(link -> Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap").equals(link.getGroupId()));
        taskId = task.getId();
        if (identityService.createUserQuery().userId(COLLEAGUE).count() == 0) {
            User colleague = identityService.newUser(COLLEAGUE);
            colleague.setFirstName("Lò Thị");
            colleague.setLastName("Hương");
            colleague.setPassword("demo");
            identityService.saveUser(colleague);
            identityService.createMembership(COLLEAGUE, Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap"));
        }
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    HttpResponse<String> basic(String user, String method, String path, String body) throws Exception {
        return web.send(Web.basic(web.json(method, "/engine-rest" + path, body), user, "demo"));
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return web.send(Web.basic(web.get("/engine-rest" + path), user, "demo"));
    }

    String assignee() {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void theOfficialCommentsOnHisTaskAndReadsItsHistoryInTasklist() throws Exception {
        HttpResponse<String> comment = basic(OFFICIAL, "POST", "/task/" + taskId + "/comment/create", "{\"message\":\"Đã kiểm tra tờ trình\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
        Web.Browser browser = web.webapp(OFFICIAL, "demo");
        HttpResponse<String> viaTasklist = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/task/" + taskId + "/comment/create",
                "{\"message\":\"Thiếu biên bản họp bản\"}"), browser));
        assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(200);
        assertThat(taskService.getTaskComments(taskId)).extracting(c -> c.getFullMessage())
                .containsExactlyInAnyOrder("Đã kiểm tra tờ trình", "Thiếu biên bản họp bản");

        // The "Lịch sử" tab: comments, and the operations on the task (a claim here).
        assertThat(basic(OFFICIAL, "POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + OFFICIAL + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> comments = web.send(web.inWebapp(web.get(WEBAPP_ENGINE + "/task/" + taskId + "/comment"), browser));
        assertThat(comments.statusCode()).as(comments.body()).isEqualTo(200);
        assertThat(comments.body()).contains("Đã kiểm tra tờ trình");
        HttpResponse<String> operations = web.send(web.inWebapp(web.get(WEBAPP_ENGINE + "/history/user-operation?taskId=" + taskId), browser));
        assertThat(operations.statusCode()).as(operations.body()).isEqualTo(200);
        assertThat(operations.body()).contains("\"operationType\":\"Claim\"").contains(OFFICIAL);
        assertThat(get(OFFICIAL, "/history/task?taskId=" + taskId).body()).contains(taskId);
    }

    @Test
    void noOneElseCommentsOnTheTaskOrReadsItsHistory() throws Exception {
        taskService.createComment(taskId, null, "Ý kiến của cán bộ xã");
        for (String user : List.of(OTHER_UNIT, AUDITOR)) {
            HttpResponse<String> rest = basic(user, "POST", "/task/" + taskId + "/comment/create", "{\"message\":\"Chen ngang\"}");
            assertThat(rest.statusCode()).as(user + ": " + rest.body()).isIn(400, 403, 404);
            Web.Browser browser = web.webapp(user, "demo");
            HttpResponse<String> webapp = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/task/" + taskId + "/comment/create",
                    "{\"message\":\"Chen ngang\"}"), browser));
            assertThat(webapp.statusCode()).as(user + ": " + webapp.body()).isIn(400, 403, 404);
        }
        // The engine refuses too, whatever door the REST layer's own check leaves: another unit, and a whole dossier.
        for (String user : List.of(OTHER_UNIT, AUDITOR)) {
            String processInstanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
            as(user, () -> {
                assertThatThrownBy(() -> taskService.createComment(taskId, null, "Chen ngang")).as(user).isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> taskService.createComment(null, processInstanceId, "Chen ngang")).as(user)
                        .isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> taskService.createAttachment("text/plain", taskId, null, "ghi-chu.txt", "", "https://vi.example"))
                        .as(user).isInstanceOf(AuthorizationException.class);
            });
        }
        assertThat(taskService.getTaskComments(taskId)).extracting(c -> c.getFullMessage()).containsExactly("Ý kiến của cán bộ xã");
        assertThat(taskService.getTaskAttachments(taskId)).isEmpty();

        // Another unit's official reads nothing of the task's history.
        assertThat(get(OTHER_UNIT, "/task/" + taskId + "/comment").statusCode()).isIn(403, 404);
        assertThat(get(OTHER_UNIT, "/history/task?taskId=" + taskId).body()).isEqualTo("[]");
        assertThat(get(OTHER_UNIT, "/history/user-operation?taskId=" + taskId).body()).isEqualTo("[]");
        as(OTHER_UNIT, () -> assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).count()).isZero());
        as(OFFICIAL, () -> assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).count()).isOne());
    }

    @Test
    void whoClaimedATaskGivesItBackAndNoOneElseCan() throws Exception {
        assertThat(basic(OFFICIAL, "POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + OFFICIAL + "\"}").statusCode()).isEqualTo(204);
        assertThat(assignee()).isEqualTo(OFFICIAL);

        // A colleague of the same unit, another unit's official and the auditor cannot take it from him.
        for (String user : List.of(COLLEAGUE, OTHER_UNIT, AUDITOR)) {
            HttpResponse<String> unclaim = basic(user, "POST", "/task/" + taskId + "/unclaim", "");
            assertThat(unclaim.statusCode()).as(user + ": " + unclaim.body()).isIn(403, 404);
            HttpResponse<String> claimNull = basic(user, "POST", "/task/" + taskId + "/claim", "{\"userId\":null}");
            assertThat(claimNull.statusCode()).as(user + ": " + claimNull.body()).isIn(400, 403, 404);
            assertThat(assignee()).as(user).isEqualTo(OFFICIAL);
        }
        HttpResponse<String> refused = basic(COLLEAGUE, "POST", "/task/" + taskId + "/unclaim", "");
        assertThat(refused.body()).contains("chỉ người đã nhận mới trả lại được").doesNotContain("TASK_ASSIGN");

        // He releases it with the × of Tasklist: back to the unit's queue, a colleague may claim it.
        Web.Browser browser = web.webapp(OFFICIAL, "demo");
        HttpResponse<String> release = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/task/" + taskId + "/unclaim", ""), browser));
        assertThat(release.statusCode()).as(release.body()).isEqualTo(204);
        assertThat(assignee()).isNull();
        assertThat(basic(COLLEAGUE, "POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + COLLEAGUE + "\"}").statusCode()).isEqualTo(204);
        assertThat(assignee()).isEqualTo(COLLEAGUE);
        // Assigning to another person stays the administrator's.
        HttpResponse<String> assign = basic(COLLEAGUE, "POST", "/task/" + taskId + "/assignee", "{\"userId\":\"" + OFFICIAL + "\"}");
        assertThat(assign.statusCode()).as(assign.body()).isEqualTo(403);
        assertThat(basic("admin", "POST", "/task/" + taskId + "/unclaim", "").statusCode()).isEqualTo(204);
        assertThat(assignee()).isNull();
    }

    @Test
    void aTaskAssignedToOnePersonAloneCannotBeReleased() throws Exception {
        Task ballot = taskService.newTask();
        ballot.setName("Bỏ phiếu (kiểm thử)");
        ballot.setAssignee("hd.sinho.2");
        taskService.saveTask(ballot);
        try {
            HttpResponse<String> release = basic("hd.sinho.2", "POST", "/task/" + ballot.getId() + "/unclaim", "");
            assertThat(release.statusCode()).as(release.body()).isEqualTo(403);
            assertThat(release.body()).contains("được giao riêng");
            assertThat(taskService.createTaskQuery().taskId(ballot.getId()).singleResult().getAssignee()).isEqualTo("hd.sinho.2");
        } finally {
            taskService.deleteTask(ballot.getId(), true);
        }
    }

    void as(String user, Runnable work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
