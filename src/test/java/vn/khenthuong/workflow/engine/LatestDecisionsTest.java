package vn.khenthuong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The latest version of a decision table, known without a query at every evaluation, and still the latest one. */
@SpringBootTest
@ActiveProfiles("test")
class LatestDecisionsTest {

    static final String KEY = "latestDecisionsProbe";
    static final String DEPLOYMENT = "latest-decisions-test";

    @Autowired LatestDecisions latest;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired ProcessEngine engine;

    @AfterEach
    void removeTheProbes() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    /** A one-rule table answering {@code answer}, as an administrator would deploy it. */
    private String deploy(String answer) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="probe" name="probe" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%s" name="Probe" camunda:historyTimeToLive="1">
                    <decisionTable id="table">
                      <input id="input"><inputExpression id="inputExpression" typeRef="string"><text>"x"</text></inputExpression></input>
                      <output id="output" name="answer" typeRef="string"/>
                      <rule id="rule"><inputEntry id="any"><text></text></inputEntry><outputEntry id="out"><text>"%s"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(KEY, answer);
        String deployment = repositoryService.createDeployment().name(DEPLOYMENT).addString("probe.dmn", dmn).deploy().getId();
        return repositoryService.createDecisionDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    /** What the latest version answers, checking that it was that version and that its history was written. */
    private String answerOf(String expectedVersion) {
        long before = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(expectedVersion).count();
        LatestDecisions.Evaluation evaluation = latest.evaluate(KEY, Map.of());
        assertThat(evaluation.decisionDefinitionId()).isEqualTo(expectedVersion);
        assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(expectedVersion).count()).isEqualTo(before + 1);
        return evaluation.result().getSingleResult().getSingleEntry();
    }

    private String deploymentOf(String decisionDefinitionId) {
        return repositoryService.getDecisionDefinition(decisionDefinitionId).getDeploymentId();
    }

    @Test
    void aTableDeployedOnThisNodeAppliesAtOnceAndADeletedOneIsLookedUpAgain() {
        String first = deploy("một");
        assertThat(latest.idOf(KEY)).isEqualTo(first);
        assertThat(latest.idOf(KEY)).isEqualTo(first);

        String second = deploy("hai");
        assertThat(latest.idOf(KEY)).isEqualTo(second);
        assertThat(answerOf(second)).isEqualTo("hai");

        repositoryService.deleteDeployment(deploymentOf(second), true);
        assertThat(latest.idOf(KEY)).isEqualTo(first);
        assertThat(answerOf(first)).isEqualTo("một");
    }

    @Test
    void anotherNodeKeepsTheVersionItKnowsForAtMostTheMaxAge() {
        AtomicLong clock = new AtomicLong();
        LatestDecisions otherNode = new LatestDecisions(clock::get);
        otherNode.attach((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
        String first = deploy("một");
        assertThat(otherNode.idOf(KEY)).isEqualTo(first);

        // Deployed through "this" node's engine: the other node hears nothing and answers from what it knows.
        String second = deploy("hai");
        clock.addAndGet(LatestDecisions.MAX_AGE.toNanos() - 1);
        assertThat(otherNode.idOf(KEY)).isEqualTo(first);
        clock.addAndGet(1);
        assertThat(otherNode.idOf(KEY)).isEqualTo(second);
    }
}
