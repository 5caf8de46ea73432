package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.CouncilRound;
import vn.khenthuong.council.CouncilRounds;
import vn.khenthuong.council.RosterEntry;
import vn.khenthuong.council.Tally;
import vn.khenthuong.nomination.NominationWorkflow;

/**
 * Issue 13, point 2, on the real engine and over real HTTP: the roster is the council's composition fixed when the
 * meeting opens, no process variable changes who counts, and only the council's secretary marks absences and records
 * written ballots — for members marked absent only — while members vote for themselves and the auditor only reads.
 * Its own context: /engine-rest finds the engine by the name "default", i.e. the latest context started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=council-roster")
@ActiveProfiles("test")
class CouncilRosterTest {

    static final List<String> SINHO = List.of("hd.sinho.1", "hd.sinho.2", "hd.sinho.3", "hd.sinho.4", "hd.sinho.5");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired CouncilRounds rounds;

    final HttpClient http = HttpClient.newHttpClient();
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    record Answer(int status, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    Answer call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    String pi(String code) {
        return driver.instance(code).getId();
    }

    int participations(String code) {
        return jdbc.queryForObject("select count(*) from council_participation p join nomination n on n.id = p.nomination_id where n.code = ?",
                Integer.class, code);
    }

    @Test
    void theRosterIsTheCouncilsCompositionFixedWhenTheMeetingOpens() {
        String code = driver.toCouncilVote("BK_TINH");

        CouncilRound round = rounds.openRound(pi(code)).orElseThrow();
        List<String> group = identityService.createUserQuery().memberOfGroup("council.sinho").list().stream().map(User::getId).sorted().toList();
        assertThat(group).containsExactlyElementsOf(SINHO);
        assertThat(round.councilUnit()).isEqualTo("sinho");
        assertThat(round.compositionSource()).isEqualTo("group council.sinho");
        assertThat(round.secret()).isFalse();
        assertThat(rounds.roster(round)).extracting(RosterEntry::member).containsExactlyInAnyOrderElementsOf(group);
        assertThat(rounds.roster(round)).filteredOn(e -> e.member().equals("hd.sinho.1")).extracting(RosterEntry::displayName)
                .containsExactly("Nguyễn Văn An");
        // One vote task per member of the roster, and nothing else decides who they are.
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(COUNCIL_VOTE).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(group);
        assertThat(runtimeService.getVariable(pi(code), COUNCIL_MEMBERS)).isNull();

        // The group changes during the meeting: a member leaves, a newcomer joins. This meeting's roster stays.
        identityService.deleteMembership("hd.sinho.5", "council.sinho");
        identityService.createMembership("huyen.sinho", "council.sinho");
        try {
            SINHO.subList(0, 4).forEach(m -> driver.vote(code, m, "yes"));
            driver.closeMeeting(code, "hd.sinho.1");
        } finally {
            identityService.deleteMembership("huyen.sinho", "council.sinho");
            identityService.createMembership("hd.sinho.5", "council.sinho");
        }
        Tally tally = ballots.tallies(code).get(0);
        assertThat(tally.memberCount()).isEqualTo(5);
        assertThat(tally.yesCount()).isEqualTo(4);
        assertThat(rounds.openRound(pi(code))).isEmpty();
    }

    @Test
    void aCouncilMembersVariableWrittenByAMemberChangesNothingInTheTally() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        String instance = pi(code);
        Task own = driver.task(code, COUNCIL_VOTE, "hd.sinho.1");

        // The attack of issue 13: complete one's own vote with a council of one. Refused outright (allow-list) or
        // accepted without effect; either way the member's yes is one yes among five members.
        String rigged = "{\"variables\":{\"vote\":{\"value\":\"yes\",\"type\":\"String\"},\"councilMembers\":{\"value\":\"[\\\"hd.sinho.1\\\"]\","
                + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}}}";
        Answer attack = call("POST", "/engine-rest/task/" + own.getId() + "/complete", "hd.sinho.1", rigged);
        assertThat(attack.status()).as(attack.body()).isIn(204, 400);
        if (attack.status() == 400) {
            assertThat(call("POST", "/engine-rest/task/" + own.getId() + "/complete", "hd.sinho.1",
                    "{\"variables\":{\"vote\":{\"value\":\"yes\",\"type\":\"String\"}}}").status()).isEqualTo(204);
        }
        // The same list, and a forged unit and secret-ballot flag, written straight into the instance and a task's scope.
        runtimeService.setVariable(instance, COUNCIL_MEMBERS, new java.util.ArrayList<>(List.of("hd.sinho.1")));
        runtimeService.setVariable(instance, COUNCIL_UNIT, "thanuyen");
        Task other = driver.task(code, COUNCIL_VOTE, "hd.sinho.2");
        taskService.setVariableLocal(other.getId(), COUNCIL_MEMBERS, new java.util.ArrayList<>(List.of("hd.sinho.1")));
        // A member who is not on the roster (another council) cannot vote in this meeting.
        assertThat(call("POST", "/api/council/ballots/" + other.getId(), "hd.thanuyen.2", "{\"vote\":\"yes\"}").status()).isEqualTo(404);

        driver.vote(code, "hd.sinho.2", "no");
        driver.vote(code, "hd.sinho.3", "no");
        driver.closeMeeting(code, "hd.sinho.1");

        Tally tally = ballots.tallies(code).get(0);
        assertThat(tally.councilUnit()).isEqualTo("sinho");
        assertThat(tally.memberCount()).isEqualTo(5);
        assertThat(tally.yesCount()).isEqualTo(1);
        assertThat(tally.noCount()).isEqualTo(2);
        assertThat(tally.participantCount()).isEqualTo(3);
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void aSecretBallotStaysSecretWhateverTheSecretBallotVariableSays() throws Exception {
        String code = driver.toCouncilVote("CSTD_TINH");
        runtimeService.setVariable(pi(code), SECRET_BALLOT, false);
        Task own = driver.task(code, COUNCIL_VOTE, "hd.sinho.2");

        Answer answer = call("POST", "/engine-rest/task/" + own.getId() + "/complete", "hd.sinho.2",
                "{\"variables\":{\"vote\":{\"value\":\"no\",\"type\":\"String\"}}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("Bỏ phiếu kín");
        assertThat(participations(code)).isZero();
        assertThat(call("POST", "/api/council/ballots/" + own.getId(), "hd.sinho.2", "{\"vote\":\"no\"}").status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from council_ballot b join nomination n on n.id = b.nomination_id where n.code = ?",
                Integer.class, code)).isZero();
    }

    @Test
    void onlyTheSecretaryMarksAbsencesAndRecordsWrittenBallotsOnlyForAbsentMembersAndTheMemberSeesIt() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        String secretaryTask = driver.task(code, RECORD_WRITTEN_BALLOTS, null).getId();
        String meeting = "/api/council/meetings/" + secretaryTask;
        String absence = "{\"member\":\"hd.sinho.4\",\"reference\":\"15/PBQ-HĐTĐKT\"}";
        String written = "{\"member\":\"hd.sinho.4\",\"vote\":\"yes\"}";
        int events = jdbc.queryForObject("select count(*) from audit_event where nomination_code = ?", Integer.class, code);

        // Wrong users: a member, the member concerned, another council's secretary, the auditor, a commune official.
        for (String wrong : List.of("hd.sinho.2", "hd.sinho.4", "hd.thanuyen.1", "thanhtra", "xa.pusamcap")) {
            assertThat(call("POST", meeting + "/absences", wrong, absence).status()).as(wrong).isIn(403, 404);
            assertThat(call("POST", meeting + "/written-ballots", wrong, written).status()).as(wrong).isIn(403, 404);
            assertThat(call("GET", meeting, wrong, null).status()).as(wrong).isIn(403, 404);
        }
        // A present member who has not voted: no written ballot; one who voted: neither absence nor written ballot.
        Answer present = call("POST", meeting + "/written-ballots", "hd.sinho.1", "{\"member\":\"hd.sinho.3\",\"vote\":\"yes\",\"paperReference\":\"3/PBQ\"}");
        assertThat(present.status()).isEqualTo(409);
        assertThat(present.json().get("detail").asText()).contains("chưa được ghi vắng mặt");
        assertThat(present.json().get("detailEn").asText()).contains("marked absent");
        String voted = driver.task(code, COUNCIL_VOTE, "hd.sinho.2").getId();
        assertThat(call("POST", "/api/council/ballots/" + voted, "hd.sinho.2", "{\"vote\":\"no\"}").status()).isEqualTo(204);
        assertThat(call("POST", meeting + "/absences", "hd.sinho.1", "{\"member\":\"hd.sinho.2\",\"reference\":\"4/PBQ\"}").status()).isEqualTo(409);
        assertThat(call("POST", meeting + "/written-ballots", "hd.sinho.1", "{\"member\":\"hd.sinho.2\",\"vote\":\"yes\",\"paperReference\":\"4/PBQ\"}")
                .status()).isEqualTo(409);
        assertThat(call("POST", meeting + "/absences", "hd.sinho.1", "{\"member\":\"hd.sinho.4\"}").status()).isEqualTo(400);
        assertThat(participations(code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where nomination_code = ?", Integer.class, code)).isEqualTo(events + 1);
        assertThat(driver.task(code, COUNCIL_VOTE, "hd.sinho.3")).isNotNull();

        // Absent, undone (only by the secretary), absent again, then the written ballot closes the member's own task.
        assertThat(call("POST", meeting + "/absences", "hd.sinho.1", absence).status()).isEqualTo(200);
        assertThat(call("DELETE", meeting + "/absences/hd.sinho.4", "hd.sinho.4", null).status()).isIn(403, 404);
        assertThat(call("DELETE", meeting + "/absences/hd.sinho.4", "hd.sinho.1", null).status()).isEqualTo(204);
        assertThat(call("POST", meeting + "/written-ballots", "hd.sinho.1", written).status()).isEqualTo(409);
        assertThat(call("POST", meeting + "/absences", "hd.sinho.1", absence).status()).isEqualTo(200);
        String ownTask = driver.task(code, COUNCIL_VOTE, "hd.sinho.4").getId();
        Answer recorded = call("POST", meeting + "/written-ballots", "hd.sinho.1", written);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(ownTask).count()).isZero();
        // Their own task, closed by the written ballot: 409 (already voted), no longer an unknown task (issue 20).
        assertThat(call("POST", "/api/council/ballots/" + ownTask, "hd.sinho.4", "{\"vote\":\"no\"}").status()).isEqualTo(409);
        assertThat(call("DELETE", meeting + "/absences/hd.sinho.4", "hd.sinho.1", null).status()).isEqualTo(409);

        JsonNode seen = call("GET", meeting, "hd.sinho.1", null).json();
        assertThat(seen.get("members")).hasSize(5);
        assertThat(seen.toString()).doesNotContain("\"yes\"").doesNotContain("\"no\"");
        assertThat(seen.get("compositionSource").asText()).isEqualTo("group council.sinho");

        // The trail says who recorded it and how; the member reads it in the dossier, others do not.
        assertThat(jdbc.queryForList("select actor, details from audit_event where nomination_code = ? and event_type = 'BALLOT_CAST' "
                + "and details like '%WRITTEN%'", code)).singleElement().satisfies(e -> {
                    assertThat(e.get("ACTOR")).isEqualTo("hd.sinho.1");
                    assertThat((String) e.get("DETAILS")).contains("phiếu bằng văn bản, do thư ký ghi", "hd.sinho.4", "15/PBQ-HĐTĐKT");
                });
        Answer dossier = call("GET", "/api/nominations/" + code, "hd.sinho.4", null);
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.json().get("myBallots")).singleElement().satisfies(b -> {
            assertThat(b.get("message").asText()).contains("Phiếu của bạn", "được thư ký ghi từ phiếu bằng văn bản số 15/PBQ-HĐTĐKT", "Đồng ý");
            assertThat(b.get("recordedBy").asText()).isEqualTo("hd.sinho.1");
        });
        assertThat(call("GET", "/api/nominations/" + code, "hd.sinho.2", null).json().get("myBallots")).isEmpty();

        // The meeting ends; the written ballot counts like any other.
        driver.closeMeeting(code, "hd.sinho.1");
        Tally tally = ballots.tallies(code).get(0);
        assertThat(tally.participantCount()).isEqualTo(2);
        assertThat(tally.yesCount()).isEqualTo(1);
        assertThat(tally.noCount()).isEqualTo(1);
    }

    @Test
    void aMemberCompletesOnlyTheirOwnVoteTask() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        Task third = driver.task(code, COUNCIL_VOTE, "hd.sinho.3");

        for (String wrong : List.of("hd.sinho.2", "hd.sinho.1", "thanhtra")) {
            Answer a = call("POST", "/engine-rest/task/" + third.getId() + "/complete", wrong, "{\"variables\":{\"vote\":{\"value\":\"yes\",\"type\":\"String\"}}}");
            assertThat(a.status()).as(wrong + ": " + a.body()).isIn(400, 403, 404);
            assertThat(call("POST", "/api/council/ballots/" + third.getId(), wrong, "{\"vote\":\"yes\"}").status()).as(wrong).isEqualTo(404);
        }
        assertThat(participations(code)).isZero();
        assertThat(taskService.createTaskQuery().taskId(third.getId()).count()).isEqualTo(1);
        assertThat(ballots.tallies(code)).isEmpty();
    }

    @Test
    void aWrongMemberWhoSendsARefusedVariableGetsTheEnginesRefusalNotOurs() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        Task third = driver.task(code, COUNCIL_VOTE, "hd.sinho.3");
        // A variable the guard refuses on any task: were it checked before the user, a wrong user would learn from our
        // 400 what the task accepts. The engine's 403 must come first, at both doors.
        String rigged = "{\"variables\":{\"vote\":{\"value\":\"yes\",\"type\":\"String\"},"
                + "\"councilUnit\":{\"value\":\"thanuyen\",\"type\":\"String\"}}}";

        for (String wrong : List.of("hd.sinho.2", "hd.thanuyen.1", "thanhtra", "xa.pusamcap")) {
            for (String door : List.of("/complete", "/submit-form")) {
                Answer a = call("POST", "/engine-rest/task/" + third.getId() + door, wrong, rigged);
                // The engine's AuthorizationException, or the auditor's read-only refusal before it: never our answer.
                assertThat(a.status()).as(wrong + door + ": " + a.body()).isEqualTo(403);
                assertThat(a.body()).doesNotContain(COUNCIL_UNIT);
                if (!wrong.equals("thanhtra")) {
                    assertThat(a.json().get("type").asText()).as(a.body()).isEqualTo("AuthorizationException");
                }
            }
        }
        // The member's own answer with the same variable is our 400, and the task is still theirs.
        Answer own = call("POST", "/engine-rest/task/" + third.getId() + "/complete", "hd.sinho.3", rigged);
        assertThat(own.status()).as(own.body()).isEqualTo(400);
        assertThat(own.body()).contains(COUNCIL_UNIT);
        assertThat(taskService.createTaskQuery().taskId(third.getId()).count()).isEqualTo(1);
        assertThat(participations(code)).isZero();
    }

    @Test
    void aSecretBallotCompletedWithAVoteVariableIsA400AndLeavesNothing() throws Exception {
        String code = driver.toCouncilVote("CSTD_CS");
        assertThat(rounds.openRound(pi(code)).orElseThrow().secret()).isTrue();
        Task own = driver.task(code, COUNCIL_VOTE, "hd.sinho.2");
        String withVote = "{\"variables\":{\"vote\":{\"value\":\"yes\",\"type\":\"String\"}}}";

        for (String door : List.of("/complete", "/submit-form")) {
            Answer refused = call("POST", "/engine-rest/task/" + own.getId() + door, "hd.sinho.2", withVote);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).contains("Bỏ phiếu kín");
        }

        // The task is still the member's to vote on, no ballot was counted and no vote reached the engine's history.
        assertThat(taskService.createTaskQuery().taskId(own.getId()).count()).isEqualTo(1);
        assertThat(participations(code)).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi(code)).variableName(VOTE).list())
                .allSatisfy(v -> assertThat(v.getValue()).isNull());
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi(code)).variableUpdates().list().stream()
                .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filter(d -> VOTE.equals(d.getVariableName()) && d.getValue() != null)).isEmpty();
    }
}
