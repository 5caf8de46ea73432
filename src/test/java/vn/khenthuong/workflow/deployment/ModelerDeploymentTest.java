package vn.khenthuong.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
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
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * Issue 18, point 1: an administrator changes processes/nomination.bpmn and a form in Camunda Modeler and deploys them
 * with the Deploy dialog; the request is the one Modeler 5 sends. The new version's forms resolve (those attached and
 * those not), a nomination started on it is worked through its forms over /engine-rest, the same files deploy nothing
 * the second time, and only an administrator may deploy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelerDeploymentTest {

    static final String DEPLOYMENT = "quy-trinh-tu-modeler";
    static final String RENAMED_TASK = "Hoàn thiện hồ sơ, tải tài liệu (bản sửa từ Modeler)";
    static final String FORM_MARKER = "Biểu mẫu này được triển khai từ Camunda Modeler";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;

    String diagram;
    String form;

    @BeforeEach
    void editInModeler() throws Exception {
        String original = Files.readString(Path.of("processes/nomination.bpmn"));
        diagram = original.replace("name=\"Hoàn thiện hồ sơ, tải tài liệu\"", "name=\"" + RENAMED_TASK + "\"");
        assertThat(diagram).isNotEqualTo(original);
        String originalForm = Files.readString(Path.of("forms/prepareDossier.html"));
        form = originalForm.replaceFirst("<form([^>]*)>", "<form$1>\n  <p class=\"text-muted\">" + FORM_MARKER + "</p>");
        assertThat(form).isNotEqualTo(originalForm);
    }

    @AfterEach
    void removeTheModelerDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
        jdbc.update("DELETE FROM login_throttle");
    }

    ModelerRequest modeler() throws Exception {
        // What the administrator ticks in "Include additional files": the changed form, the allow-list and a table.
        return new ModelerRequest("http://localhost:" + port + "/engine-rest", DEPLOYMENT)
                .file("nomination.bpmn", diagram)
                .file("prepareDossier.html", form)
                .file("nomination.form-variables.yaml", Files.readAllBytes(Path.of("processes/nomination.form-variables.yaml")))
                .file("voteThreshold.dmn", Files.readAllBytes(Path.of("processes/voteThreshold.dmn")));
    }

    @Test
    void aDiagramDeployedFromModelerFindsItsFormsAndRunsThroughThem() throws Exception {
        HttpResponse<String> deployed = modeler().send("admin", "demo");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(deployed.body());
        assertThat(answer.path("deployedProcessDefinitions").toString()).contains("\"key\":\"nomination\"");
        String deploymentId = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).singleResult().getId();
        assertThat(answer.path("id").asText()).as(deployed.body()).isEqualTo(deploymentId);

        // Stored as the start-up deployment stores them; the forms Modeler did not send came from the live version.
        List<String> names = repositoryService.getDeploymentResourceNames(deploymentId);
        assertThat(names).contains("processes/nomination.bpmn", "forms/prepareDossier.html", "processes/nomination.form-variables.yaml",
                "processes/voteThreshold.dmn", "forms/communeReview.html", "forms/startNomination.html", "forms/decision.html");
        assertThat(names).noneMatch(n -> !n.startsWith("processes/") && !n.startsWith("forms/"));
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                .latestVersion().singleResult();
        assertThat(latest.getDeploymentId()).isEqualTo(deploymentId);

        // The same files again (Modeler's second click): nothing new is deployed.
        HttpResponse<String> again = modeler().send("admin", "demo");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id").asText()).isEqualTo(deploymentId);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isEqualTo(1);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId()).isEqualTo(latest.getId());

        // A nomination filed now runs on the new version, and Tasklist gets the changed form from its deployment.
        ProcessDriver driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String code = driver.start("BK_TINH");
        assertThat(driver.instance(code).getProcessDefinitionId()).isEqualTo(latest.getId());
        Task prepare = driver.task(code, NominationProcess.PREPARE_DOSSIER, null);
        // (Tasklist shows the task under a name of its own, with the nominee; the diagram carries the edited one.)
        assertThat(prepare.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(repositoryService.getBpmnModelInstance(latest.getId()).<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById(
                NominationProcess.PREPARE_DOSSIER).getName()).isEqualTo(RENAMED_TASK);
        HttpResponse<String> formKey = get("/engine-rest/task/" + prepare.getId() + "/form", "xa.pusamcap");
        assertThat(JSON.readTree(formKey.body()).path("key").asText()).isEqualTo("embedded:deployment:forms/prepareDossier.html");
        HttpResponse<String> served = get("/engine-rest/task/" + prepare.getId() + "/deployed-form", "xa.pusamcap");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        assertThat(served.body()).contains(FORM_MARKER);

        driver.attachRequiredDocuments(code);
        HttpResponse<String> submitted = post("/engine-rest/task/" + prepare.getId() + "/submit-form", "xa.pusamcap", "{\"variables\":{}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

        // The next step's form was not attached: it is the live version's, copied into the new deployment.
        Task review = driver.task(code, NominationProcess.COMMUNE_REVIEW, null);
        HttpResponse<String> reviewForm = get("/engine-rest/task/" + review.getId() + "/deployed-form", "xa.pusamcap");
        assertThat(reviewForm.statusCode()).as(reviewForm.body()).isEqualTo(200);
        assertThat(reviewForm.body()).isEqualTo(Files.readString(Path.of("forms/communeReview.html")));
        HttpResponse<String> approved = post("/engine-rest/task/" + review.getId() + "/submit-form", "xa.pusamcap",
                "{\"variables\":{\"outcome\":{\"value\":\"approve\",\"type\":\"String\"},\"comment\":{\"value\":\"Đồng ý\",\"type\":\"String\"}}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(workflow.currentSteps(code)).doesNotContain(NominationProcess.COMMUNE_REVIEW);
    }

    @Test
    void onlyAnAdministratorMayDeployFromModeler() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();
        for (String user : List.of("xa.pusamcap", "thanhtra", "tinh.thamdinh", "hd.sinho.1")) {
            HttpResponse<String> refused = modeler().send(user, "demo");
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
            assertThat(repositoryService.createDeploymentQuery().count()).as(user).isEqualTo(deployments);
        }
        HttpResponse<String> wrongPassword = modeler().send("admin", "sai-mat-khau");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)), user).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String json) throws Exception {
        return HttpClient.newHttpClient().send(basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)), user)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
