package vn.khenthuong.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.khenthuong.workflow.NominationProcess;

/**
 * The migration doors: only administrators pass (officials, board, chairman, council, auditor get 403, nobody signed in
 * 401), a bad request is a 400 or 404 in Vietnamese and English that changes nothing, and a set larger than the
 * synchronous limit moves as a Camunda batch whose progress the API reports. Uses a small process of its own
 * ({@code migrationProbe}: instances wait at a receive task) so as not to touch the nominations of other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MigrationDoorsTest {

    static final String URL = "/api/admin/migrations";
    static final String PROBE = "migrationProbe";
    /** One user of each role that is not administrator. */
    static final List<String> NOT_ADMINS = List.of("xa.pusamcap", "huyen.sinho", "hd.sinho.1", "tinh.thamdinh", "tinh.chutich", "thanhtra");

    @Autowired MockMvc mvc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired MigrationProperties properties;
    final ObjectMapper json = new ObjectMapper();

    final List<String> deployments = new ArrayList<>();
    ProcessDefinition v1;
    ProcessDefinition v2;

    ProcessDefinition deploy(BpmnModelInstance model) {
        String id = repositoryService.createDeployment().name("migration-probe").addModelInstance("processes/" + PROBE + ".bpmn", model).deploy().getId();
        deployments.add(id);
        return repositoryService.createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    @BeforeEach
    void twoVersions() {
        v1 = deploy(Bpmn.createExecutableProcess(PROBE).name("Quy trình thử chuyển phiên bản").camundaHistoryTimeToLive(1)
                .startEvent("started").receiveTask("waitHere").name("Chờ ở đây").endEvent("done").done());
        v2 = deploy(Bpmn.createExecutableProcess(PROBE).name("Quy trình thử chuyển phiên bản").camundaHistoryTimeToLive(1)
                .startEvent("started").receiveTask("waitHere").name("Chờ ở đây").receiveTask("thenHere").name("Rồi chờ ở đây").endEvent("done").done());
    }

    @AfterEach
    void removeProbe() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    ResultActions post(String user, String url, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    Map<String, Object> plan(String source, String target, Map<String, String> mappings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceDefinitionId", source);
        body.put("targetDefinitionId", target);
        List<Map<String, String>> list = new ArrayList<>();
        mappings.forEach((s, t) -> list.add(Map.of("source", s, "target", t)));
        body.put("mappings", list);
        return body;
    }

    /** Business keys short enough for an audit chain; the batch test reads their trail rows. */
    final String prefix = "MP" + (System.nanoTime() % 100_000_000L) + "-";

    List<String> start(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(runtimeService.startProcessInstanceById(v1.getId(), prefix + i).getId());
        }
        return ids;
    }

    long onVersion(ProcessDefinition d) {
        return runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
    }

    @Test
    void onlyAdministratorsReachTheMigrationPageAndApi() throws Exception {
        String instance = start(1).get(0);
        Map<String, Object> migrate = plan(v1.getId(), v2.getId(), Map.of());
        migrate.put("processInstanceIds", List.of(instance));
        for (String user : NOT_ADMINS) {
            mvc.perform(get(URL + "/processes").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            post(user, URL + "/preview", plan(v1.getId(), v2.getId(), Map.of())).andExpect(status().isForbidden());
            post(user, URL, migrate).andExpect(status().isForbidden());
            mvc.perform(get(URL + "/batches/any").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(get("/chuyen-phien-ban.html").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(get("/chuyen-phien-ban.js").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(get(URL + "/processes")).andExpect(status().isUnauthorized());
        // Nobody signed in: no CSRF token either, so Spring Security refuses before asking who it is (403), never a 2xx.
        mvc.perform(MockMvcRequestBuilders.post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(migrate)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
        assertThat(onVersion(v1)).isEqualTo(1);
        assertThat(onVersion(v2)).isZero();

        mvc.perform(get("/chuyen-phien-ban.html").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        // Reached from Camunda's welcome page, like the other pages of ours.
        assertThat(new org.springframework.core.io.ClassPathResource("META-INF/resources/webjars/camunda/app/welcome/scripts/config.js")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("href: '/chuyen-phien-ban.html'");
        JsonNode outcome = read(post("admin", URL, migrate).andExpect(status().isOk()));
        assertThat(outcome.get("moved").get(0).get("processInstanceId").asText()).isEqualTo(instance);
        assertThat(onVersion(v2)).isEqualTo(1);
    }

    @Test
    void aBadRequestIsRefusedInVietnameseAndEnglishAndMovesNothing() throws Exception {
        start(2);
        long runsBefore = jdbc.queryForObject("select count(*) from audit_event where event_type = 'PROCESS_MIGRATION_RUN'", Long.class);

        JsonNode unknown = read(post("admin", URL + "/preview", plan("khong-co:1:x", v2.getId(), Map.of())).andExpect(status().isNotFound()));
        assertThat(unknown.get("detail").asText()).contains("Không có phiên bản nguồn");
        assertThat(unknown.get("detailEn").asText()).contains("no source version");

        JsonNode same = read(post("admin", URL + "/preview", plan(v1.getId(), v1.getId(), Map.of())).andExpect(status().isBadRequest()));
        assertThat(same.get("detail").asText()).contains("trùng nhau");

        ProcessDefinition nomination = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                .latestVersion().singleResult();
        JsonNode otherProcess = read(post("admin", URL + "/preview", plan(v1.getId(), nomination.getId(), Map.of())).andExpect(status().isBadRequest()));
        assertThat(otherProcess.get("detail").asText()).contains("cùng một quy trình");

        JsonNode noSuchStep = read(post("admin", URL + "/preview", plan(v1.getId(), v2.getId(), Map.of("waitHere", "khongCo")))
                .andExpect(status().isBadRequest()));
        assertThat(noSuchStep.get("errors").get(0).get("field").asText()).isEqualTo("mappings[0].target");
        assertThat(noSuchStep.get("errors").get(0).get("message").asText()).contains("khongCo");

        // A mapping Camunda refuses (a waiting step onto an end event): its own report, in Vietnamese, naming both steps.
        JsonNode refused = read(post("admin", URL + "/preview", plan(v1.getId(), v2.getId(), Map.of("waitHere", "done")))
                .andExpect(status().isBadRequest()));
        assertThat(refused.get("detail").asText()).isEqualTo("Camunda không chấp nhận kế hoạch chuyển phiên bản này");
        assertThat(refused.get("errors").get(0).get("message").asText()).contains("«Chờ ở đây»");
        assertThat(refused.get("errors").get(0).get("messageEn").asText()).isNotBlank();

        Map<String, Object> neither = plan(v1.getId(), v2.getId(), Map.of());
        post("admin", URL, neither).andExpect(status().isBadRequest());
        Map<String, Object> both = plan(v1.getId(), v2.getId(), Map.of());
        both.put("all", true);
        both.put("processInstanceIds", List.of("x"));
        post("admin", URL, both).andExpect(status().isBadRequest());
        mvc.perform(get(URL + "/batches/khong-co-lo").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());

        assertThat(onVersion(v1)).isEqualTo(2);
        assertThat(onVersion(v2)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'PROCESS_MIGRATION_RUN'", Long.class)).isEqualTo(runsBefore);
    }

    @Test
    void moreInstancesThanTheSynchronousLimitMoveAsABatchWhoseProgressTheApiReports() throws Exception {
        int count = properties.synchronousLimit() + 1;
        start(count);
        JsonNode preview = read(post("admin", URL + "/preview", plan(v1.getId(), v2.getId(), Map.of())).andExpect(status().isOk()));
        assertThat(preview.get("running").asInt()).isEqualTo(count);
        assertThat(preview.get("movable").asInt()).isEqualTo(count);
        assertThat(preview.get("newInTarget").get(0).get("id").asText()).isEqualTo("thenHere");
        assertThat(preview.get("waiting").get(0).get("activityName").asText()).isEqualTo("Chờ ở đây");

        Map<String, Object> all = plan(v1.getId(), v2.getId(), Map.of());
        all.put("all", true);
        JsonNode outcome = read(post("admin", URL, all).andExpect(status().isAccepted()));
        assertThat(outcome.get("mode").asText()).isEqualTo("BATCH");
        assertThat(outcome.get("moved")).hasSize(count);
        String batchId = outcome.get("batchId").asText();
        assertThat(outcome.get("progress").get("total").asInt()).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'PROCESS_MIGRATION_RUN' and actor = 'admin' and details like ?",
                Long.class, "%" + batchId + "%")).isEqualTo(1);

        // The job executor works the batch; the page polls its progress.
        JsonNode progress = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            progress = read(mvc.perform(get(URL + "/batches/" + batchId).with(httpBasic("admin", "demo"))).andExpect(status().isOk()));
            if (onVersion(v2) == count && (progress.get("done").asBoolean() || progress.get("completed").asInt() == count)) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(onVersion(v2)).isEqualTo(count);
        assertThat(onVersion(v1)).isZero();
        assertThat(progress.get("failed").asInt()).isZero();
        assertThat(progress.get("done").asBoolean() || progress.get("completed").asInt() == count).isTrue();
        // The batch's jobs run with nobody signed in; each moved instance's trail still names the administrator who asked.
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'PROCESS_MIGRATED' and actor = 'admin' and nomination_code like ?",
                Long.class, prefix + "%")).isEqualTo(count);
    }
}
