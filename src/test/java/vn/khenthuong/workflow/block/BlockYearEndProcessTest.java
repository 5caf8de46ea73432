package vn.khenthuong.workflow.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.emulation.BlockPacts;
import vn.khenthuong.emulation.BlockResultsSeed;
import vn.khenthuong.emulation.IndicatorResult;
import vn.khenthuong.emulation.Pact;
import vn.khenthuong.nomination.FieldProblem;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.workflow.guard.VariableRefusedException;

/**
 * The block's year end on the real engine, from the head unit's start to the started nominations: the 2019 block's
 * members, their report figures (seeds/block-results-2019.yaml), the head unit's return and acceptance, the
 * scoring, the secret ballot, the minutes and the flag's nomination — and every wrong user at every door.
 * Each test runs on its own copy of the 2019 pact under another year (a block's year end opens once).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BlockYearEndProcessTest {

    static final String BLOCK = "KHOI_HUYEN_TP";
    static final String HEAD = "huyen.phongtho";
    /** One demo officer per member unit (seeds/users.yaml). */
    static final Map<String, String> OFFICERS = new LinkedHashMap<>();

    static {
        OFFICERS.put("phongtho", "huyen.phongtho");
        OFFICERS.put("tp-laichau", "huyen.tplaichau");
        OFFICERS.put("tanuyen", "huyen.tanuyen");
        OFFICERS.put("tamduong", "huyen.tamduong");
        OFFICERS.put("muongte", "huyen.muongte");
        OFFICERS.put("sinho", "huyen.sinho");
        OFFICERS.put("namnhun", "huyen.namnhun");
        OFFICERS.put("thanuyen", "huyen.thanuyen");
    }

    @Autowired MockMvc mvc;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired BlockPacts pacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired NominationWorkflow nominations;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    /** The 2019 pact copied to another year, so that each test has a block year of its own. */
    void pactFor(int year) {
        if (pacts.pact(BLOCK, year).isPresent()) {
            return;
        }
        Pact p = pacts.pact(BLOCK, 2019).orElseThrow();
        pacts.define(new Pact(BLOCK, year, p.name(), p.headUnit(), null, p.totalWeight(), p.members(), p.indicators(), p.targets()), "admin");
    }

    ProcessInstance start(int year) throws Exception {
        pactFor(year);
        mvc.perform(json(post("/api/block-year-ends"), Map.of("blockCode", BLOCK, "year", year)).with(user(HEAD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RESULTS"))
                .andExpect(jsonPath("$.members.length()").value(8));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(BLOCK + "/" + year).singleResult();
    }

    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body) throws Exception {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    ResultActions saveResults(int year, String unit, String who) throws Exception {
        BlockResultsSeed.Member m = BlockResultsSeed.read(pacts).members().get(unit);
        List<Map<String, Object>> values = new ArrayList<>();
        for (IndicatorResult v : m.values()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("indicatorCode", v.indicatorCode());
            value.put("value", v.value());
            value.put("note", v.note());
            values.add(value);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leaderName", m.leaderName());
        body.put("staffCount", m.staffCount());
        body.put("values", values);
        return mvc.perform(json(put("/api/block-year-ends/" + BLOCK + "/" + year + "/results/" + unit), body).with(user(who)));
    }

    Task task(ProcessInstance pi, String taskKey, String unit) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> unit.equals(taskService.getVariable(t.getId(), CAST_BALLOT.equals(taskKey) ? VOTER_UNIT : MEMBER_UNIT)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " for " + unit));
    }

    /** Completes a task as the user would, with their groups: Camunda's authorizations and the variable guard apply. */
    void complete(String userId, Task task, Map<String, Object> variables) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    void enterAndSubmit(ProcessInstance pi, int year, String unit) throws Exception {
        saveResults(year, unit, OFFICERS.get(unit)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAFT"));
        complete(OFFICERS.get(unit), task(pi, ENTER_RESULTS, unit), Map.of());
    }

    void accept(ProcessInstance pi, String unit) {
        complete(HEAD, task(pi, CHECK_RESULTS, unit), Map.of(OUTCOME, ACCEPT));
    }

    void toVoting(ProcessInstance pi, int year) throws Exception {
        for (String unit : OFFICERS.keySet()) {
            enterAndSubmit(pi, year, unit);
            accept(pi, unit);
        }
    }

    ResultActions ballot(int year, String unit, String who, Map<String, Object> ballot) throws Exception {
        return mvc.perform(json(post("/api/block-year-ends/" + BLOCK + "/" + year + "/ballots/" + unit), ballot).with(user(who)));
    }

    @Test
    void theYearEndRunsFromTheHeadUnitsStartToTheFlagsNomination() throws Exception {
        int year = 2019;
        ProcessInstance pi = start(year);
        assertThat(pi).isWaitingAt(ENTER_RESULTS);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ENTER_RESULTS).count()).isEqualTo(8);
        // The task of Sìn Hồ is offered to Sìn Hồ's officers only, and named after it.
        Task sinho = task(pi, ENTER_RESULTS, "sinho");
        assertThat(sinho.getName()).isEqualTo("Nhập kết quả thực hiện giao ước: Huyện Sìn Hồ, năm 2019");
        assertThat(taskService.getIdentityLinksForTask(sinho.getId())).extracting(l -> l.getGroupId()).containsExactly("district-officer.sinho");

        // Sìn Hồ enters, attaches its evidence, submits; the head unit returns it with a reason; Sìn Hồ corrects and submits again.
        saveResults(year, "sinho", "huyen.sinho").andExpect(status().isOk());
        mvc.perform(multipart("/api/block-year-ends/" + BLOCK + "/" + year + "/results/sinho/documents")
                        .file(new MockMultipartFile("file", "bao-cao-sin-ho-2019.pdf", "application/pdf", "%PDF-1.4 minh chứng".getBytes()))
                        .with(csrf()).with(user("huyen.sinho")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("bao-cao-sin-ho-2019.pdf"));
        complete("huyen.sinho", task(pi, ENTER_RESULTS, "sinho"), Map.of());
        complete(HEAD, task(pi, CHECK_RESULTS, "sinho"), Map.of(OUTCOME, RETURN, RETURN_REASON, "Thiếu tài liệu minh chứng về tỷ lệ che phủ rừng"));
        mvc.perform(get("/api/block-year-ends/" + BLOCK + "/" + year).with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.unitCode == 'sinho')].state").value("RETURNED"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'sinho')].results.returnReason").value("Thiếu tài liệu minh chứng về tỷ lệ che phủ rừng"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'sinho')].results.evidence.length()").value(1));
        assertThat(runtimeService.getVariable(pi.getId(), OUTCOME)).isNull();
        saveResults(year, "sinho", "huyen.sinho").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
        complete("huyen.sinho", task(pi, ENTER_RESULTS, "sinho"), Map.of());
        accept(pi, "sinho");

        for (String unit : OFFICERS.keySet()) {
            if (!unit.equals("sinho")) {
                enterAndSubmit(pi, year, unit);
                accept(pi, unit);
            }
        }
        // Scored by blockScoring.dmn: Phong Thổ leads with 121.65 (BlockScoringDecisionTest's hand computation).
        assertThat(pi).isWaitingAt(CAST_BALLOT).hasPassed(SCORE);
        mvc.perform(get("/api/block-year-ends/" + BLOCK + "/" + year).with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("VOTING"))
                .andExpect(jsonPath("$.ranking.rows[0].unitCode").value("phongtho"))
                .andExpect(jsonPath("$.ranking.rows[0].total").value(121.65))
                .andExpect(jsonPath("$.ranking.rows[0].pointsByIndicator.THU_NHAP_BINH_QUAN").value(16.69))
                .andExpect(jsonPath("$.ranking.rows[1].unitCode").value("sinho"))
                .andExpect(jsonPath("$.ranking.rows[7].unitCode").value("namnhun"))
                .andExpect(jsonPath("$.tally").doesNotExist());
        // The report page's ranking reads the same scores, with the pact's indicators as columns.
        mvc.perform(get("/api/reports/ranking").param("year", String.valueOf(year)).param("block", BLOCK).with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scored").value(true))
                .andExpect(jsonPath("$.rows[0].rank").value(1))
                .andExpect(jsonPath("$.rows[0].unitName").value("Huyện Phong Thổ"))
                .andExpect(jsonPath("$.rows[0].total").value(121.65))
                .andExpect(jsonPath("$.rows[7].unitCode").value("namnhun"))
                .andExpect(jsonPath("$.rows[0].points.length()").value(8));
        mvc.perform(get("/api/reports/ranking").param("year", String.valueOf(year)).param("block", BLOCK).with(user("huyen.sinho")))
                .andExpect(status().isForbidden());

        // Six units confirm the ranking, two name Sìn Hồ: Phong Thổ has 6 of 8, more than half.
        int n = 0;
        for (Map.Entry<String, String> o : OFFICERS.entrySet()) {
            Map<String, Object> b = n++ < 6 ? Map.of("confirm", true) : Map.of("confirm", false, "proposedUnits", List.of("sinho"));
            ballot(year, o.getKey(), o.getValue(), b).andExpect(status().isNoContent());
            complete(o.getValue(), task(pi, CAST_BALLOT, o.getKey()), Map.of());
        }

        // The meeting is over: the head unit's officer submits the proposals to the province.
        assertThat(pi).isWaitingAt(SUBMIT_PROPOSALS).hasPassed(TALLY, WRITE_MINUTES);
        Task submit = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_PROPOSALS).singleResult();
        assertThat(submit.getName()).isEqualTo("Trưởng khối trình hồ sơ đề nghị khen thưởng lên tỉnh: Huyện Phong Thổ, năm 2019");
        assertThat(taskService.getIdentityLinksForTask(submit.getId())).extracting(l -> l.getGroupId()).containsExactly("district-officer.phongtho");
        complete(HEAD, submit, Map.of());

        assertThat(pi).isEnded().hasPassed(TALLY, WRITE_MINUTES, SUBMIT_PROPOSALS, START_NOMINATIONS);
        String codes = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(PROPOSAL_NOMINATIONS).singleResult().getValue();
        List<String> started = List.of(codes.split(","));
        assertThat(started).hasSize(3);
        // The flag's nomination: Phong Thổ as a collective, Cờ thi đua của UBND tỉnh, a running ordinary nomination,
        // proposed by the head unit (Phong Thổ, which here proposes itself) and filed by the officer who submitted.
        Map<String, Object> flag = jdbc.queryForMap("select award_kind_code, nominee_kind, nominee_name, unit_code, origin, created_by from nomination"
                + " where code = ?", started.get(0));
        assertThat(flag).containsEntry("award_kind_code", "CO_TD_TINH").containsEntry("nominee_kind", "COLLECTIVE")
                .containsEntry("nominee_name", "Huyện Phong Thổ").containsEntry("unit_code", "phongtho").containsEntry("origin", "BLOCK")
                .containsEntry("created_by", HEAD);
        // The minutes of the block meeting travel with each dossier.
        assertThat(jdbc.queryForList("select d.kind || ':' || d.file_name from nomination_document d join nomination n on n.id = d.nomination_id"
                + " where n.code = ?", String.class, started.get(0))).containsExactly("OTHER:bien-ban-hop-khoi-KHOI_HUYEN_TP-2019.pdf");
        ProcessInstance flagProcess = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(started.get(0)).singleResult();
        assertThat(flagProcess).isNotNull().isActive();
        // Its first task is the province's: the route table's row for a block's proposal, no commune or district step.
        for (String code : started) {
            ProcessInstance proposal = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
            assertThat(proposal).isWaitingAtExactly("provincialAppraisal")
                    .hasNotPassed("prepareDossier", "communeReview", "districtReview", "councilMeeting");
            assertThat(runtimeService.getVariable(proposal.getId(), "origin")).isEqualTo("BLOCK");
            assertThat(taskService.getIdentityLinksForTask(taskService.createTaskQuery().processInstanceId(proposal.getId()).singleResult().getId()))
                    .extracting(l -> l.getGroupId()).containsExactly("appraiser.laichau");
        }
        assertThat((String) runtimeService.getVariable(flagProcess.getId(), "route"))
                .endsWith("CO_TD_TINH/COLLECTIVE/PERIODIC/THREE_TIER/BLOCK | 50 APPRAISAL PROVINCE, 60 COUNCIL PROVINCE, 80 DECISION PROVINCE");
        // The trail: the filing names the head unit's officer, the head unit and the block origin; the block's row the same officer.
        assertThat(jdbc.queryForList("select actor || ' ' || details from audit_event where event_type = 'NOMINATION_FILED' and nomination_code = ?",
                String.class, started.get(0))).singleElement().asString()
                .startsWith(HEAD + " ").contains("\"unitCode\":\"phongtho\"").contains("\"origin\":\"BLOCK\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'BLOCK_YEAR_END' and actor = ? and details like '%PROPOSAL_FILED%'"
                + " and details like ?", Long.class, HEAD, "%" + started.get(0) + "%")).isEqualTo(1);
        // The next two by ranking (Sìn Hồ, Tân Uyên) for the chairman's Bằng khen.
        assertThat(jdbc.queryForList("select nominee_name from nomination where code in (?, ?) order by nominee_name", String.class,
                started.get(1), started.get(2))).containsExactly("Huyện Sìn Hồ", "Huyện Tân Uyên");
        assertThat(jdbc.queryForList("select award_kind_code from nomination where code in (?, ?)", String.class, started.get(1), started.get(2)))
                .containsOnly("BK_TINH");

        // Counts only: 6 confirm, 2 propose, 2 for Sìn Hồ; no row names a unit's choice.
        mvc.perform(get("/api/block-year-ends/" + BLOCK + "/" + year).with(user("tinh.thamdinh")))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.tally.ballots").value(8))
                .andExpect(jsonPath("$.tally.confirm").value(6))
                .andExpect(jsonPath("$.tally.propose").value(2))
                .andExpect(jsonPath("$.tally.support.phongtho").value(6))
                .andExpect(jsonPath("$.tally.support.sinho").value(2))
                .andExpect(jsonPath("$.tally.proposals[0].kind").value("FLAG"))
                .andExpect(jsonPath("$.tally.proposals[0].nominationCode").value(started.get(0)))
                .andExpect(jsonPath("$.minutesUrl").value("/api/block-year-ends/" + BLOCK + "/2019/minutes"));
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where lower(table_name) = 'block_ballot_participation'",
                String.class)).extracting(String::toLowerCase).containsExactlyInAnyOrder("round_id", "unit_code", "cast_by", "cast_at");

        // The minutes: a PDF with the embedded font, for the members, the board and auditors; not for a commune official.
        for (String reader : List.of("huyen.sinho", "tinh.thamdinh", "thanhtra")) {
            byte[] pdf = mvc.perform(get("/api/block-year-ends/" + BLOCK + "/" + year + "/minutes").with(user(reader)))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        }
        mvc.perform(get("/api/block-year-ends/" + BLOCK + "/" + year + "/minutes").with(user("xa.pusamcap"))).andExpect(status().isForbidden());

        // Every change is in the audit chain; the ballots' rows name the unit and never the choice.
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'BLOCK_YEAR_END' and details like '%\"BALLOT_CAST\"%'"
                + " and details like '%\"year\":2019%'", Long.class)).isEqualTo(8);
        assertThat(jdbc.queryForList("select details from audit_event where event_type = 'BLOCK_YEAR_END' and details like '%\"BALLOT_CAST\"%'",
                String.class)).noneMatch(d -> d.contains("confirm\"") || d.contains("proposedUnits"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'BLOCK_YEAR_END' and details like '%RESULTS_RETURNED%'"
                + " and details like '%che phủ rừng%'", Long.class)).isEqualTo(1);
    }

    @Test
    void onlyTheHeadUnitOrTheBoardOpensTheYearEndAndOnlyOnce() throws Exception {
        pactFor(2018);
        for (String who : List.of("huyen.sinho", "xa.pusamcap", "thanhtra")) {
            mvc.perform(json(post("/api/block-year-ends"), Map.of("blockCode", BLOCK, "year", 2018)).with(user(who)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from block_year_end where year = 2018", Long.class)).isZero();
        mvc.perform(json(post("/api/block-year-ends"), Map.of("blockCode", BLOCK, "year", 2018)).with(user("tinh.thamdinh")))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/block-year-ends"), Map.of("blockCode", BLOCK, "year", 2018)).with(user(HEAD)))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/block-year-ends"), Map.of("blockCode", "KHOI_KHONG_CO", "year", 2018)).with(user(HEAD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberEntersOnlyItsOwnResultsAndTheAuditorWritesNothing() throws Exception {
        ProcessInstance pi = start(2017);
        saveResults(2017, "sinho", "huyen.thanuyen").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detailEn").value("only an officer of unit sinho enters its own results"));
        saveResults(2017, "sinho", "thanhtra").andExpect(status().isForbidden());
        saveResults(2017, "sinho", "tinh.thamdinh").andExpect(status().isForbidden());
        mvc.perform(multipart("/api/block-year-ends/" + BLOCK + "/2017/results/sinho/documents")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes())).with(csrf()).with(user("thanhtra")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from block_indicator_result r join block_year_end y on y.id = r.round_id where y.year = 2017",
                Long.class)).isZero();
        // A commune official outside the block reads nothing.
        mvc.perform(get("/api/block-year-ends/" + BLOCK + "/2017").with(user("xa.pusamcap"))).andExpect(status().isForbidden());
        // Another member's officer cannot complete Sìn Hồ's task (not a candidate), nor submit without results.
        assertThatThrownBy(() -> complete("huyen.thanuyen", task(pi, ENTER_RESULTS, "sinho"), Map.of())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> complete("huyen.sinho", task(pi, ENTER_RESULTS, "sinho"), Map.of()))
                .hasMessageContaining("Chưa nhập kết quả các chỉ tiêu");
        // Bad input: nothing half-written.
        mvc.perform(json(put("/api/block-year-ends/" + BLOCK + "/2017/results/sinho"),
                        Map.of("values", List.of(Map.of("indicatorCode", "THU_NGAN_SACH", "value", 150), Map.of("indicatorCode", "KHONG_CO", "value", 1))))
                        .with(user("huyen.sinho")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có trong giao ước")));
        assertThat(jdbc.queryForObject("select count(*) from block_indicator_result r join block_year_end y on y.id = r.round_id where y.year = 2017",
                Long.class)).isZero();
    }

    @Test
    void onlyTheHeadUnitChecksAndAReturnNeedsAReason() throws Exception {
        ProcessInstance pi = start(2016);
        enterAndSubmit(pi, 2016, "sinho");
        Task check = task(pi, CHECK_RESULTS, "sinho");
        assertThat(check.getName()).isEqualTo("Trưởng khối kiểm tra kết quả: Huyện Sìn Hồ, năm 2016");
        // A member (even the one concerned) cannot check.
        assertThatThrownBy(() -> complete("huyen.sinho", check, Map.of(OUTCOME, ACCEPT))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> complete("huyen.thanuyen", check, Map.of(OUTCOME, ACCEPT))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> complete(HEAD, check, Map.of(OUTCOME, RETURN))).hasMessageContaining("Cần nêu lý do trả lại");
        // The form's two variables and nothing else: a variable that steers the process is refused.
        assertThatThrownBy(() -> complete(HEAD, check, Map.of(OUTCOME, ACCEPT, RESULTS_ACCEPTED, true)))
                .isInstanceOf(VariableRefusedException.class).hasMessageContaining("resultsAccepted");
        assertThatThrownBy(() -> complete(HEAD, check, Map.of(OUTCOME, ACCEPT, HEAD_UNIT, "sinho")))
                .isInstanceOf(VariableRefusedException.class);
        assertThatThrownBy(() -> complete("huyen.sinho", task(pi, ENTER_RESULTS, "thanuyen"), Map.of("memberUnit", "sinho")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> complete("huyen.thanuyen", task(pi, ENTER_RESULTS, "thanuyen"), Map.of("memberUnit", "sinho")))
                .isInstanceOf(VariableRefusedException.class);
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
        // Once submitted, the member cannot change its results.
        saveResults(2016, "sinho", "huyen.sinho").andExpect(status().isConflict());
        accept(pi, "sinho");
        assertThat(jdbc.queryForObject("select m.state from block_member_result m join block_year_end y on y.id = m.round_id"
                + " where y.year = 2016 and m.unit_code = 'sinho'", String.class)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheHeadUnitsOfficerSubmitsTheBlocksProposals() throws Exception {
        int year = 2013;
        ProcessInstance pi = start(year);
        toVoting(pi, year);
        for (Map.Entry<String, String> o : OFFICERS.entrySet()) {
            ballot(year, o.getKey(), o.getValue(), Map.of("confirm", true)).andExpect(status().isNoContent());
            complete(o.getValue(), task(pi, CAST_BALLOT, o.getKey()), Map.of());
        }
        Task submit = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_PROPOSALS).singleResult();
        // A member that is not the head, a unit outside the block, the board that receives the proposals, the auditor:
        // not candidates, Camunda refuses them.
        for (String who : List.of("huyen.sinho", "xa.pusamcap", "tinh.thamdinh", "thanhtra")) {
            assertThatThrownBy(() -> complete(who, submit, Map.of())).as(who).isInstanceOf(AuthorizationException.class);
        }
        // An administrator passes Camunda's authorizations; the listener still refuses: only the head unit proposes.
        assertThatThrownBy(() -> complete("admin", submit, Map.of()))
                .hasMessageContaining("Chỉ cán bộ thi đua của đơn vị trưởng khối trình hồ sơ đề nghị khen thưởng của khối");
        // No variable travels with the submission.
        assertThatThrownBy(() -> complete(HEAD, submit, Map.of(HEAD_UNIT, "sinho"))).isInstanceOf(VariableRefusedException.class);
        assertThat(pi).isWaitingAt(SUBMIT_PROPOSALS);
        assertThat(jdbc.queryForObject("select count(*) from nomination where origin = 'BLOCK' and year = ?", Long.class, year)).isZero();

        // The nomination's own door: a block's proposal only for the head unit's officer, and no form may claim one.
        NewDossier flag = new NewDossier("CO_TD_TINH", null, "PERIODIC", NomineeKind.COLLECTIVE, "Huyện Sìn Hồ", null, null, null, null, null, 40,
                "Tao Văn Hùng", null, "Dẫn đầu khối thi đua (thử)", year);
        // Outside the engine Camunda refuses a district officer any nomination start; inside, as the block's delegate calls
        // it (custom code runs without Camunda's authorization checks), the filing rule refuses all but the head's officer.
        assertThatThrownBy(() -> nominations.startBlockProposal(flag, "phongtho", "huyen.sinho")).isInstanceOf(AuthorizationException.class);
        for (String who : List.of("huyen.sinho", "xa.pusamcap", "thanhtra", "tinh.thamdinh", "admin")) {
            assertThatThrownBy(() -> asTheDelegate(() -> nominations.startBlockProposal(flag, "phongtho", who))).as(who)
                    .isInstanceOf(InvalidDossierException.class)
                    .satisfies(e -> assertThat(((InvalidDossierException) e).problems()).extracting(FieldProblem::messageEn)
                            .contains("Only an emulation officer of the head unit phongtho may file the block's proposal"));
        }
        // A block's proposal only for a collective, and only for an award the route table has a block's route for.
        NewDossier person = new NewDossier("CO_TD_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Lý Thị Hạnh", "011234567890", 1980, "Nữ",
                "Cán bộ", null, null, null, null, "Thử", year);
        assertThatThrownBy(() -> asTheDelegate(() -> nominations.startBlockProposal(person, "phongtho", HEAD)))
                .hasMessageContaining("An emulation block proposes collectives (its member units) only");
        NewDossier districtAward = new NewDossier("GK_HUYEN", null, "PERIODIC", NomineeKind.COLLECTIVE, "Huyện Sìn Hồ", null, null, null, null,
                null, 40, "Tao Văn Hùng", null, "Thử", year);
        assertThatThrownBy(() -> asTheDelegate(() -> nominations.startBlockProposal(districtAward, "phongtho", HEAD)))
                .hasMessageContaining("nominationRoute");
        List<String> groups = identityService.createGroupQuery().groupMember("xa.pusamcap").list().stream().map(Group::getId).toList();
        identityService.setAuthentication("xa.pusamcap", groups);
        try {
            for (String variable : List.of("blockHeadUnit", "origin")) {
                assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("nomination", Map.of("awardKindCode", "CO_TD_TINH",
                        "nomineeKind", "COLLECTIVE", "nomineeName", "Xã Pu Sam Cáp", variable, variable.equals("origin") ? "BLOCK" : "pusamcap")))
                        .as(variable).isInstanceOf(VariableRefusedException.class).hasMessageContaining(variable);
            }
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(jdbc.queryForObject("select count(*) from nomination where origin = 'BLOCK' and year = ?", Long.class, year)).isZero();

        complete(HEAD, submit, Map.of());
        assertThat(pi).isEnded();
        assertThat(jdbc.queryForList("select unit_code || ' ' || created_by from nomination where origin = 'BLOCK' and year = ?", String.class, year))
                .hasSize(3).containsOnly("phongtho " + HEAD);
    }

    /**
     * The province asks the block for more documents: the head unit's officer (a district's, who holds no commune group)
     * gets the supplementation, may add documents to the dossier and sends it back; a commune of the head district
     * sees neither the task nor the dossier.
     */
    @Test
    void aBlocksProposalReturnedForDocumentsGoesToTheHeadUnitsOfficer() throws Exception {
        NewDossier flag = new NewDossier("CO_TD_TINH", null, "PERIODIC", NomineeKind.COLLECTIVE, "Huyện Phong Thổ", null, null, null, null, null, 40,
                "Lý Thị Hạnh", null, "Dẫn đầu khối thi đua (thử bổ sung)", 2011);
        String code = asTheDelegate(() -> nominations.startBlockProposal(flag, "phongtho", HEAD));
        ProcessInstance proposal = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
        assertThat(proposal).isWaitingAtExactly("provincialAppraisal");
        Map<String, Object> ask = new LinkedHashMap<>();
        ask.put("outcome", "return");
        ask.put("comment", "Bổ sung báo cáo thành tích có xác nhận");
        ask.put("supplementDeadline", java.time.LocalDate.now().plusDays(5).toString());
        complete("tinh.thamdinh", taskService.createTaskQuery().processInstanceId(proposal.getId()).singleResult(), ask);

        assertThat(proposal).isWaitingAtExactly("supplementDossier");
        Task supplement = taskService.createTaskQuery().processInstanceId(proposal.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(supplement.getId())).filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(l -> l.getGroupId()).containsExactly("district-officer.phongtho");
        assertThat(visibleTo("huyen.phongtho", proposal)).isEqualTo(1);
        assertThat(visibleTo("xa.huoiluong", proposal)).isZero();
        assertThat(visibleTo("huyen.sinho", proposal)).isZero();

        MockMultipartFile report = new MockMultipartFile("file", "bao-cao-thanh-tich.pdf", "application/pdf", "%PDF-1.4 bổ sung".getBytes());
        mvc.perform(multipart("/api/nominations/" + code + "/documents").file(report).param("kind", "ACHIEVEMENT_REPORT").with(csrf())
                .with(user("xa.huoiluong"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/nominations/" + code).with(user(HEAD))).andExpect(status().isOk()).andExpect(jsonPath("$.canUpload").value(true));
        mvc.perform(multipart("/api/nominations/" + code + "/documents").file(report).param("kind", "ACHIEVEMENT_REPORT").with(csrf())
                .with(user(HEAD))).andExpect(status().is2xxSuccessful());

        complete(HEAD, supplement, Map.of());
        assertThat(proposal).isWaitingAtExactly("provincialAppraisal");
    }

    long visibleTo(String userId, ProcessInstance pi) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return taskService.createTaskQuery().processInstanceId(pi.getId()).count();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Runs a call as the block's delegate runs it: in an engine command, where custom code has no authorization checks. */
    <T> T asTheDelegate(java.util.function.Supplier<T> call) {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    context.disableAuthorizationCheck();
                    return call.get();
                });
    }

    @Test
    void aStartMayNameOnlyTheBlockAndTheYear() {
        pactFor(2015);
        List<String> groups = identityService.createGroupQuery().groupMember(HEAD).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(HEAD, groups);
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(BLOCK_CODE, BLOCK, YEAR, "2015", ROUND_ID, 1L)))
                    .isInstanceOf(VariableRefusedException.class).hasMessageContaining("roundId");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(jdbc.queryForObject("select count(*) from block_year_end where year = 2015", Long.class)).isZero();
    }

    @Test
    void eachMemberUnitVotesOnceAndOnlyForItself() throws Exception {
        int year = 2014;
        ProcessInstance pi = start(year);
        // Before scoring the ballot box is closed.
        ballot(year, "sinho", "huyen.sinho", Map.of("confirm", true)).andExpect(status().isConflict());
        toVoting(pi, year);
        assertThat(pi).isWaitingAt(CAST_BALLOT);
        // Not a member's officer, or not for its own unit.
        ballot(year, "sinho", "xa.pusamcap", Map.of("confirm", true)).andExpect(status().isForbidden());
        ballot(year, "sinho", "tinh.thamdinh", Map.of("confirm", true)).andExpect(status().isForbidden());
        ballot(year, "sinho", "thanhtra", Map.of("confirm", true)).andExpect(status().isForbidden());
        ballot(year, "thanuyen", "huyen.sinho", Map.of("confirm", true)).andExpect(status().isForbidden());
        // A ballot that both confirms and names, or names a stranger, is refused.
        ballot(year, "sinho", "huyen.sinho", Map.of("confirm", true, "proposedUnits", List.of("tanuyen"))).andExpect(status().isBadRequest());
        ballot(year, "sinho", "huyen.sinho", Map.of("confirm", false, "proposedUnits", List.of("pusamcap"))).andExpect(status().isBadRequest());
        // The task cannot be completed without the ballot, the ballot is not a variable.
        assertThatThrownBy(() -> complete("huyen.sinho", task(pi, CAST_BALLOT, "sinho"), Map.of())).hasMessageContaining("chưa bỏ phiếu");
        assertThatThrownBy(() -> complete("huyen.sinho", task(pi, CAST_BALLOT, "sinho"), Map.of("confirm", true)))
                .isInstanceOf(VariableRefusedException.class);
        ballot(year, "sinho", "huyen.sinho", Map.of("confirm", true)).andExpect(status().isNoContent());
        ballot(year, "sinho", "huyen.sinho", Map.of("confirm", true)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detailEn").value("unit sinho has already voted"));
        assertThat(jdbc.queryForObject("select count(*) from block_ballot_participation p join block_year_end y on y.id = p.round_id"
                + " where y.year = ?", Long.class, year)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(votes) from block_ballot_count c join block_year_end y on y.id = c.round_id where y.year = ?",
                Long.class, year)).isEqualTo(1);
        complete("huyen.sinho", task(pi, CAST_BALLOT, "sinho"), Map.of());
    }
}
