package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.testsupport.PostgresInitializer;

/**
 * Simultaneous council votes on different members' tasks do not conflict at all (issue 20, point 2), on PostgreSQL over
 * real HTTP: in each round, open and secret, all five members of the council cast their ballot and complete their
 * councilVote task at the same instant from five threads, as the form does (POST /api/council/ballots, then the task's
 * completion). Every one answers 204 the first time, with no retry, and the tally counts each ballot once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=votes-race")
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class CouncilVotesRacePostgresTest {

    static final int ROUNDS = 10;
    static final int MEMBERS = 5;

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
    ProcessDriver driver;

    @BeforeEach
    void driver() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    HttpResponse<String> post(String user, String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new ObjectMapper().writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void allMembersVotingAtTheSameInstantAreAllAcceptedAndCountedOnce() throws Exception {
        int votes = 0;
        int conflicts = 0;
        for (int i = 0; i < ROUNDS; i++) {
            boolean secret = i % 2 == 1;
            String code = driver.toCouncilVote(secret ? "CSTD_TINH" : "BK_TINH");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<HttpResponse<String>>>> voting = new ArrayList<>();
            for (int m = 1; m <= MEMBERS; m++) {
                String member = "hd.sinho." + m;
                String vote = m <= 3 ? "yes" : m == 4 ? "no" : "abstain";
                Task task = driver.task(code, NominationProcess.COUNCIL_VOTE, member);
                voting.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> ballot = post(member, "/api/council/ballots/" + task.getId(), Map.of("vote", vote));
                    HttpResponse<String> completion = post(member, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()));
                    return List.of(ballot, completion);
                }));
            }
            start.countDown();
            for (Future<List<HttpResponse<String>>> member : voting) {
                for (HttpResponse<String> answer : member.get(120, TimeUnit.SECONDS)) {
                    votes += answer.uri().getPath().startsWith("/api/") ? 1 : 0;
                    if (answer.statusCode() != 204) {
                        conflicts++;
                    }
                    assertThat(answer.statusCode()).as("round %d (%s), %s: %s", i, secret ? "secret" : "open", answer.uri().getPath(), answer.body())
                            .isEqualTo(204);
                }
            }
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(NominationProcess.COUNCIL_VOTE).count()).isZero();
            assertThat(post("hd.sinho.1", "/engine-rest/task/" + driver.task(code, NominationProcess.RECORD_WRITTEN_BALLOTS, null).getId() + "/complete",
                    Map.of("variables", Map.of())).statusCode()).isEqualTo(204);
            Map<String, Object> tally = jdbc.queryForMap("select t.participant_count, t.yes_count, t.no_count, t.abstain_count from council_tally t "
                    + "join nomination n on n.id = t.nomination_id where n.code = ?", code);
            assertThat(tally).containsEntry("participant_count", MEMBERS).containsEntry("yes_count", 3).containsEntry("no_count", 1)
                    .containsEntry("abstain_count", 1);
            assertThat(workflow.currentSteps(code)).containsExactly(NominationProcess.COUNCIL_CONCLUSION);
        }
        System.out.printf("Council votes raced: %d rounds (open and secret) of %d members at the same instant, %d ballots, conflicts %d%n",
                ROUNDS, MEMBERS, votes, conflicts);
        assertThat(conflicts).isZero();
    }
}
