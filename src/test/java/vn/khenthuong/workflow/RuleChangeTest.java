package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        String original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/voteThreshold.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
}
