package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.audit.HistoryFact;
import vn.khenthuong.audit.ProcessHistory;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/** The activity history of a nomination keeps every activity that did something, and none it only passed through. */
@SpringBootTest
@ActiveProfiles("test")
class ActivityHistoryTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired ProcessHistory processHistory;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @Test
    void aNominationsActivityHistoryHasItsStepsAndNoGatewayStartEventOrBallotLoop() {
        String code = driver.toAppraisal("BK_TINH");
        String instance = driver.instance(code).getId();
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, OUTCOME_APPROVE, null);
        driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "2551/QĐ-UBND", DECISION_DATE, "2019-12-20"));
        assertThat(driver.status(code)).isEqualTo("AWARDED");

        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).list();
        assertThat(activities).extracting(HistoricActivityInstance::getActivityType)
                .doesNotContainAnyElementsOf(PassThroughActivities.TYPES)
                .contains("userTask", "serviceTask", "businessRuleTask", "subProcess", "noneEndEvent");
        assertThat(activities).extracting(HistoricActivityInstance::getActivityId)
                .contains(VALIDATE_BEFORE_COMMUNE_REVIEW, COUNCIL_MEETING, TALLY_VOTES, VALIDATE_BEFORE_APPRAISAL, RECORD_AWARD)
                .doesNotContain("joinRoute", "routeStepKind", "communeOutcome", "openMeeting", "startNomination");
        // Each task has its row, and every row ended: the ends of the rows left out never reached the ones kept.
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(9);
        assertThat(activities).filteredOn(a -> a.getTaskId() != null).hasSameSizeAs(tasks);
        assertThat(activities).allSatisfy(a -> assertThat(a.getEndTime()).as(a.getActivityId()).isNotNull());
        // The process itself still records where it started and ended.
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult())
                .satisfies(p -> assertThat(p.getStartActivityId()).isEqualTo("startNomination"))
                .satisfies(p -> assertThat(p.getEndActivityId()).isEqualTo("awarded"));

        // The audit trail shows every step and task as before.
        List<HistoryFact> facts = processHistory.facts(code, java.util.Set.of());
        assertThat(facts).filteredOn(f -> f.kind() == HistoryFact.Kind.TASK_ENTERED).hasSameSizeAs(tasks);
        assertThat(facts).filteredOn(f -> f.kind() == HistoryFact.Kind.STEP_PASSED).extracting(HistoryFact::activityId)
                .contains(VALIDATE_BEFORE_COMMUNE_REVIEW, COUNCIL_MEETING, TALLY_VOTES, RECORD_AWARD, "awarded");
    }
}
