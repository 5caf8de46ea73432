package vn.khenthuong.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * Migration with a preview on the real engine (issue 18, point 3): ten nominations waiting at different steps of
 * version 1; version 2 renames the district's review and adds a step; the preview maps equal ids, shows the renamed
 * step unmapped until the administrator maps it, with the nominations at each step; the migration moves the movable
 * ones and reports the rest; nothing is lost, and the moved nominations go on to their end on version 2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcessMigrationTest {

    static final String ADMIN = "admin";
    static final String URL = "/api/admin/migrations";

    @Autowired MockMvc mvc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    final ObjectMapper json = new ObjectMapper();

    WaitingDossiers dossiers;
    ProcessDriver driver;
    Version2 version2;
    ProcessDefinition v1;
    ProcessDefinition v2;

    @BeforeEach
    void setUp() {
        dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        driver = dossiers.driver;
        version2 = new Version2(repositoryService);
    }

    @AfterEach
    void rollBack() {
        if (v2 != null) {
            // What an administrator does to roll back: deploy the previous files again (a new version equal to version 1).
            version2.restore();
        }
    }

    ResultActions post(String user, String url, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    Map<String, Object> plan(Map<String, String> mappings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceDefinitionId", v1.getId());
        body.put("targetDefinitionId", v2.getId());
        List<Map<String, String>> list = new ArrayList<>();
        mappings.forEach((s, t) -> list.add(Map.of("source", s, "target", t)));
        body.put("mappings", list);
        return body;
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static JsonNode group(JsonNode preview, String activityId) {
        return list(preview.get("waiting")).stream().filter(g -> activityId.equals(g.get("activityId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + activityId + " in " + preview.get("waiting")));
    }

    /** The nominations of this test in a group (other tests of the same context may have left theirs on version 1). */
    static Map<String, JsonNode> ours(JsonNode group, Map<String, String> codes) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (JsonNode n : list(group.get("nominations"))) {
            if (codes.containsKey(n.get("code").asText(""))) {
                found.put(n.get("code").asText(), n);
            }
        }
        return found;
    }

    String instanceOf(String code) {
        return driver.instance(code).getId();
    }

    Map<String, String> variables(String instanceId) {
        Map<String, String> values = new HashMap<>();
        jdbc.queryForList("select NAME_, TYPE_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", instanceId)
                .forEach(r -> values.put(r.get("NAME_") + "@" + r.get("TYPE_"), r.get("TEXT_") + "|" + r.get("LONG_") + "|" + r.get("DOUBLE_")
                        + "|" + (r.get("BYTEARRAY_ID_") != null)));
        return values;
    }

    List<String> tasks(String instanceId) {
        return jdbc.queryForList("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ? order by ID_", String.class, instanceId);
    }

    long auditRows(String code) {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code = ?", Long.class, code);
    }

    long auditRows(String code, String type) {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code = ? and event_type = ? and actor = ?", Long.class,
                code, type, ADMIN);
    }

    long runRows() {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code is null and event_type = 'PROCESS_MIGRATION_RUN' and actor = ?",
                Long.class, ADMIN);
    }

    @Test
    void thePreviewShowsThePlanAndTheNominationsAtEachStepAndTheMigrationMovesTheMovableOnesWithNothingLost() throws Exception {
        // Ten nominations waiting at six different steps of version 1.
        Map<String, String> codes = new LinkedHashMap<>(); // code → the step it waits at
        for (String name : List.of("Lò Văn Chuyển", "Vàng Thị Chuyển")) {
            codes.put(workflow.start(WaitingDossiers.adHoc(name), "xa.pusamcap"), NominationProcess.PREPARE_DOSSIER);
        }
        for (String name : List.of("Giàng A Xã", "Sùng Thị Xã")) {
            String code = workflow.start(WaitingDossiers.adHoc(name), "xa.pusamcap");
            driver.attachRequiredDocuments(code);
            driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
            codes.put(code, NominationProcess.COMMUNE_REVIEW);
        }
        for (String name : List.of("Lò Văn Huyện", "Tòng Thị Huyện", "Lường Văn Huyện")) {
            String code = workflow.start(WaitingDossiers.adHoc(name), "xa.pusamcap");
            driver.attachRequiredDocuments(code);
            driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
            driver.review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "approve", "Đủ điều kiện");
            codes.put(code, Version2.RENAMED_FROM);
        }
        codes.put(driver.toCouncilVote("BK_TINH"), NominationProcess.COUNCIL_VOTE);
        codes.put(dossiers.atAppraisal("Lò Văn Tỉnh"), NominationProcess.PROVINCIAL_APPRAISAL);
        codes.put(dossiers.atDecision("Lò Văn Quyết"), NominationProcess.DECISION);
        assertThat(codes).hasSize(10);
        v1 = repositoryService.getProcessDefinition(driver.instance(codes.keySet().iterator().next()).getProcessDefinitionId());
        Map<String, String> instances = new LinkedHashMap<>();
        codes.keySet().forEach(code -> instances.put(code, instanceOf(code)));
        assertThat(instances.values()).allSatisfy(id -> assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.getId()));

        v2 = version2.deploy();
        assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());

        // The versions, with the running nominations of each.
        JsonNode processes = read(mvc.perform(get(URL + "/processes").with(httpBasic(ADMIN, "demo"))).andExpect(status().isOk()));
        JsonNode nomination = list(processes).stream().filter(p -> NominationProcess.PROCESS_KEY.equals(p.get("key").asText())).findFirst().orElseThrow();
        JsonNode source = list(nomination.get("versions")).stream().filter(v -> v1.getId().equals(v.get("id").asText())).findFirst().orElseThrow();
        assertThat(source.get("running").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(list(nomination.get("versions")).get(0).get("id").asText()).isEqualTo(v2.getId());

        // Preview without mappings: equal ids mapped, the renamed step unmapped with its three nominations.
        JsonNode preview = read(post(ADMIN, URL + "/preview", plan(Map.of())).andExpect(status().isOk()));
        List<String> mapped = list(preview.get("instructions")).stream().map(i -> i.get("source").asText() + "→" + i.get("target").asText()).toList();
        assertThat(mapped).contains("prepareDossier→prepareDossier", "communeReview→communeReview", "councilMeeting→councilMeeting",
                "councilVote→councilVote", "provincialAppraisal→provincialAppraisal", "decision→decision");
        assertThat(mapped).noneMatch(m -> m.startsWith(Version2.RENAMED_FROM + "→"));
        assertThat(list(preview.get("instructions"))).noneMatch(i -> i.get("explicit").asBoolean());
        JsonNode unmapped = list(preview.get("unmappedSource")).stream().filter(s -> Version2.RENAMED_FROM.equals(s.get("id").asText())).findFirst()
                .orElseThrow();
        assertThat(unmapped.get("name").asText()).isEqualTo("Phòng Nội vụ huyện xét duyệt");
        assertThat(unmapped.get("waiting").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(list(preview.get("newInTarget")).stream().map(s -> s.get("id").asText())).contains(Version2.RENAMED_TO, Version2.ADDED);

        Map<String, JsonNode> atDistrict = ours(group(preview, Version2.RENAMED_FROM), codes);
        assertThat(atDistrict).hasSize(3);
        assertThat(group(preview, Version2.RENAMED_FROM).path("targetId").textValue()).isNull();
        assertThat(atDistrict.values()).allSatisfy(n -> {
            assertThat(n.get("movable").asBoolean()).isFalse();
            assertThat(n.get("reasons").get(0).asText()).contains("Phòng Nội vụ huyện xét duyệt").contains("chưa được ánh xạ");
            assertThat(n.get("reasonsEn").get(0).asText()).contains("no migration instruction");
            assertThat(n.get("nomineeName").asText()).endsWith("Huyện");
            assertThat(n.get("unitCode").asText()).isEqualTo("pusamcap");
            assertThat(n.get("unitName").asText()).isNotBlank().isNotEqualTo("pusamcap");
            assertThat(n.get("awardKindName").asText()).isNotBlank().isNotEqualTo("BK_TINH");
        });
        Map<String, JsonNode> atPrepare = ours(group(preview, NominationProcess.PREPARE_DOSSIER), codes);
        assertThat(atPrepare).hasSize(2);
        assertThat(atPrepare.values()).allSatisfy(n -> assertThat(n.get("movable").asBoolean()).isTrue());
        assertThat(group(preview, NominationProcess.PREPARE_DOSSIER).get("targetId").asText()).isEqualTo(NominationProcess.PREPARE_DOSSIER);
        assertThat(ours(group(preview, NominationProcess.COMMUNE_REVIEW), codes)).hasSize(2);
        assertThat(ours(group(preview, NominationProcess.COUNCIL_VOTE), codes)).hasSize(1)
                .allSatisfy((code, n) -> assertThat(n.get("movable").asBoolean()).isTrue());
        assertThat(ours(group(preview, NominationProcess.PROVINCIAL_APPRAISAL), codes)).hasSize(1);
        assertThat(ours(group(preview, NominationProcess.DECISION), codes)).hasSize(1);
        assertThat(preview.get("blocked").asInt()).isGreaterThanOrEqualTo(3);

        // What must survive: the nominations, every variable and task of each, and every audit row.
        long nominationsBefore = jdbc.queryForObject("select count(*) from nomination", Long.class);
        Map<String, Map<String, String>> variablesBefore = new HashMap<>();
        Map<String, List<String>> tasksBefore = new HashMap<>();
        Map<String, Long> auditBefore = new HashMap<>();
        instances.forEach((code, id) -> {
            variablesBefore.put(code, variables(id));
            tasksBefore.put(code, tasks(id));
            auditBefore.put(code, auditRows(code));
        });
        long runsBefore = runRows();

        // Migrate the ten as a selection: seven move, the three at the renamed step are reported.
        Map<String, Object> first = plan(Map.of());
        first.put("processInstanceIds", new ArrayList<>(instances.values()));
        JsonNode outcome = read(post(ADMIN, URL, first).andExpect(status().isOk()));
        assertThat(outcome.get("mode").asText()).isEqualTo("SYNC");
        assertThat(outcome.get("requested").asInt()).isEqualTo(10);
        assertThat(list(outcome.get("moved"))).hasSize(7);
        assertThat(list(outcome.get("refused"))).hasSize(3).allSatisfy(r -> {
            assertThat(codes.get(r.get("code").asText())).isEqualTo(Version2.RENAMED_FROM);
            assertThat(r.get("reasons").get(0).asText()).contains("chưa được ánh xạ");
        });
        codes.forEach((code, step) -> assertThat(driver.instance(code).getProcessDefinitionId())
                .as(code + " at " + step).isEqualTo(Version2.RENAMED_FROM.equals(step) ? v1.getId() : v2.getId()));

        // The administrator maps the renamed step: the preview now moves them too.
        JsonNode mappedPreview = read(post(ADMIN, URL + "/preview", plan(Map.of(Version2.RENAMED_FROM, Version2.RENAMED_TO))).andExpect(status().isOk()));
        assertThat(list(mappedPreview.get("instructions"))).anySatisfy(i -> {
            assertThat(i.get("source").asText()).isEqualTo(Version2.RENAMED_FROM);
            assertThat(i.get("target").asText()).isEqualTo(Version2.RENAMED_TO);
            assertThat(i.get("targetName").asText()).isEqualTo("Phòng Nội vụ huyện thẩm tra, xét duyệt");
            assertThat(i.get("explicit").asBoolean()).isTrue();
        });
        assertThat(list(mappedPreview.get("unmappedSource"))).noneMatch(s -> Version2.RENAMED_FROM.equals(s.get("id").asText()));
        assertThat(list(mappedPreview.get("newInTarget")).stream().map(s -> s.get("id").asText())).contains(Version2.ADDED)
                .doesNotContain(Version2.RENAMED_TO);
        assertThat(ours(group(mappedPreview, Version2.RENAMED_FROM), codes)).hasSize(3)
                .allSatisfy((code, n) -> assertThat(n.get("movable").asBoolean()).isTrue());

        Map<String, Object> second = plan(Map.of(Version2.RENAMED_FROM, Version2.RENAMED_TO));
        List<String> atRenamed = codes.entrySet().stream().filter(e -> Version2.RENAMED_FROM.equals(e.getValue())).map(e -> instances.get(e.getKey())).toList();
        second.put("processInstanceIds", atRenamed);
        JsonNode secondOutcome = read(post(ADMIN, URL, second).andExpect(status().isOk()));
        assertThat(list(secondOutcome.get("moved"))).hasSize(3);
        assertThat(list(secondOutcome.get("refused"))).isEmpty();
        codes.keySet().forEach(code -> assertThat(driver.instance(code).getProcessDefinitionId()).isEqualTo(v2.getId()));

        // Nothing lost: same nominations, same variables and tasks of each, every audit row kept and one more for the move.
        assertThat(jdbc.queryForObject("select count(*) from nomination", Long.class)).isEqualTo(nominationsBefore);
        instances.forEach((code, id) -> {
            assertThat(instanceOf(code)).isEqualTo(id);
            assertThat(variables(id)).as(code).isEqualTo(variablesBefore.get(code));
            assertThat(tasks(id)).as(code).isEqualTo(tasksBefore.get(code));
            assertThat(auditRows(code)).as(code).isEqualTo(auditBefore.get(code) + 1);
            assertThat(auditRows(code, "PROCESS_MIGRATED")).as(code).isEqualTo(1);
        });
        assertThat(runRows()).isEqualTo(runsBefore + 2);
        Map<String, Object> lastRun = jdbc.queryForMap("select details from audit_event where event_type = 'PROCESS_MIGRATION_RUN' order by seq desc limit 1");
        assertThat(String.valueOf(lastRun.get("DETAILS"))).contains(Version2.RENAMED_FROM).contains(Version2.RENAMED_TO).contains("\"movedCount\":3");
        // Renamed tasks carry the new step's id; the district official's task is the same task.
        String atDistrictCode = codes.entrySet().stream().filter(e -> Version2.RENAMED_FROM.equals(e.getValue())).findFirst().orElseThrow().getKey();
        assertThat(workflow.currentSteps(atDistrictCode)).containsExactly(Version2.RENAMED_TO);

        // The moved nominations go on to their end on version 2.
        driver.review("huyen.sinho", atDistrictCode, Version2.RENAMED_TO, "approve", "Đề nghị tỉnh khen");
        assertThat(workflow.currentSteps(atDistrictCode)).containsExactly(NominationProcess.PROVINCIAL_APPRAISAL);
        driver.review("tinh.thamdinh", atDistrictCode, NominationProcess.PROVINCIAL_APPRAISAL, "approve", null);
        driver.complete("tinh.chutich", atDistrictCode, NominationProcess.DECISION,
                Map.of(NominationProcess.DECISION_NUMBER, "2552/QĐ-UBND", NominationProcess.DECISION_DATE, "2019-12-20"));
        assertThat(driver.status(atDistrictCode)).isEqualTo("AWARDED");

        String atPrepareCode = codes.entrySet().stream().filter(e -> NominationProcess.PREPARE_DOSSIER.equals(e.getValue())).findFirst().orElseThrow().getKey();
        driver.attachRequiredDocuments(atPrepareCode);
        driver.complete("xa.pusamcap", atPrepareCode, NominationProcess.PREPARE_DOSSIER, Map.of());
        assertThat(workflow.currentSteps(atPrepareCode)).containsExactly(Version2.ADDED);
        driver.complete("xa.pusamcap", atPrepareCode, Version2.ADDED, Map.of());
        assertThat(workflow.currentSteps(atPrepareCode)).containsExactly(NominationProcess.COMMUNE_REVIEW);

        String atDecisionCode = codes.entrySet().stream().filter(e -> NominationProcess.DECISION.equals(e.getValue())).findFirst().orElseThrow().getKey();
        driver.complete("tinh.chutich", atDecisionCode, NominationProcess.DECISION,
                Map.of(NominationProcess.DECISION_NUMBER, "2553/QĐ-UBND", NominationProcess.DECISION_DATE, "2019-12-20"));
        assertThat(driver.status(atDecisionCode)).isEqualTo("AWARDED");

        String atCouncilCode = codes.entrySet().stream().filter(e -> NominationProcess.COUNCIL_VOTE.equals(e.getValue())).findFirst().orElseThrow().getKey();
        for (int i = 1; i <= 5; i++) {
            driver.vote(atCouncilCode, "hd.sinho." + i, "yes");
        }
        driver.closeMeeting(atCouncilCode, "hd.sinho.1");
        assertThat(ballots.tallies(atCouncilCode)).singleElement().satisfies(t -> assertThat(t.passed()).isTrue());
    }
}
