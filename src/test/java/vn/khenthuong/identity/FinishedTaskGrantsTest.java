package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
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
 * The per-task history grants the engine gives each candidate and assignee (HISTORIC_TASK) are deleted when the
 * nomination ends, whichever way it ends (workflow.engine.FinishedTaskGrants), and stay while it runs. What each role
 * reads of a finished dossier is unchanged: its unit's officials the dossier page, the auditor the trail and the
 * engine's history; another unit's official nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FinishedTaskGrantsTest {

    static final String OFFICIAL = "xa.pusamcap";
    static final String OTHER_UNIT = "xa.phucthan";
    static final String OTHER_DISTRICT_OFFICER = "huyen.phongtho";
    static final String AUDITOR = "thanhtra";
    static final int HISTORIC_TASK = Resources.HISTORIC_TASK.resourceType();

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    Web web;
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        web = new Web(port);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return web.send(Web.basic(web.get(path), user, "demo"));
    }

    int grantsOf(String processInstanceId) {
        return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where ROOT_PROC_INST_ID_ = ? or RESOURCE_ID_ = ? or RESOURCE_ID_ in "
                + "(select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?)", Integer.class, processInstanceId, processInstanceId, processInstanceId);
    }

    String taskOf(String processInstanceId, String taskKey) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list().get(0).getId();
    }

    @Test
    void anAwardedNominationsTaskGrantsGoWhenItEndsAndEveryRoleReadsWhatItDid() throws Exception {
        String code = driver.toAppraisal("BK_TINH");
        String pi = driver.instance(code).getId();
        String prepared = taskOf(pi, PREPARE_DOSSIER);
        // While the dossier runs: the grants of its finished steps stay, the commune's official reads his step's history.
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where ROOT_PROC_INST_ID_ = ? and RESOURCE_TYPE_ = ?",
                Integer.class, pi, HISTORIC_TASK)).isGreaterThanOrEqualTo(9);
        assertThat(get(OFFICIAL, "/engine-rest/history/task?taskId=" + prepared).body()).contains(prepared);
        assertThat(get(OTHER_UNIT, "/engine-rest/history/task?taskId=" + prepared).body()).isEqualTo("[]");

        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        Map<String, Integer> pageBefore = dossierPageAnswers(code);
        driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "2551/QĐ-UBND", DECISION_DATE, "2019-12-20"));
        assertThat(driver.status(code)).isEqualTo("AWARDED");

        assertThat(grantsOf(pi)).as("no grant of the finished nomination is left").isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).count()).as("its history is kept").isGreaterThanOrEqualTo(12);
        finishedDossierReadsAsBefore(code, pi);
        assertThat(dossierPageAnswers(code)).as("who opens the dossier page").isEqualTo(pageBefore);
    }

    /** Each role's answer for the dossier page: the grants never decide it (our API reads as the system after its own check). */
    Map<String, Integer> dossierPageAnswers(String code) throws Exception {
        Map<String, Integer> answers = new java.util.TreeMap<>();
        for (String user : List.of(OFFICIAL, OTHER_UNIT, "huyen.sinho", OTHER_DISTRICT_OFFICER, "hd.sinho.2", "hd.thanuyen.1", "tinh.thamdinh",
                "tinh.chutich", AUDITOR)) {
            answers.put(user, get(user, "/api/nominations/" + code).statusCode());
        }
        return answers;
    }

    @Test
    void aRejectedOrCancelledNominationsTaskGrantsGoToo() throws Exception {
        String rejected = driver.toCouncilVote("BK_TINH");
        String rejectedPi = driver.instance(rejected).getId();
        for (int i = 1; i <= 5; i++) {
            driver.vote(rejected, "hd.sinho." + i, i <= 2 ? "yes" : "abstain");
        }
        driver.closeMeeting(rejected, "hd.sinho.1");
        driver.conclude(rejected, "hd.sinho.1", CONCLUSION_REJECT, null, "Không quá 50%");
        assertThat(driver.status(rejected)).isEqualTo("REJECTED");
        assertThat(grantsOf(rejectedPi)).isZero();
        finishedDossierReadsAsBefore(rejected, rejectedPi);

        String running = driver.toCouncilVote("BK_TINH");
        String runningPi = driver.instance(running).getId();
        String cancelled = driver.toCouncilVote("BK_TINH");
        String cancelledPi = driver.instance(cancelled).getId();
        int runningBefore = grantsOf(runningPi);
        runtimeService.deleteProcessInstance(cancelledPi, "Kiểm thử: hủy");
        assertThat(grantsOf(cancelledPi)).isZero();
        assertThat(grantsOf(runningPi)).as("another dossier's grants are untouched").isEqualTo(runningBefore).isPositive();
    }

    /** db/engine V30: the grants of instances ended before FinishedTaskGrants go; a running instance's and the '*' grants stay. */
    @Test
    void theOneOffCleanupTakesOnlyTheGrantsOfEndedInstances() throws Exception {
        String running = driver.toCouncilVote("BK_TINH");
        String runningPi = driver.instance(running).getId();
        String ended = driver.toCouncilVote("BK_TINH");
        String endedPi = driver.instance(ended).getId();
        String endedTask = taskOf(endedPi, PREPARE_DOSSIER);
        runtimeService.deleteProcessInstance(endedPi, "Kiểm thử: hủy");
        // As an earlier version left it: the grant of a finished step of the ended instance.
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_, ROOT_PROC_INST_ID_) "
                + "values ('kt-left-behind', 1, 1, 'commune-official.pusamcap', null, ?, ?, 2, ?)", HISTORIC_TASK, endedTask, endedPi);
        int runningGrants = grantsOf(runningPi);
        int allGrants = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Integer.class);
        String script = new String(new org.springframework.core.io.ClassPathResource("db/engine/V30__finished_task_grants.sql").getInputStream()
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").replace(";", "");
        assertThat(jdbc.update(script)).isEqualTo(1);
        assertThat(grantsOf(endedPi)).isZero();
        assertThat(grantsOf(runningPi)).isEqualTo(runningGrants).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Integer.class)).isEqualTo(allGrants - 1);
        assertThat(get(AUDITOR, "/engine-rest/history/task/count?processInstanceId=" + endedPi).body()).isNotEqualTo("{\"count\":0}");
    }

    /** The dossier page for its unit's officials, the trail and the engine's history for the auditor, nothing for another unit. */
    void finishedDossierReadsAsBefore(String code, String pi) throws Exception {
        HttpResponse<String> page = get(OFFICIAL, "/api/nominations/" + code);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(code);
        for (String stranger : List.of(OTHER_UNIT, OTHER_DISTRICT_OFFICER, "hd.thanuyen.1")) {
            assertThat(get(stranger, "/api/nominations/" + code).statusCode()).as(stranger).isIn(403, 404);
            assertThat(get(stranger, "/engine-rest/history/task?processInstanceId=" + pi).body()).as(stranger).isEqualTo("[]");
            assertThat(get(stranger, "/api/audit/nominations/" + code + "/trail").statusCode()).as(stranger).isIn(403, 404);
        }
        HttpResponse<String> trail = get(AUDITOR, "/api/audit/nominations/" + code + "/trail");
        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        long tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).count();
        String history = get(AUDITOR, "/engine-rest/history/task/count?processInstanceId=" + pi).body();
        assertThat(history).isEqualTo("{\"count\":" + tasks + "}");
        assertThat(get("admin", "/engine-rest/history/task/count?processInstanceId=" + pi).body()).isEqualTo("{\"count\":" + tasks + "}");
    }
}
