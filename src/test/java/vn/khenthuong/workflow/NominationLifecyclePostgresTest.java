package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The whole lifecycle once more on PostgreSQL 17, where production runs (H2 runs it in NominationProcessTest). */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class NominationLifecyclePostgresTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.khenthuong.council.Ballots ballots;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @Test
    void nominationTravelsFromCommuneToAwardOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        String code = driver.toAppraisal("BK_TINH");
        ProcessInstance pi = driver.instance(code);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "2551/QĐ-UBND", DECISION_DATE, "2019-12-20"));

        assertThat(pi).isEnded().hasPassed(TALLY_VOTES, RECORD_AWARD);
        assertThat(driver.status(code)).isEqualTo("AWARDED");
        assertThat(jdbc.queryForObject("select count(*) from council_ballot b join nomination n on n.id = b.nomination_id where n.code = ?",
                Integer.class, code)).isEqualTo(5);
        // Reward money: Bằng khen tỉnh for an individual, 1.0 × 1,490,000 đ (base salary from 1 July 2019).
        assertThat(jdbc.queryForMap("select reward_coefficient, base_salary, reward_amount from award a join nomination n on n.id = a.nomination_id"
                + " where n.code = ?", code)).containsEntry("base_salary", 1490000L).containsEntry("reward_amount", 1490000L)
                .hasEntrySatisfying("reward_coefficient", c -> assertThat((java.math.BigDecimal) c).isEqualByComparingTo("1.0"));
        assertThat(driver.closingReason(code)).isEqualTo("Quyết định số 2551/QĐ-UBND ngày 20/12/2019; tiền thưởng 1.490.000 đồng");
        // The activity history keeps what did something, each row ended, and none of what was only passed through.
        assertThat(jdbc.queryForList("select distinct ACT_TYPE_ from ACT_HI_ACTINST where PROC_INST_ID_ = ?", String.class, pi.getId()))
                .doesNotContainAnyElementsOf(PassThroughActivities.TYPES).contains("userTask", "serviceTask", "subProcess", "noneEndEvent");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and END_TIME_ is null", Integer.class, pi.getId()))
                .isZero();
    }

    @Test
    void failedVoteEndsTheNominationOnPostgres() {
        String code = driver.toCouncilVote("BK_TINH");
        for (int i = 1; i <= 5; i++) {
            driver.vote(code, "hd.sinho." + i, i <= 2 ? "yes" : "abstain");
        }
        driver.closeMeeting(code, "hd.sinho.1");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_REJECT, null, "Không quá 50%");
        assertThat(driver.status(code)).isEqualTo("REJECTED");
        assertThat(driver.closingReason(code)).contains("2/5");
    }
}
