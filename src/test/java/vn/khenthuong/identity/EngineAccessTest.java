package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Only administrators touch jobs, history cleanup, other users' passwords and the password check; the auditor is
 * read-only everywhere (issue 13, point 4). Over real HTTP through /engine-rest (HTTP Basic) and the webapps' engine
 * API (session + Camunda's CSRF token), each refusal made by the wrong user and checked against the engine's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineAccessTest {

    static final String AUDITOR = "thanhtra";
    static final String COMMUNE = "xa.pusamcap";
    static final String COUNCIL = "hd.sinho.2";
    static final List<String> NON_ADMINS = List.of(AUDITOR, COMMUNE, COUNCIL);
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort int port;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    Web web;
    String jobId;
    String taskId;

    /** The attempts on the history cleanup job: method, path under the engine's root, JSON body. */
    static List<String[]> jobAttempts(String jobId) {
        return List.of(
                new String[] {"POST", "/history/cleanup", ""},
                new String[] {"POST", "/history/cleanup?immediatelyDue=true", ""},
                new String[] {"PUT", "/job/" + jobId + "/suspended", "{\"suspended\":true}"},
                new String[] {"PUT", "/job/" + jobId + "/retries", "{\"retries\":0}"},
                new String[] {"PUT", "/job/" + jobId + "/duedate", "{\"duedate\":\"2031-01-01T00:00:00.000+0000\"}"},
                new String[] {"POST", "/job/" + jobId + "/execute", ""},
                new String[] {"DELETE", "/job/" + jobId, ""},
                new String[] {"PUT", "/job/suspended", "{\"jobDefinitionId\":null,\"processDefinitionKey\":null,\"suspended\":true}"},
                new String[] {"POST", "/job/retries", "{\"jobIds\":[\"" + jobId + "\"],\"retries\":0}"});
    }

    @BeforeEach
    void setUp() {
        web = new Web(port);
        List<Job> jobs = historyService.findHistoryCleanupJobs();
        jobId = jobs.isEmpty() ? historyService.cleanUpHistoryAsync().getId() : jobs.get(0).getId();
        // Inside the nightly cleanup window (22:00–05:00) the job executor would run this job and move its due date
        // while a test compares it; parked a year ahead, the job changes only when an attempt changes it.
        managementService.setJobDuedate(jobId, java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(365))));
        Task task = taskService.newTask();
        task.setName("Rà soát hồ sơ (kiểm thử quyền)");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap"));
        taskId = task.getId();
    }

    @AfterEach
    void cleanUp() {
        taskService.deleteTask(taskId, true);
        jdbc.update("DELETE FROM login_throttle");
    }

    /** What a refused attempt must not have changed. */
    record JobState(boolean exists, boolean suspended, int retries, java.util.Date dueDate) {
    }

    JobState job() {
        Job job = managementService.createJobQuery().jobId(jobId).singleResult();
        return job == null ? new JobState(false, false, 0, null) : new JobState(true, job.isSuspended(), job.getRetries(), job.getDuedate());
    }

    HttpRequest.Builder request(String root, String[] attempt) {
        return attempt[2].isEmpty() && !attempt[0].equals("PUT")
                ? web.json(attempt[0], root + attempt[1], attempt[0].equals("DELETE") ? "" : "{}")
                : web.json(attempt[0], root + attempt[1], attempt[2]);
    }

    static void assertRefused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
        assertThat(response.body()).as(what).contains("Chỉ quản trị viên");
    }

    @Test
    void nonAdministratorsCannotTouchTheHistoryCleanupJobThroughEngineRest() throws Exception {
        JobState before = job();
        assertThat(before.exists()).isTrue();
        long jobs = managementService.createJobQuery().count();
        for (String user : NON_ADMINS) {
            for (String[] attempt : jobAttempts(jobId)) {
                String what = user + " " + attempt[0] + " " + attempt[1];
                assertRefused(web.send(Web.basic(request("/engine-rest", attempt), user, "demo")), what);
                assertThat(job()).as(what).isEqualTo(before);
                assertThat(managementService.createJobQuery().count()).as(what).isEqualTo(jobs);
            }
            // The auditor may read jobs; the others may not even do that.
            HttpResponse<String> read = web.send(Web.basic(web.get("/engine-rest/job/" + jobId), user, "demo"));
            assertThat(read.statusCode()).as(user).isEqualTo(user.equals(AUDITOR) ? 200 : 403);
        }
    }

    @Test
    void spellingsOfTheSamePathAreRefusedAlike() throws Exception {
        JobState before = job();
        for (String path : List.of("/engine-rest/engine/default/job/" + jobId + "/suspended", "/engine-rest/job/" + jobId + "/suspended/",
                "/engine-rest/j%6Fb/" + jobId + "/suspended", "/engine-rest/engine/default/history/cleanup")) {
            HttpResponse<String> response = web.send(Web.basic(web.json(path.endsWith("cleanup") ? "POST" : "PUT", path,
                    "{\"suspended\":true}"), COMMUNE, "demo"));
            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 403, 404);
            assertThat(job()).as(path).isEqualTo(before);
        }
    }

    @Test
    void administratorManagesTheHistoryCleanupJob() throws Exception {
        JobState before = job();
        assertThat(web.send(Web.basic(web.get("/engine-rest/job/" + jobId), "admin", "demo")).statusCode()).isEqualTo(200);
        HttpResponse<String> suspend = web.send(Web.basic(web.json("PUT", "/engine-rest/job/" + jobId + "/suspended",
                "{\"suspended\":true}"), "admin", "demo"));
        assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(204);
        assertThat(job().suspended()).isTrue();
        HttpResponse<String> resume = web.send(Web.basic(web.json("PUT", "/engine-rest/job/" + jobId + "/suspended",
                "{\"suspended\":false}"), "admin", "demo"));
        assertThat(resume.statusCode()).isEqualTo(204);
        HttpResponse<String> retries = web.send(Web.basic(web.json("PUT", "/engine-rest/job/" + jobId + "/retries",
                "{\"retries\":" + before.retries() + "}"), "admin", "demo"));
        assertThat(retries.statusCode()).isEqualTo(204);
        assertThat(job()).isEqualTo(before);
        // Through the webapps (Cockpit) as well.
        Web.Browser admin = web.webapp("admin", "demo");
        HttpResponse<String> cockpit = web.send(web.inWebapp(web.json("PUT", WEBAPP_ENGINE + "/job/" + jobId + "/retries",
                "{\"retries\":" + before.retries() + "}"), admin));
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(204);
        assertThat(web.send(Web.basic(web.json("POST", "/engine-rest/identity/verify",
                "{\"username\":\"xa.pusamcap\",\"password\":\"demo\"}"), "admin", "demo")).body()).contains("\"authenticated\":true");
    }

    @Test
    void nonAdministratorsCannotTouchTheHistoryCleanupJobThroughTheWebapps() throws Exception {
        JobState before = job();
        for (String user : List.of(AUDITOR, COMMUNE)) {
            Web.Browser browser = web.webapp(user, "demo");
            for (String[] attempt : jobAttempts(jobId)) {
                String what = user + " webapp " + attempt[0] + " " + attempt[1];
                assertRefused(web.send(web.inWebapp(request(WEBAPP_ENGINE, attempt), browser)), what);
                assertThat(job()).as(what).isEqualTo(before);
            }
        }
    }

    @Test
    void nobodyButAdministratorsGetsAPasswordOracle() throws Exception {
        for (String user : NON_ADMINS) {
            for (String password : List.of("demo", "sai")) {
                HttpResponse<String> verify = web.send(Web.basic(web.json("POST", "/engine-rest/identity/verify",
                        "{\"username\":\"admin\",\"password\":\"" + password + "\"}"), user, "demo"));
                assertRefused(verify, user + " verify");
                assertThat(verify.body()).doesNotContain("authenticated");
            }
        }
        Web.Browser auditor = web.webapp(AUDITOR, "demo");
        HttpResponse<String> viaWebapp = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/identity/verify",
                "{\"username\":\"admin\",\"password\":\"demo\"}"), auditor));
        assertRefused(viaWebapp, "auditor webapp verify");
        assertThat(viaWebapp.body()).doesNotContain("authenticated");
    }

    @Test
    void theAuditorCannotCommentOrAttachButReadsEverything() throws Exception {
        HttpResponse<String> comment = web.send(Web.basic(web.json("POST", "/engine-rest/task/" + taskId + "/comment/create",
                "{\"message\":\"Thanh tra ghi chú\"}"), AUDITOR, "demo"));
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(403);
        assertThat(comment.body()).contains("chỉ được xem");
        HttpResponse<String> attachment = web.send(Web.basic(web.multipart("/engine-rest/task/" + taskId + "/attachment/create",
                "content", "ghichu.txt", "noi dung", "attachment-name", "ghichu.txt", "attachment-type", "text/plain"), AUDITOR, "demo"));
        assertThat(attachment.statusCode()).as(attachment.body()).isEqualTo(403);
        Web.Browser browser = web.webapp(AUDITOR, "demo");
        HttpResponse<String> webappComment = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/task/" + taskId + "/comment/create",
                "{\"message\":\"Thanh tra ghi chú\"}"), browser));
        assertThat(webappComment.statusCode()).as(webappComment.body()).isEqualTo(403);
        HttpResponse<String> webappAttachment = web.send(web.inWebapp(web.multipart(WEBAPP_ENGINE + "/task/" + taskId + "/attachment/create",
                "content", "ghichu.txt", "noi dung", "attachment-name", "ghichu.txt"), browser));
        assertThat(webappAttachment.statusCode()).as(webappAttachment.body()).isEqualTo(403);
        assertThat(taskService.getTaskComments(taskId)).isEmpty();
        assertThat(taskService.getTaskAttachments(taskId)).isEmpty();

        // Reading works: lists, history and the queries that take their filter as a POST body.
        Function<HttpRequest.Builder, HttpResponse<String>> asAuditor = r -> {
            try {
                return web.send(Web.basic(r, AUDITOR, "demo"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(asAuditor.apply(web.get("/engine-rest/task")).body()).contains(taskId);
        assertThat(asAuditor.apply(web.get("/engine-rest/history/process-instance")).statusCode()).isEqualTo(200);
        assertThat(asAuditor.apply(web.json("POST", "/engine-rest/history/process-instance", "{\"finished\":false}")).statusCode()).isEqualTo(200);
        assertThat(asAuditor.apply(web.json("POST", "/engine-rest/history/process-instance/count", "{}")).statusCode()).isEqualTo(200);
        assertThat(asAuditor.apply(web.json("POST", "/engine-rest/task", "{\"taskId\":\"" + taskId + "\"}")).body()).contains(taskId);
        assertThat(asAuditor.apply(web.get("/engine-rest/task/" + taskId + "/comment")).statusCode()).isEqualTo(200);
        assertThat(web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + "/task", "{}"), browser)).body()).contains(taskId);

        // The candidate herself may comment: the refusal is the auditor's, not a general one.
        HttpResponse<String> own = web.send(Web.basic(web.json("POST", "/engine-rest/task/" + taskId + "/comment/create",
                "{\"message\":\"Đã xem\"}"), COMMUNE, "demo"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(taskService.getTaskComments(taskId)).hasSize(1);
    }

    @Test
    void nonAdministratorsCannotChangeAnotherUsersPassword() throws Exception {
        for (String user : NON_ADMINS) {
            for (String target : List.of("admin", "tinh.chutich")) {
                HttpResponse<String> change = web.send(Web.basic(web.json("PUT", "/engine-rest/user/" + target + "/credentials",
                        "{\"password\":\"Chiem-quyen-2026\",\"authenticatedUserPassword\":\"demo\"}"), user, "demo"));
                assertThat(change.statusCode()).as(user + " -> " + target + ": " + change.body()).isIn(401, 403);
                assertThat(identityService.checkPassword(target, "demo")).as(target).isTrue();
            }
        }
        Web.Browser commune = web.webapp(COMMUNE, "demo");
        HttpResponse<String> viaWebapp = web.send(web.inWebapp(web.json("PUT", WEBAPP_ENGINE + "/user/admin/credentials",
                "{\"password\":\"Chiem-quyen-2026\",\"authenticatedUserPassword\":\"demo\"}"), commune));
        assertThat(viaWebapp.statusCode()).as(viaWebapp.body()).isIn(401, 403);
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
    }
}
