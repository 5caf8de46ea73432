package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.workflow.deployment.FlowDeployer;

/** What Tasklist filters, REST clients and our Java rely on is really in the deployed diagram (STYLE.md 13). */
@SpringBootTest
@ActiveProfiles("test")
class NominationProcessContractTest {

    @Autowired RepositoryService repositoryService;
    @Autowired ApplicationContext context;
    @Autowired FlowDeployer deployer;

    ProcessDefinition definition;
    BpmnModelInstance model;

    @BeforeEach
    void load() {
        definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        model = repositoryService.getBpmnModelInstance(definition.getId());
    }

    @Test
    void everyIdNamedInNominationProcessIsInTheDiagram() {
        List<String> ids = List.of(START_NOMINATION, REGISTER_DOSSIER, PREPARE_DOSSIER, VALIDATE_BEFORE_COMMUNE_REVIEW, COMMUNE_REVIEW,
                VALIDATE_SUBMISSION, NEXT_ROUTE_STEP, DISTRICT_REVIEW, COUNCIL_MEETING, SELECT_COUNCIL_MEMBERS, COUNCIL_VOTE, CLOSE_VOTING,
                RECORD_WRITTEN_BALLOTS, DETERMINE_VOTE_THRESHOLD, TALLY_VOTES, COUNCIL_CONCLUSION, VALIDATE_BEFORE_APPRAISAL,
                PROVINCIAL_APPRAISAL, APPRAISAL_OVERDUE, RECORD_APPRAISAL_OVERDUE, SUPPLEMENT_DOSSIER, SUPPLEMENTATION_OVERDUE,
                HANDLE_OVERDUE_SUPPLEMENTATION, OPEN_DISCLOSURE, DISCLOSURE_WINDOW, COUNT_DISCLOSURE_COMMENTS, ANSWER_DISCLOSURE_COMMENTS,
                DECISION, CENTRAL_DECISION_RECEIVED, RECORD_AWARD, AWARDED, RECORD_REJECTION, REJECTED);
        for (String id : ids) {
            assertThat((Object) model.getModelElementById(id)).as(id).isNotNull();
        }
        Set<String> userTasks = model.getModelElementsByType(UserTask.class).stream().map(BaseElement::getId).collect(Collectors.toSet());
        assertThat(userTasks).containsExactlyInAnyOrder(PREPARE_DOSSIER, COMMUNE_REVIEW, DISTRICT_REVIEW, COUNCIL_VOTE,
                RECORD_WRITTEN_BALLOTS, COUNCIL_CONCLUSION, PROVINCIAL_APPRAISAL, SUPPLEMENT_DOSSIER, HANDLE_OVERDUE_SUPPLEMENTATION,
                ANSWER_DISCLOSURE_COMMENTS, DECISION);
        assertThat(definition.getHistoryTimeToLive()).isPositive();
        assertThat(definition.getName()).isEqualTo("Đề nghị khen thưởng");
    }

    @Test
    void everyDelegateAndListenerTheDiagramNamesIsABean() {
        List<String> expressions = new ArrayList<>();
        model.getModelElementsByType(ServiceTask.class).forEach(t -> expressions.add(t.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> expressions.add(l.getCamundaDelegateExpression()));

        assertThat(expressions).hasSizeGreaterThanOrEqualTo(8).allSatisfy(e -> {
            assertThat(e).matches("\\$\\{[a-zA-Z]+\\}");
            assertThat(context.containsBean(e.substring(2, e.length() - 1))).as(e).isTrue();
        });
    }

    @Test
    void everyFormTheDiagramReferencesIsDeployedWithIt() {
        List<String> formKeys = new ArrayList<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> formKeys.add(t.getCamundaFormKey()));
        model.getModelElementsByType(StartEvent.class).stream().filter(e -> e.getCamundaFormKey() != null)
                .forEach(e -> formKeys.add(e.getCamundaFormKey()));

        assertThat(formKeys).hasSize(12).allSatisfy(key -> {
            assertThat(key).startsWith("embedded:deployment:forms/");
            String resource = key.substring("embedded:deployment:".length());
            assertThat(repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)).as(resource).isNotNull();
        });
        BusinessRuleTask threshold = model.getModelElementById(DETERMINE_VOTE_THRESHOLD);
        assertThat(threshold.getCamundaDelegateExpression()).isEqualTo("${determineVoteThresholdDelegate}");
        assertThat(threshold.getDocumentations().iterator().next().getTextContent()).contains(VOTE_THRESHOLD_DECISION);
        assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(definition.getDeploymentId())
                .decisionDefinitionKey(VOTE_THRESHOLD_DECISION).count()).isEqualTo(1);
    }

    @Test
    void deploymentUsesStableRelativeNamesAndUnchangedFilesMakeNoNewVersion() {
        Collection<String> names = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
        assertThat(names).contains("processes/nomination.bpmn", "processes/voteThreshold.dmn", "forms/startNomination.html",
                "forms/communeReview.html", "forms/councilVote.html");

        deployer.deploy();

        ProcessDefinition again = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        assertThat(again.getId()).isEqualTo(definition.getId());
        assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isEqualTo(1);
    }
}
