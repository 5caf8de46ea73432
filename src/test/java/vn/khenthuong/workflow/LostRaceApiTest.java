package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/**
 * The loser of a race gets a clear answer through every door (issue 20, point 2): two officials completing the same
 * task at the same instant over real HTTP — through /engine-rest, the webapps' engine API (Tasklist) and our /api —
 * give one 204 and one 409 problem detail in Vietnamese, never a 500, and the process moves on once. A ballot sent
 * after the meeting closed is 409 "Phiên họp đã kết thúc".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=lost-race")
@ActiveProfiles("test")
class LostRaceApiTest {

    static final int RACES = 4;

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();
    final ExecutorService pool = Executors.newFixedThreadPool(2);
    ProcessDriver driver;

    @BeforeEach
    void driver() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    String origin() {
        return "http://localhost:" + port;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder post(String path, Object body) throws Exception {
        return HttpRequest.newBuilder(URI.create(origin() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)").matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A browser signed in through our login page and opened Tasklist: its cookies and Camunda's CSRF token. */
    String[] tasklistBrowser(String user) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(origin() + "/login")).GET());
        String csrf = cookie(page, "KT-XSRF-TOKEN");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "KT-XSRF-TOKEN=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        String session = cookie(login, "JSESSIONID");
        HttpResponse<String> tasklist = send(HttpRequest.newBuilder(URI.create(origin() + "/camunda/app/tasklist/default/"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        return new String[] {"JSESSIONID=" + session + "; XSRF-TOKEN=" + cookie(tasklist, "XSRF-TOKEN"), cookie(tasklist, "XSRF-TOKEN")};
    }

    /** Fires the requests at the same instant; returns the responses in order. */
    List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> r : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                return r.call();
            }));
        }
        start.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** One 204 and one 409 in Vietnamese and English; returns the 409's body. */
    JsonNode oneWinsOneLoses(List<HttpResponse<String>> answers) throws Exception {
        assertThat(answers).extracting(HttpResponse::statusCode).as(() -> answers.stream().map(HttpResponse::body).toList().toString())
                .containsExactlyInAnyOrder(204, 409);
        HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(lost.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(lost.body());
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("detailEn").asText()).isNotBlank();
        return problem;
    }

    String toCommuneReview() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        return code;
    }

    static Map<String, Object> approve() {
        return Map.of("variables", Map.of("outcome", Map.of("value", "approve", "type", "String"),
                "comment", Map.of("value", "Đủ điều kiện", "type", "String")));
    }

    int countTasks(String code, String key) {
        return (int) taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).count();
    }

    // ---- the doors -----------------------------------------------------------------------------------------------

    @Test
    void twoCompletionsOfOneTaskThroughEngineRestGiveOne204AndOne409() throws Exception {
        for (int i = 0; i < RACES; i++) {
            String code = toCommuneReview();
            Task review = driver.task(code, NominationProcess.COMMUNE_REVIEW, null);
            String path = "/engine-rest/task/" + review.getId() + "/complete";

            JsonNode problem = oneWinsOneLoses(together(List.of(
                    () -> send(post(path, approve()).header("Authorization", basic("xa.pusamcap"))),
                    () -> send(post(path, approve()).header("Authorization", basic("xa.pusamcap"))))));

            assertThat(problem.get("title").asText()).isEqualTo("Hồ sơ đã được người khác xử lý");
            assertThat(problem.get("message").asText()).contains("người khác xử lý"); // what Tasklist shows
            assertThat(countTasks(code, NominationProcess.DISTRICT_REVIEW)).isEqualTo(1);
            assertThat(countTasks(code, NominationProcess.COMMUNE_REVIEW)).isZero();
        }
    }

    @Test
    void twoCompletionsOfOneTaskThroughTasklistsEngineApiGiveOne204AndOne409() throws Exception {
        String[] first = tasklistBrowser("xa.pusamcap");
        String[] second = tasklistBrowser("xa.pusamcap");
        for (int i = 0; i < RACES; i++) {
            String code = toCommuneReview();
            Task review = driver.task(code, NominationProcess.COMMUNE_REVIEW, null);
            String path = "/camunda/api/engine/engine/default/task/" + review.getId() + "/complete";

            JsonNode problem = oneWinsOneLoses(together(List.of(
                    () -> send(post(path, approve()).header("Cookie", first[0]).header("X-XSRF-TOKEN", first[1]).header("Origin", origin())),
                    () -> send(post(path, approve()).header("Cookie", second[0]).header("X-XSRF-TOKEN", second[1]).header("Origin", origin())))));

            assertThat(problem.get("detail").asText()).contains("người khác xử lý");
            assertThat(countTasks(code, NominationProcess.DISTRICT_REVIEW)).isEqualTo(1);
        }
    }

    @Test
    void theSecretarysWrittenBallotRacingTheMembersOwnCompletionGivesOne204AndOne409() throws Exception {
        for (int i = 0; i < RACES; i++) {
            String code = driver.toCouncilVote("BK_TINH");
            Task vote = driver.task(code, NominationProcess.COUNCIL_VOTE, "hd.sinho.3");
            Task secretary = driver.task(code, NominationProcess.RECORD_WRITTEN_BALLOTS, null);
            ballots.markAbsent(vote.getProcessInstanceId(), "hd.sinho.3", "CV-" + i, "hd.sinho.1");

            List<HttpResponse<String>> answers = together(List.of(
                    () -> send(post("/api/council/meetings/" + secretary.getId() + "/written-ballots",
                            Map.of("member", "hd.sinho.3", "vote", "no")).header("Authorization", basic("hd.sinho.1"))),
                    () -> send(post("/engine-rest/task/" + vote.getId() + "/complete",
                            Map.of("variables", Map.of("vote", Map.of("value", "yes", "type", "String")))).header("Authorization", basic("hd.sinho.3")))));

            oneWinsOneLoses(answers);
            // Exactly one ballot of the member, in the mode of whoever won.
            List<String> modes = jdbc.queryForList("select p.mode from council_participation p join nomination n on n.id = p.nomination_id "
                    + "where n.code = ? and p.member = 'hd.sinho.3'", String.class, code);
            assertThat(modes).hasSize(1);
            assertThat(modes.get(0)).isEqualTo(answers.get(0).statusCode() == 204 ? Ballots.WRITTEN : Ballots.IN_PERSON);
            assertThat(taskService.createTaskQuery().taskId(vote.getId()).count()).isZero();
        }
    }

    @Test
    void aBallotAfterTheMeetingClosedIs409MeetingEnded() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        Task vote = driver.task(code, NominationProcess.COUNCIL_VOTE, "hd.sinho.4");
        driver.closeMeeting(code, "hd.sinho.1");

        HttpResponse<String> late = send(post("/api/council/ballots/" + vote.getId(), Map.of("vote", "yes"))
                .header("Authorization", basic("hd.sinho.4")));

        assertThat(late.statusCode()).as(late::body).isEqualTo(409);
        JsonNode problem = json.readTree(late.body());
        assertThat(problem.get("detail").asText()).startsWith("Phiên họp đã kết thúc");
        assertThat(problem.get("detailEn").asText()).contains("meeting has ended");
        // Someone else's ended task stays unknown (404), not a hint about another member's meeting.
        HttpResponse<String> other = send(post("/api/council/ballots/" + vote.getId(), Map.of("vote", "yes"))
                .header("Authorization", basic("hd.sinho.5")));
        assertThat(other.statusCode()).as(other::body).isEqualTo(404);
        // Completing the vanished task through /engine-rest is a lost race too, not a 500.
        HttpResponse<String> complete = send(post("/engine-rest/task/" + vote.getId() + "/complete", Map.of("variables", Map.of()))
                .header("Authorization", basic("hd.sinho.4")));
        assertThat(complete.statusCode()).as(complete::body).isEqualTo(409);
    }
}
