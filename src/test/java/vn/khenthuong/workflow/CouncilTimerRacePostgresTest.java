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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.testsupport.PostgresInitializer;

/**
 * The voting-deadline timer fires while the members vote, on PostgreSQL over real HTTP: in each round the timer's job
 * runs at the same instant as five members cast their ballot and complete their task. The timer takes the round lock
 * first, as votes do ({@link CouncilMeetingTurns}), so PostgreSQL never has to abort anyone as a deadlock: the timer's
 * job always succeeds, each vote is either recorded (204) or refused cleanly because the meeting closed (409) or its
 * task is gone (404), and the tally counts exactly the ballots that were accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=timer-race")
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class CouncilTimerRacePostgresTest {

    static final int ROUNDS = 8;
    static final int MEMBERS = 5;

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService pool = Executors.newFixedThreadPool(MEMBERS + 1);
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

    long deadlocks() {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select deadlocks from pg_stat_database where datname = current_database()", Long.class);
    }

    @Test
    void theDeadlineTimerFiringDuringVotesWaitsForThemAndLosesNothing() throws Exception {
        long deadlocksBefore = deadlocks();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < ROUNDS; i++) {
            boolean secret = i % 2 == 1;
            String code = driver.toCouncilVote(secret ? "CSTD_TINH" : "BK_TINH");
            Job timer = managementService.createJobQuery().processInstanceId(driver.instance(code).getId())
                    .activityId(CouncilMeetingTurns.CLOSE_VOTING).singleResult();
            assertThat(timer).as("the voting-deadline timer of %s", code).isNotNull();
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch firstBallot = new CountDownLatch(1);
            List<Future<List<HttpResponse<String>>>> voting = new ArrayList<>();
            for (int m = 1; m <= MEMBERS; m++) {
                String member = "hd.sinho." + m;
                Task task = driver.task(code, NominationProcess.COUNCIL_VOTE, member);
                voting.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> ballot = post(member, "/api/council/ballots/" + task.getId(), Map.of("vote", "yes"));
                    firstBallot.countDown();
                    HttpResponse<String> completion = post(member, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()));
                    return List.of(ballot, completion);
                }));
            }
            // In odd rounds the timer fires once a ballot is in, among the completions; in even ones with the first ballots.
            boolean amongCompletions = i % 2 == 1;
            long pause = i * 5L;
            Future<?> deadline = pool.submit(() -> {
                start.await();
                if (amongCompletions) {
                    firstBallot.await();
                } else {
                    Thread.sleep(pause);
                }
                managementService.executeJob(timer.getId());
                return null;
            });
            start.countDown();
            deadline.get(120, TimeUnit.SECONDS); // throws if the timer's job failed (a deadlock victim, a lost update)
            int ballotsAccepted = 0;
            for (Future<List<HttpResponse<String>>> member : voting) {
                List<HttpResponse<String>> answers = member.get(120, TimeUnit.SECONDS);
                for (HttpResponse<String> answer : answers) {
                    assertThat(answer.statusCode()).as("round %d (%s), %s: %s", i, secret ? "secret" : "open", answer.uri().getPath(), answer.body())
                            .isIn(204, 404, 409);
                    if (answer.statusCode() == 204) {
                        accepted++;
                    } else {
                        refused++;
                    }
                }
                ballotsAccepted += answers.get(0).statusCode() == 204 ? 1 : 0;
            }
            assertThat(managementService.createJobQuery().processInstanceId(driver.instance(code).getId()).withException().count()).isZero();
            assertThat(workflow.currentSteps(code)).containsExactly(NominationProcess.COUNCIL_CONCLUSION);
            Map<String, Object> tally = jdbc.queryForMap("select t.participant_count, t.yes_count from council_tally t "
                    + "join nomination n on n.id = t.nomination_id where n.code = ?", code);
            assertThat(tally).as("round %d: every accepted ballot counted, no other", i)
                    .containsEntry("participant_count", ballotsAccepted).containsEntry("yes_count", ballotsAccepted);
        }
        Thread.sleep(1500); // PostgreSQL publishes a backend's statistics when it goes idle, at most once a second
        long deadlocks = deadlocks() - deadlocksBefore;
        System.out.printf("Voting-deadline timer raced with votes: %d rounds of %d members, answers 204: %d, refused cleanly: %d, deadlocks %d%n",
                ROUNDS, MEMBERS, accepted, refused, deadlocks);
        assertThat(deadlocks).isZero();
        assertThat(accepted).as("some votes ran into the timer rather than after it").isPositive();
    }
}
