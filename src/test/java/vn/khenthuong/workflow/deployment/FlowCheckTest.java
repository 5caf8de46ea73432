package vn.khenthuong.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.khenthuong.identity.Roles;

/**
 * Issue 18, point 2: a broken copy of each kind is refused before anything of it is written — through the Java API,
 * /engine-rest (Camunda Modeler's request) and the admin endpoint — with a Vietnamese and English message naming the
 * element and the rule; the real processes/*.bpmn pass (the context starts only if the start-up deployment passed).
 * The flows come from a folder on the "server" (khenthuong.flows.directory) so that the admin endpoint can be given a
 * broken file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FlowCheckTest {

    static final Path FLOWS = copyOfTheFlows();
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void flowsFromAFolder(DynamicPropertyRegistry registry) {
        registry.add("khenthuong.flows.directory", FLOWS::toString);
    }

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    String nomination;
    long deployments;
    long definitions;
    long decisions;

    static Path copyOfTheFlows() {
        try {
            Path dir = Files.createTempDirectory("flows");
            for (String folder : List.of("processes", "forms")) {
                Files.createDirectories(dir.resolve(folder));
                try (var files = Files.list(Path.of(folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void count() throws IOException {
        nomination = Files.readString(Path.of("processes/nomination.bpmn"));
        deployments = repositoryService.createDeploymentQuery().count();
        definitions = repositoryService.createProcessDefinitionQuery().count();
        decisions = repositoryService.createDecisionDefinitionQuery().count();
    }

    @AfterEach
    void nothingWasDeployed() {
        assertThat(repositoryService.createDeploymentQuery().count()).as("deployments").isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).as("process definitions").isEqualTo(definitions);
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).as("decision definitions").isEqualTo(decisions);
        jdbc.update("DELETE FROM login_throttle");
    }

    // The real flows --------------------------------------------------------------------------------------------------

    @Test
    void theRealProcessesPassTheCheck() {
        var startUp = repositoryService.createDeploymentQuery().deploymentName("khen-thuong").deploymentSource("directory").singleResult();
        assertThat(startUp).as("the start-up deployment passed the check").isNotNull();
        assertThat(repositoryService.getDeploymentResourceNames(startUp.getId()))
                .contains("processes/nomination.bpmn", "processes/blockYearEnd.bpmn", "processes/voteThreshold.dmn");
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(startUp.getId())) {
            try (var in = repositoryService.getResourceAsStream(startUp.getId(), name)) {
                resources.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(FlowCheck.check(resources, new NoServer(applicationContext, false))).isEmpty();
    }

    // One broken copy of each kind ------------------------------------------------------------------------------------

    @Test
    void aUserTaskWhoseFormExistsNowhereIsRefused() {
        String broken = nomination.replace("embedded:deployment:forms/communeReview.html", "embedded:deployment:forms/communeReviewMoi.html");
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.FORM_MISSING, "communeReview", "forms/communeReviewMoi.html");
    }

    @Test
    void aFormBindingAVariableTheStepDoesNotAcceptIsRefused() throws IOException {
        String form = Files.readString(Path.of("forms/communeReview.html")).replaceFirst("<form([^>]*)>",
                "<form$1>\n  <input type=\"text\" cam-variable-name=\"route\" cam-variable-type=\"String\" maxlength=\"100\">");
        refused(Map.of("processes/nomination.bpmn", nomination, "forms/communeReview.html", form), FlowRule.FORM_VARIABLE_NOT_ALLOWED,
                "communeReview", "route");
    }

    @Test
    void aDelegateExpressionNamingNoBeanIsRefused() {
        String broken = nomination.replace("${registerDossierDelegate}", "${registerDosierDelegate}");
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.DELEGATE_UNKNOWN, "registerDossier", "registerDosierDelegate");
    }

    @Test
    void aDelegateClassThatDoesNotExistIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckClass").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("callMissingClass").camundaClass("vn.khenthuong.workflow.NoSuchDelegate").endEvent().done();
        refused(Map.of("processes/flowCheckClass.bpmn", Bpmn.convertToString(model)), FlowRule.DELEGATE_UNKNOWN, "callMissingClass",
                "vn.khenthuong.workflow.NoSuchDelegate");
    }

    @Test
    void aUserTaskNoKnownRoleMayClaimIsRefused() {
        String broken = replaceInTag(nomination, "<bpmn:userTask id=\"communeReview\"", "candidateGroups=\"[^\"]*\"",
                "candidateGroups=\"nobody.\\${unitCode}\"");
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.NO_CANDIDATE_ROLE, "communeReview", "nobody.${unitCode}");
    }

    @Test
    void aBusinessRuleTaskWithAMissingTableIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckDecision").camundaHistoryTimeToLive(1).startEvent()
                .businessRuleTask("decideSomething").camundaDecisionRef("noSuchTable").endEvent().done();
        refused(Map.of("processes/flowCheckDecision.bpmn", Bpmn.convertToString(model)), FlowRule.DECISION_MISSING, "decideSomething",
                "noSuchTable");
    }

    @Test
    void aTableAskingForAnInputItsTaskDoesNotSupplyIsRefusedEvenWhenDeployedAlone() throws IOException {
        String table = Files.readString(Path.of("processes/voteThreshold.dmn"));
        Matcher first = Pattern.compile("<text>\\s*awardKindCode\\s*</text>").matcher(table);
        assertThat(first.find()).isTrue();
        String broken = table.substring(0, first.start()) + "<text>nomineeAge</text>" + table.substring(first.end());
        refused(Map.of("processes/voteThreshold.dmn", broken), FlowRule.DECISION_INPUT_MISSING, "voteThreshold", "nomineeAge");
    }

    @Test
    void aGatewayFlowWithoutConditionThatIsNotTheDefaultIsRefused() {
        String broken = nomination.replaceFirst("(<bpmn:sequenceFlow id=\"communeReturned\"[^>]*>)\\s*<bpmn:conditionExpression[^>]*>[^<]*</bpmn:conditionExpression>",
                "$1");
        assertThat(broken).isNotEqualTo(nomination);
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.GATEWAY_FLOW_WITHOUT_CONDITION, "communeOutcome", "communeReturned");
    }

    @Test
    void aGatewayWithNoWayOutIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckDeadEnd").camundaHistoryTimeToLive(1).startEvent()
                .exclusiveGateway("deadEnd").done();
        refused(Map.of("processes/flowCheckDeadEnd.bpmn", Bpmn.convertToString(model)), FlowRule.GATEWAY_NO_WAY_OUT, "deadEnd", "nhánh ra");
    }

    @Test
    void anElementWithoutAShapeIsRefused() {
        String broken = nomination.replaceFirst("(?s)<bpmndi:BPMNShape[^>]*bpmnElement=\"communeReview\"[^>]*>.*?</bpmndi:BPMNShape>", "");
        assertThat(broken).isNotEqualTo(nomination);
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.NO_DIAGRAM_SHAPE, "communeReview", "BPMNShape");
    }

    @Test
    void aTimerThatDoesNotParseIsRefused() {
        String broken = nomination.replace("${dueDates.votingCloses()}", "${dueDates.votingCloses(}");
        assertThat(broken).isNotEqualTo(nomination);
        refused(Map.of("processes/nomination.bpmn", broken), FlowRule.TIMER_INVALID, "votingCloses(", "timeDate");
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckTimer").camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("waitABit").timerWithDuration("PT5X").endEvent().done();
        refused(Map.of("processes/flowCheckTimer.bpmn", Bpmn.convertToString(model)), FlowRule.TIMER_INVALID, "waitABit", "PT5X");
    }

    @Test
    void aScriptIsRefusedUnlessTheAdministratorAllowedScripts() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckScript").camundaHistoryTimeToLive(1).startEvent()
                .scriptTask("runScript").scriptFormat("javascript").scriptText("java.lang.System.exit(1)").endEvent().done();
        refused(Map.of("processes/flowCheckScript.bpmn", Bpmn.convertToString(model)), FlowRule.SCRIPT_NOT_CONFIRMED, "runScript", "script");
    }

    @Test
    void aScriptPassesTheCheckOnceTheAdministratorAllowedScripts() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("flowCheckScript").camundaHistoryTimeToLive(1).startEvent()
                .scriptTask("runScript").scriptFormat("javascript").scriptText("1 + 1").endEvent().done();
        Map<String, byte[]> resources = Map.of("processes/flowCheckScript.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
        assertThat(FlowCheck.check(resources, new NoServer(applicationContext, true))).isEmpty();
        assertThat(FlowCheck.check(resources, new NoServer(applicationContext, false))).extracting(FlowProblem::rule)
                .containsExactly(FlowRule.SCRIPT_NOT_CONFIRMED);
    }

    @Test
    void everyProblemOfADiagramIsReportedAtOnce() {
        String broken = nomination.replace("${registerDossierDelegate}", "${registerDosierDelegate}")
                .replace("embedded:deployment:forms/communeReview.html", "embedded:deployment:forms/communeReviewMoi.html");
        FlowRefusedException refused = deployExpectingRefusal(Map.of("processes/nomination.bpmn", broken));
        assertThat(refused.problems()).extracting(FlowProblem::rule).containsExactlyInAnyOrder(FlowRule.DELEGATE_UNKNOWN, FlowRule.FORM_MISSING);
    }

    // The doors -------------------------------------------------------------------------------------------------------

    @Test
    void modelerGetsA400ProblemDetailNamingTheElementAndTheRule() throws Exception {
        String broken = replaceInTag(nomination, "<bpmn:userTask id=\"communeReview\"", "candidateGroups=\"[^\"]*\"",
                "candidateGroups=\"nobody.\\${unitCode}\"");
        HttpResponse<String> response = new ModelerRequest("http://localhost:" + port + "/engine-rest", "nomination")
                .file("nomination.bpmn", broken).send("admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asText()).isEqualTo(FlowRefusedException.TITLE);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains("communeReview", "Xã xét duyệt", "NO_CANDIDATE_ROLE", "không có gì được ghi");
        assertThat(problem.path("detailEn").asText()).contains("communeReview", "known role", "nothing was written");
        // Modeler's Deploy dialog shows "message".
        assertThat(problem.path("message").asText()).contains("communeReview");
        assertThat(problem.path("problems")).hasSize(1);
        assertThat(problem.path("problems").get(0).path("rule").asText()).isEqualTo("NO_CANDIDATE_ROLE");
        assertThat(problem.path("problems").get(0).path("resource").asText()).isEqualTo("processes/nomination.bpmn");
    }

    @Test
    void theAdminEndpointRefusesABrokenFileOnTheServerWithTheSameProblemDetail() throws Exception {
        Path file = FLOWS.resolve("processes/nomination.bpmn");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("${registerDossierDelegate}", "${registerDosierDelegate}"));
        try {
            for (String user : List.of("xa.pusamcap", "thanhtra", "tinh.thamdinh")) {
                assertThat(adminDeploy(user).statusCode()).as(user).isEqualTo(403);
            }
            HttpResponse<String> response = adminDeploy("admin");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("title").asText()).isEqualTo(FlowRefusedException.TITLE);
            assertThat(problem.path("detail").asText()).contains("registerDossier", "registerDosierDelegate", "DELEGATE_UNKNOWN");
            assertThat(problem.path("detailEn").asText()).contains("registerDosierDelegate", "names bean");
            assertThat(problem.path("problems").get(0).path("rule").asText()).isEqualTo("DELEGATE_UNKNOWN");
        } finally {
            Files.writeString(file, original);
        }
        // Repaired: the same endpoint deploys nothing new (the files are those of the start-up deployment).
        HttpResponse<String> repaired = adminDeploy("admin");
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
    }

    HttpResponse<String> adminDeploy(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/flows/deploy"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // Helpers ---------------------------------------------------------------------------------------------------------

    /** Deploys as the administrator through the Java API and expects a refusal of that rule only, naming the element. */
    void refused(Map<String, String> files, FlowRule rule, String element, String detail) {
        FlowRefusedException refused = deployExpectingRefusal(files);
        assertThat(refused.problems()).as(refused.getMessage()).isNotEmpty().allSatisfy(p -> assertThat(p.rule()).isEqualTo(rule));
        FlowProblem problem = refused.problems().get(0);
        assertThat(problem.element() + " " + problem.detail()).contains(element);
        assertThat(problem.detail() + " " + problem.detailEn()).contains(detail);
        assertThat(refused.getMessage()).contains(rule.name(), rule.vi(), rule.en(), element);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    FlowRefusedException deployExpectingRefusal(Map<String, String> files) {
        DeploymentBuilder builder = repositoryService.createDeployment().name("flow-check-broken").source("test");
        files.forEach(builder::addString);
        identityService.setAuthentication("admin", List.of(Roles.ADMIN));
        try {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(builder::deploy);
            assertThat(thrown).isInstanceOf(FlowRefusedException.class);
            return (FlowRefusedException) thrown;
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Replaces a pattern inside the first tag that starts with {@code tagStart}. */
    static String replaceInTag(String xml, String tagStart, String regex, String replacement) {
        int start = xml.indexOf(tagStart);
        int end = xml.indexOf('>', start);
        assertThat(start).isNotNegative();
        String tag = xml.substring(start, end);
        String changed = tag.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(tag);
        return xml.substring(0, start) + changed + xml.substring(end);
    }

    /** Nothing on the server but the application's beans: the deployment must hold all it needs. */
    record NoServer(org.springframework.context.ApplicationContext context, boolean scripts) implements FlowCheck.Environment {

        @Override
        public java.util.Optional<byte[]> serverResource(String name) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<byte[]> decisionOnServer(String key) {
            return java.util.Optional.empty();
        }

        @Override
        public boolean camundaFormOnServer(String key) {
            return false;
        }

        @Override
        public boolean beanExists(String name) {
            return context.containsBean(name);
        }

        @Override
        public <T> java.util.Optional<T> bean(String name, Class<T> type) {
            return context.containsBean(name) && context.isTypeMatch(name, type) ? java.util.Optional.of(context.getBean(name, type))
                    : java.util.Optional.empty();
        }

        @Override
        public boolean classExists(String className) {
            try {
                Class.forName(className);
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        @Override
        public void parseTimer(String kind, String text) {
            // Timer texts are all expressions in the real diagrams; their parse is covered by the engine's deployment.
        }

        @Override
        public boolean scriptsAllowed() {
            return scripts;
        }

        @Override
        public java.util.Collection<vn.khenthuong.workflow.engine.DecisionTableUse> decisionUses() {
            return context.getBeansOfType(vn.khenthuong.workflow.engine.DecisionTableUse.class).values();
        }
    }
}
