package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.workflow.engine.ParsedFeelCache;

/** An administrator changes a threshold in the DMN file and redeploys it: the next vote follows, with no Java change. */
@SpringBootTest
@ActiveProfiles("test")
class RuleChangeTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    /** A flow file as deployed from the classpath, for a test that deploys a changed copy and then the original again. */
    String resource(String path) throws java.io.IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    boolean fourOfFiveYesPass(ProcessDriver driver) {
        String code = driver.toCouncilVote("BK_TINH");
        for (int i = 1; i <= 5; i++) {
            driver.vote(code, "hd.sinho." + i, i <= 4 ? "yes" : "no");
        }
        driver.closeMeeting(code, "hd.sinho.1");
        return ballots.tallies(code).get(0).passed();
    }

    @Test
    void raisingTheDefaultThresholdInTheDmnFileMakesTheSameVoteFail() throws Exception {
        ProcessDriver driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String original = resource("processes/voteThreshold.dmn");
        assertThat(fourOfFiveYesPass(driver)).isTrue();

        // What an administrator does in Modeler: the default row "more than 50%" becomes "at least 90%".
        String stricter = original.replace("<outputEntry id=\"otherwiseShare\"><text>0.50</text></outputEntry>",
                "<outputEntry id=\"otherwiseShare\"><text>0.90</text></outputEntry>");
        assertThat(stricter).isNotEqualTo(original);
        repositoryService.createDeployment().name(DEPLOYMENT_NAME).addString("processes/voteThreshold.dmn", stricter).deploy();
        try {
            assertThat(fourOfFiveYesPass(driver)).isFalse();
        } finally {
            repositoryService.createDeployment().name(DEPLOYMENT_NAME).addString("processes/voteThreshold.dmn", original).deploy();
        }
        assertThat(fourOfFiveYesPass(driver)).isTrue();
    }

    @Test
    void theEngineEvaluatesTablesWithTheFeelEngineThatParsesEachCellOnce() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedFeelCache.CachingFeelEngine.class);
    }

    long routeEvaluations(String instanceId) {
        return jdbc.queryForObject("select count(*) from ACT_HI_DECINST where DEC_DEF_KEY_ = ? and PROC_INST_ID_ = ?",
                Long.class, ROUTE_DECISION, instanceId);
    }

    @Test
    void theRouteIsReadOnceAndAgainOnlyAfterAnAdministratorChangesTheTableWhichRunningNominationsThenFollow() throws Exception {
        ProcessDriver driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String original = resource("processes/nominationRoute.dmn");
        String code = driver.start("BK_TINH");
        String instance = driver.instance(code).getId();
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", null);
        assertThat(workflow.currentSteps(code)).containsExactly(DISTRICT_REVIEW);
        // Read at filing and kept: three steps later the table has been evaluated once.
        assertThat(routeEvaluations(instance)).isEqualTo(1);
        assertThat((String) runtimeService.getVariable(instance, ROUTE)).contains("BK_TINH/INDIVIDUAL/PERIODIC/THREE_TIER")
                .contains("40 COUNCIL DISTRICT");

        // The administrator takes BK_TINH out of the district council's row in Modeler and deploys.
        String districtCouncilRow = "<inputEntry id=\"districtCouncilIn0\"><text>&quot;CSTD_CS&quot;,&quot;CSTD_TINH&quot;,&quot;TT_LDXS&quot;,"
                + "&quot;CO_TD_TINH&quot;,&quot;BK_TINH&quot;,";
        String changed = original.replace(districtCouncilRow, districtCouncilRow.replace("&quot;BK_TINH&quot;,", ""));
        assertThat(changed).isNotEqualTo(original);
        repositoryService.createDeployment().name(DEPLOYMENT_NAME).addString("processes/nominationRoute.dmn", changed).deploy();
        try {
            driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
            // The running nomination follows the new table from its next step: no district council any more.
            assertThat(workflow.currentSteps(code)).containsExactly(PROVINCIAL_APPRAISAL);
            assertThat(routeEvaluations(instance)).isEqualTo(2);
            assertThat((String) runtimeService.getVariable(instance, ROUTE)).doesNotContain("COUNCIL");
        } finally {
            repositoryService.createDeployment().name(DEPLOYMENT_NAME).addString("processes/nominationRoute.dmn", original).deploy();
        }
    }
}
