package vn.khenthuong.workflow.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.khenthuong.workflow.revocation.RevocationProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.PastAward;
import vn.khenthuong.award.AwardFigures;
import vn.khenthuong.award.RegistryImports;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.eligibility.Verdict;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;
import vn.khenthuong.testsupport.Registry;
import vn.khenthuong.workflow.guard.VariableRefusedException;

/**
 * The annulment of an award on the real engine (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2): the board's start,
 * evidence, the appraisal's return and approval, the deciding chairman's decision, the registry keeping the annulled line,
 * eligibility no longer counting it, the CSTĐ tỉnh that stood on it flagged, the money recovered in two instalments, the
 * audit rows of each step — and the wrong users at every door, /engine-rest included. Each test has its own nominee.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RevocationProcessTest {

    static final String BOARD = "tinh.thamdinh";
    static final String PROVINCE_CHAIRMAN = "tinh.chutich";
    /** Pu Sam Cáp's chairman: since 1 July 2025 the commune chairman holds what Sìn Hồ's chairman decided (CSTĐ cơ sở). */
    static final String COMMUNE_CHAIRMAN = "chutich.pusamcap";
    static final String DISTRICT_CHAIRMAN = "chutich.sinho";
    static final String COMMUNE = "xa.pusamcap";
    static final String AUDITOR = "thanhtra";
    static final long REWARD = 2_340_000L;
    private static final AtomicLong IDS = new AtomicLong(800_000_000_000L + (System.nanoTime() % 100_000) * 1_000);

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Eligibility eligibility;
    @Autowired RegistryImports imports;
    @Autowired AuditLog auditLog;
    @Autowired AwardFigures awardFigures;
    final ObjectMapper json = new ObjectMapper();
    Registry registry;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        registry = new Registry(jdbc);
    }

    static String id() {
        return String.format("%012d", IDS.getAndIncrement());
    }

    /** A nominee with CSTĐ cơ sở 2021–2024 and the CSTĐ tỉnh 2023 built on 2021–2023; returns the 2023 CSTĐ cơ sở's award id. */
    record Nominee(String name, String idNumber, long cstdCs2023, String cstdCs2023Code, long cstdTinh2023, String cstdTinh2023Code) {
    }

    Nominee nominee(String name) {
        String id = id();
        String code2023 = null;
        for (int year = 2021; year <= 2024; year++) {
            String code = registry.award("pusamcap", "CSTD_CS", year, "PERIODIC", name, id);
            if (year == 2023) {
                code2023 = code;
            }
        }
        String tinh = registry.award("pusamcap", "CSTD_TINH", 2023, "PERIODIC", name, id);
        long award2023 = awardOf(code2023);
        jdbc.update("UPDATE award SET reward_amount = ? WHERE id = ?", REWARD, award2023);
        return new Nominee(name, id, award2023, code2023, awardOf(tinh), tinh);
    }

    long awardOf(String nominationCode) {
        return jdbc.queryForObject("SELECT a.id FROM award a JOIN nomination n ON n.id = a.nomination_id WHERE n.code = ?", Long.class, nominationCode);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    ResultActions start(long awardId, String ground, String detail, String who) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awardId", awardId);
        body.put("groundCode", ground);
        body.put("groundDetail", detail);
        return mvc.perform(json(post("/api/revocations"), body).with(user(who)));
    }

    String started(long awardId) throws Exception {
        String body = start(awardId, "GIAN_DOI_KE_KHAI", "Kết luận thanh tra số 12/KL-TTr ngày 02/12/2026: kê khai sáng kiến không có thật (minh hoạ)", BOARD)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("code").asText();
    }

    ResultActions evidence(String code, String who) throws Exception {
        return mvc.perform(multipart("/api/revocations/" + code + "/evidence")
                .file(new MockMultipartFile("file", "ket-luan-thanh-tra.pdf", "application/pdf", "%PDF-1.4 kết luận (kiểm thử)".getBytes(StandardCharsets.UTF_8)))
                .param("title", "Kết luận thanh tra").param("reference", "12/KL-TTr ngày 02/12/2026").with(csrf()).with(user(who)));
    }

    ProcessInstance instance(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey(PROCESS_KEY).singleResult();
    }

    Task task(String code, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
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

    JsonNode caseOf(String code) throws Exception {
        return json.readTree(mvc.perform(get("/api/revocations/" + code).with(user(AUDITOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode awards(String nominee, String who) throws Exception {
        return json.readTree(mvc.perform(get("/api/awards").param("nominee", nominee).with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    List<String> actions(String chainKey) {
        return jdbc.queryForList("SELECT details FROM audit_event WHERE event_type = 'REVOCATION' AND nomination_code = ? ORDER BY seq",
                String.class, chainKey).stream().map(d -> {
                    try {
                        return json.readTree(d).get("action").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    HttpResponse<String> engineRest(String user, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBoardAnnulsAnAwardTheChairmanDecidesAndTheMoneyIsRecoveredInTwoInstalments() throws Exception {
        Nominee n = nominee("Lò Văn Hủy " + IDS.get());
        String draftTinh2024 = registry.nomination("pusamcap", "CSTD_TINH", 2024, "PERIODIC", "INDIVIDUAL", n.name(), n.idNumber(), "IN_PROGRESS");
        assertThat(eligibility.preview(draftTinh2024).findings()).as("before the annulment the 2022–2024 run counts").isEmpty();
        int linesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM award WHERE nominee_id_number = ?", Integer.class, n.idNumber());

        AwardFigures.Filter sameLine = new AwardFigures.Filter(List.of(jdbc.queryForObject("SELECT unit_code FROM award WHERE id = ?",
                String.class, n.cstdCs2023())), null, jdbc.queryForObject("SELECT award_kind_code FROM award WHERE id = ?", String.class,
                n.cstdCs2023()), null, 2023, 2023);
        long reportedBefore = awardFigures.tally(sameLine).stream().mapToLong(AwardFigures.Line::awards).sum();

        String again2023 = registry.nomination("pusamcap", "CSTD_CS", 2023, "PERIODIC", "INDIVIDUAL", n.name(), n.idNumber(), "IN_PROGRESS");
        assertThat(eligibility.preview(again2023).findings()).as("before the annulment").extracting(f -> f.rule()).contains("notProposedTwice");

        String code = started(n.cstdCs2023());
        assertThat(code).isEqualTo("HB-" + n.cstdCs2023() + "-1");
        JsonNode opened = caseOf(code);
        assertThat(opened.get("status").asText()).isEqualTo("APPRAISAL");
        assertThat(opened.get("decidingUnit").asText()).as("Sìn Hồ was abolished; Pu Sam Cáp's chairman holds its power").isEqualTo("pusamcap");
        assertThat(opened.get("amountToRecover").asLong()).isEqualTo(REWARD);
        assertThat(opened.get("groundClause").asText()).isEqualTo("Luật Thi đua, khen thưởng 2022, Điều 93, khoản 2, điểm a");
        ProcessInstance pi = instance(code);
        assertThat(pi).isWaitingAt(APPRAISE);
        assertThat(taskService.getIdentityLinksForTask(task(code, APPRAISE).getId())).extracting(l -> l.getGroupId()).containsExactly("appraiser.laichau");

        // No evidence yet: the approval is refused and nothing moves.
        assertThatThrownBy(() -> complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "approve")))
                .hasMessageContaining("tài liệu chứng minh");
        assertThat(caseOf(code).get("status").asText()).isEqualTo("APPRAISAL");
        // Returned with a reason, supplemented, approved.
        complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "return", REASON, "Cần kết luận thanh tra có chữ ký"));
        assertThat(pi).isWaitingAt(SUPPLEMENT);
        evidence(code, BOARD).andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").isNotEmpty());
        complete(BOARD, task(code, SUPPLEMENT), Map.of());
        assertThat(pi).isWaitingAt(APPRAISE);
        complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "approve", REASON, "Đủ căn cứ"));
        assertThat(pi).isWaitingAt(DECIDE);
        Task decide = task(code, DECIDE);
        assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId()).containsExactly("chairman.pusamcap");

        // The wrong chairmen cannot decide; the right one cannot steer the process through a variable of its own.
        for (String wrong : List.of(PROVINCE_CHAIRMAN, DISTRICT_CHAIRMAN, BOARD, AUDITOR)) {
            assertThatThrownBy(() -> complete(wrong, decide, Map.of(DECISION_NUMBER, "1/QĐ-UBND", DECISION_DATE, LocalDate.now().toString())))
                    .as(wrong).isInstanceOf(AuthorizationException.class);
            // With a variable the step refuses, still the engine's 403: the guard's 400 would tell them what it accepts.
            assertThatThrownBy(() -> complete(wrong, decide, Map.of(DECISION_NUMBER, "1/QĐ-UBND", DECISION_DATE, LocalDate.now().toString(),
                    DECIDING_UNIT, "laichau"))).as(wrong).isInstanceOf(AuthorizationException.class);
        }
        assertThatThrownBy(() -> complete(COMMUNE_CHAIRMAN, decide, Map.of(DECISION_NUMBER, "1/QĐ-UBND", DECISION_DATE, LocalDate.now().toString(),
                DECIDING_UNIT, "laichau"))).isInstanceOf(VariableRefusedException.class);
        assertThatThrownBy(() -> complete(COMMUNE_CHAIRMAN, decide, Map.of(DECISION_NUMBER, "1/QĐ-UBND", DECISION_DATE, "2026-13-01")))
                .hasMessageContaining("yyyy-MM-dd");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award WHERE id = ? AND annulment_number IS NULL", Integer.class, n.cstdCs2023()))
                .as("a refused decision writes nothing").isEqualTo(1);

        String today = LocalDate.now().toString();
        complete(COMMUNE_CHAIRMAN, decide, Map.of(DECISION_NUMBER, "125/QĐ-UBND", DECISION_DATE, today));
        assertThat(pi).isWaitingAt(RECORD_RECOVERY);

        assertThat(awardFigures.tally(sameLine).stream().mapToLong(AwardFigures.Line::awards).sum())
                .as("reports no longer count the annulled award").isEqualTo(reportedBefore - 1);
        // The nomination says so too: its status, on the dossier page and in the auditors' search, through an audited change.
        assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE code = ?", String.class, n.cstdCs2023Code())).isEqualTo("ANNULLED");
        assertThat(jdbc.queryForObject("SELECT closing_reason FROM nomination WHERE code = ?", String.class, n.cstdCs2023Code()))
                .as("the awarding decision stays beside the annulling one").contains("/QĐ-UBND").endsWith("Quyết định số 125/QĐ-UBND ngày "
                        + String.format("%02d/%02d/%d", LocalDate.now().getDayOfMonth(), LocalDate.now().getMonthValue(), LocalDate.now().getYear()));
        mvc.perform(get("/api/nominations/" + n.cstdCs2023Code()).with(httpBasic(AUDITOR, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANNULLED")).andExpect(jsonPath("$.statusName").value("Đã bị hủy bỏ khen thưởng"));
        mvc.perform(get("/api/audit/nominations").param("code", n.cstdCs2023Code()).with(httpBasic(AUDITOR, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("ANNULLED")).andExpect(jsonPath("$.items[0].statusVi").value("Đã bị hủy bỏ khen thưởng"));
        List<String> statusChanges = jdbc.queryForList("SELECT details FROM audit_event WHERE event_type = 'DOSSIER_CHANGED' "
                + "AND nomination_code = ? AND actor = ?", String.class, n.cstdCs2023Code(), COMMUNE_CHAIRMAN);
        assertThat(statusChanges).hasSize(1);
        JsonNode change = json.readTree(statusChanges.get(0));
        assertThat(change.get("oldValue").asText()).isEqualTo("AWARDED");
        assertThat(change.get("newValue").asText()).isEqualTo("ANNULLED");
        assertThat(change.get("decisionNumber").asText()).isEqualTo("125/QĐ-UBND");
        assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE code = ?", String.class, n.cstdTinh2023Code()))
                .as("the award flagged for review is not annulled by it").isEqualTo("AWARDED");
        // An annulled award no longer counts as "proposed": a new dossier for the same title and year is not refused as a second one.
        assertThat(eligibility.preview(again2023).findings()).extracting(f -> f.rule()).doesNotContain("notProposedTwice");
        String twiceTinh2023 = registry.nomination("pusamcap", "CSTD_TINH", 2023, "PERIODIC", "INDIVIDUAL", n.name(), n.idNumber(), "IN_PROGRESS");
        assertThat(eligibility.preview(twiceTinh2023).findings()).as("the standing CSTĐ tỉnh 2023 still blocks a second one")
                .extracting(f -> f.rule()).contains("notProposedTwice");
        // The registry keeps the line, annulled, on the API; nothing is deleted.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award WHERE nominee_id_number = ?", Integer.class, n.idNumber())).isEqualTo(linesBefore);
        JsonNode line = null;
        for (JsonNode a : awards(n.name(), BOARD)) {
            if (a.get("id").asLong() == n.cstdCs2023()) {
                line = a;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("annulled").asBoolean()).isTrue();
        assertThat(line.get("annulmentNumber").asText()).isEqualTo("125/QĐ-UBND");
        assertThat(line.get("statusLabel").asText()).isEqualTo("Đã hủy bỏ (QĐ 125/QĐ-UBND)");

        // Eligibility no longer counts it, and the CSTĐ tỉnh 2023 that stood on it is flagged for the board.
        Verdict after = eligibility.preview(draftTinh2024);
        assertThat(after.findings()).extracting(f -> f.rule()).containsExactly("cstdTinhNeedsThreeCstdCoSo");
        assertThat(after.findings().get(0).message()).contains("2023");
        mvc.perform(get("/api/award-review-flags").with(user(BOARD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.awardId == " + n.cstdTinh2023() + ")].annulledAwardId").value(org.hamcrest.Matchers.contains((int) n.cstdCs2023())));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_review_flag WHERE award_id = ?", Integer.class, n.cstdTinh2023())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_review_flag WHERE award_id = ?", Integer.class, awardOf(n.cstdCs2023Code())))
                .as("the annulled line itself is not flagged").isZero();

        // The recovery: not closable before the money is in; two instalments; never more than remains; a receipt once.
        assertThatThrownBy(() -> complete(BOARD, task(code, RECORD_RECOVERY), Map.of()))
                .hasMessageContaining("Mới thu hồi 0 đ");
        Map<String, Object> first = Map.of("amount", 1_000_000, "paidOn", today, "receiptReference", "BL-0001");
        mvc.perform(json(post("/api/revocations/" + code + "/recoveries"), first).with(user(BOARD))).andExpect(status().isCreated());
        mvc.perform(json(post("/api/revocations/" + code + "/recoveries"), first).with(user(BOARD))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/revocations/" + code + "/recoveries"), Map.of("amount", 2_000_000, "paidOn", today, "receiptReference", "BL-0002"))
                        .with(user(BOARD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1340000")))
                .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("exceeds")));
        mvc.perform(json(post("/api/revocations/" + code + "/recoveries"), Map.of("amount", 1_340_000, "paidOn", today, "receiptReference", "BL-0002"))
                .with(user(BOARD))).andExpect(status().isCreated());
        complete(BOARD, task(code, RECORD_RECOVERY), Map.of());
        assertThat(pi).isEnded();
        JsonNode closed = caseOf(code);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("amountRecovered").asLong()).isEqualTo(REWARD);
        assertThat(closed.get("recoveries")).hasSize(2);

        // The trail: every step in the annulled award's nomination chain; the flag in the flagged award's; the chain intact.
        assertThat(actions(n.cstdCs2023Code())).containsExactly("CASE_OPENED", "APPRAISED", "EVIDENCE_ADDED", "SUPPLEMENTED", "APPRAISED", "ANNULLED",
                "RECOVERY_RECORDED", "RECOVERY_RECORDED", "RECOVERY_COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE event_type = 'AWARD_ANNULLED' AND nomination_code = ?", Integer.class,
                n.cstdCs2023Code())).isEqualTo(1);
        assertThat(actions(n.cstdTinh2023Code())).containsExactly("DEPENDENT_FLAGGED");
        assertThat(auditLog.verify().valid()).isTrue();
        // The auditor's trail of the nomination shows the annulment after the award.
        mvc.perform(get("/api/audit/nominations/" + n.cstdCs2023Code() + "/trail").with(httpBasic(AUDITOR, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.kind == 'AWARD_ANNULLED')].detailVi").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.containsString("125/Q"))));
    }

    @Test
    void anImportedAwardWithoutMoneyEndsAtTheChairmansDecision() throws Exception {
        String name = "Giàng A Nhập " + IDS.incrementAndGet();
        imports.importPast("kiem-thu-huy-bo-" + name + ".xlsx", "sha-" + name, List.of(new PastAward("88/QĐ-UBND", LocalDate.of(2024, 1, 20), "Chủ tịch UBND tỉnh",
                "BK_TINH", NomineeKind.INDIVIDUAL, name, 1980, "Giáo viên", "pusamcap", null, 2023, ProcedureKind.PERIODIC)), "admin");
        long awardId = jdbc.queryForObject("SELECT id FROM award WHERE nominee_name = ?", Long.class, name);
        String again = registry.nomination("pusamcap", "BK_TINH", 2023, "PERIODIC", "INDIVIDUAL", name, id(), "IN_PROGRESS");
        assertThat(eligibility.preview(again).findings()).as("before the annulment").extracting(f -> f.rule()).contains("notProposedTwice");
        String code = started(awardId);
        assertThat(caseOf(code).get("decidingUnit").asText()).isEqualTo("laichau");
        assertThat(caseOf(code).path("nominationCode").isTextual()).as("an imported line has no nomination").isFalse();
        evidence(code, BOARD).andExpect(status().isCreated());
        complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "approve"));
        assertThatThrownBy(() -> complete(COMMUNE_CHAIRMAN, task(code, DECIDE), Map.of(DECISION_NUMBER, "2/QĐ-UBND", DECISION_DATE, "2026-01-01")))
                .isInstanceOf(AuthorizationException.class);
        complete(PROVINCE_CHAIRMAN, task(code, DECIDE), Map.of(DECISION_NUMBER, "901/QĐ-UBND", DECISION_DATE, "2026-02-01"));
        assertThat(instance(code)).isNull();
        assertThat(caseOf(code).get("status").asText()).isEqualTo("CLOSED");
        assertThat(awards(name, AUDITOR).get(0).get("annulmentNumber").asText()).isEqualTo("901/QĐ-UBND");
        // The annulled imported award does not block a new proposal of the same title for the same year.
        assertThat(eligibility.preview(again).findings()).extracting(f -> f.rule()).doesNotContain("notProposedTwice");
        // An imported line has no nomination: its steps go to the global chain, the award's id in the details.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE event_type IN ('REVOCATION', 'AWARD_ANNULLED') AND nomination_code IS NULL "
                + "AND details LIKE ?", Integer.class, "%\"awardId\":" + awardId + ",%")).isGreaterThanOrEqualTo(5);
        // A second case on an annulled award is refused.
        start(awardId, "TRAI_QUY_DINH", "Lần hai", BOARD).andExpect(status().isConflict());
    }

    @Test
    void theBoardRejectsWithAReasonAndTheAwardStaysInForce() throws Exception {
        Nominee n = nominee("Tẩn Thị Giữ " + IDS.incrementAndGet());
        String code = started(n.cstdCs2023());
        assertThatThrownBy(() -> complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "reject")))
                .hasMessageContaining("lý do");
        complete(BOARD, task(code, APPRAISE), Map.of(OUTCOME, "reject", REASON, "Kết luận thanh tra chưa có hiệu lực"));
        assertThat(instance(code)).isNull();
        assertThat(caseOf(code).get("status").asText()).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award WHERE id = ? AND annulment_number IS NULL", Integer.class, n.cstdCs2023())).isEqualTo(1);
        // A closed case frees the award for a later one.
        assertThat(started(n.cstdCs2023())).isEqualTo("HB-" + n.cstdCs2023() + "-2");
    }

    @Test
    void badInputIsA400InVietnameseAndEnglishAndWritesNothing() throws Exception {
        Nominee n = nominee("Lò Thị Sai " + IDS.incrementAndGet());
        int cases = jdbc.queryForObject("SELECT COUNT(*) FROM revocation_case", Integer.class);
        int events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class);
        start(n.cstdCs2023(), "KHONG_CO", "Căn cứ lạ", BOARD).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("revocationGround")))
                .andExpect(jsonPath("$.detailEn").value("unknown ground"));
        start(n.cstdCs2023(), "GIAN_DOI_KE_KHAI", " ", BOARD).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").value("groundDetail is required"));
        start(999_999_999L, "GIAN_DOI_KE_KHAI", "Không có", BOARD).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/revocations"), Map.of("groundCode", "GIAN_DOI_KE_KHAI")).with(user(BOARD))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM revocation_case", Integer.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isEqualTo(events);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKeyLike("HB-" + n.cstdCs2023() + "-%")
                .count()).isZero();
        // The grounds the form offers are the table's rows.
        mvc.perform(get("/api/revocation-grounds").with(user(BOARD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("GIAN_DOI_KE_KHAI", "THONG_TIN_SAI_GIA_HO_SO", "TRAI_QUY_DINH",
                        "KET_LUAN_VI_PHAM")));
    }

    @Test
    void onlyTheBoardStartsAuditorsReadAndFileFindingsAndEngineRestRefusesTheWrongUsersAndVariables() throws Exception {
        Nominee n = nominee("Vàng Thị Canh " + IDS.incrementAndGet());
        for (String wrong : List.of(AUDITOR, COMMUNE, COMMUNE_CHAIRMAN, PROVINCE_CHAIRMAN)) {
            start(n.cstdCs2023(), "GIAN_DOI_KE_KHAI", "Thử", wrong).andExpect(status().isForbidden());
        }
        // The auditor files a finding; the board starts from it.
        String finding = mvc.perform(json(post("/api/revocation-findings"), Map.of("awardId", n.cstdCs2023(), "groundCode", "THONG_TIN_SAI_GIA_HO_SO",
                        "content", "Giấy chứng nhận sáng kiến bị làm giả (minh hoạ)")).with(user(AUDITOR)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long findingId = json.readTree(finding).get("id").asLong();
        mvc.perform(json(post("/api/revocation-findings"), Map.of("awardId", n.cstdCs2023(), "groundCode", "THONG_TIN_SAI_GIA_HO_SO", "content", "x"))
                .with(user(BOARD))).andExpect(status().isForbidden());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awardId", n.cstdCs2023());
        body.put("groundCode", "THONG_TIN_SAI_GIA_HO_SO");
        body.put("groundDetail", "Theo kiến nghị của thanh tra");
        body.put("findingId", findingId);
        String code = json.readTree(mvc.perform(json(post("/api/revocations"), body).with(user(BOARD))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.findingId").value(findingId)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("code").asText();

        // Auditors read, never write; a commune official does not even read.
        mvc.perform(get("/api/revocations/" + code).with(user(AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/api/revocations").with(user(COMMUNE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/revocations/" + code).with(user(COMMUNE))).andExpect(status().isForbidden());
        evidence(code, AUDITOR).andExpect(status().isForbidden());
        evidence(code, COMMUNE_CHAIRMAN).andExpect(status().isForbidden());
        evidence(code, COMMUNE).andExpect(status().isNotFound());

        // /engine-rest: the auditor and the chairman cannot complete the board's task; the board cannot inject the units.
        String taskId = task(code, APPRAISE).getId();
        String approve = "{\"variables\":{\"outcome\":{\"value\":\"approve\",\"type\":\"String\"}}}";
        for (String wrong : List.of(AUDITOR, COMMUNE_CHAIRMAN)) {
            HttpResponse<String> r = engineRest(wrong, "POST", "/engine-rest/task/" + taskId + "/complete", approve);
            assertThat(r.statusCode()).as(wrong + ": " + r.body()).isIn(403, 404);
        }
        HttpResponse<String> injected = engineRest(BOARD, "POST", "/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"outcome\":{\"value\":\"approve\",\"type\":\"String\"},\"decidingUnit\":{\"value\":\"tanuyen\",\"type\":\"String\"}}}");
        assertThat(injected.statusCode()).as(injected.body()).isEqualTo(400);
        HttpResponse<String> startInjected = engineRest(BOARD, "POST", "/engine-rest/process-definition/key/revocation/start",
                "{\"variables\":{\"awardId\":{\"value\":\"" + n.cstdTinh2023() + "\",\"type\":\"String\"},\"initiator\":{\"value\":\"tinh.chutich\",\"type\":\"String\"}}}");
        assertThat(startInjected.statusCode()).as(startInjected.body()).isEqualTo(400);
        HttpResponse<String> auditorStart = engineRest(AUDITOR, "POST", "/engine-rest/process-definition/key/revocation/start",
                "{\"variables\":{\"awardId\":{\"value\":\"" + n.cstdTinh2023() + "\",\"type\":\"String\"}}}");
        assertThat(auditorStart.statusCode()).as(auditorStart.body()).isEqualTo(403);
        assertThat(instance(code)).isNotNull();
        assertThat(task(code, APPRAISE)).isNotNull();
        assertThat(caseOf(code).get("status").asText()).isEqualTo("APPRAISAL");
    }

    @Test
    void aCorrectionKeepsTheOriginalAndRecordsTheCorrectingDecision() throws Exception {
        Nominee n = nominee("Lo Van Sai Ten " + IDS.incrementAndGet());
        String corrected = "Lò Văn Đúng Tên " + IDS.incrementAndGet();
        Map<String, Object> proposal = Map.of("field", "NOMINEE_NAME", "correctedValue", corrected, "reason", "Quyết định ghi sai dấu họ tên");
        for (String wrong : List.of(AUDITOR, COMMUNE, COMMUNE_CHAIRMAN)) {
            mvc.perform(json(post("/api/awards/" + n.cstdCs2023() + "/corrections"), proposal).with(user(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/awards/" + n.cstdCs2023() + "/corrections"), Map.of("field", "TUOI", "correctedValue", "x", "reason", "y"))
                .with(user(BOARD))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detailEn").exists());
        mvc.perform(json(post("/api/awards/" + n.cstdCs2023() + "/corrections"), Map.of("field", "BIRTH_DATE", "correctedValue", "1980-02-03",
                "reason", "Sai ngày sinh")).with(user(BOARD))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_correction WHERE award_id = ?", Integer.class, n.cstdCs2023())).isZero();

        long id = json.readTree(mvc.perform(json(post("/api/awards/" + n.cstdCs2023() + "/corrections"), proposal).with(user(BOARD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.originalValue").value(n.name()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        Map<String, Object> approval = Map.of("decisionNumber", "130/QĐ-UBND", "decisionDate", LocalDate.now().toString());
        for (String wrong : List.of(BOARD, AUDITOR, PROVINCE_CHAIRMAN, DISTRICT_CHAIRMAN)) {
            mvc.perform(json(post("/api/award-corrections/" + id + "/approval"), approval).with(user(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/award-corrections/" + id + "/approval"), Map.of("decisionNumber", "130/QĐ-UBND", "decisionDate", "07/12/2026"))
                .with(user(COMMUNE_CHAIRMAN))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/award-corrections/pending").with(user(COMMUNE_CHAIRMAN))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
        mvc.perform(json(post("/api/award-corrections/" + id + "/approval"), approval).with(user(COMMUNE_CHAIRMAN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.decisionNumber").value("130/QĐ-UBND"));
        mvc.perform(json(post("/api/award-corrections/" + id + "/approval"), approval).with(user(COMMUNE_CHAIRMAN))).andExpect(status().isConflict());

        assertThat(awards(corrected, BOARD)).extracting(a -> a.get("id").asLong()).containsExactly(n.cstdCs2023());
        mvc.perform(get("/api/awards/" + n.cstdCs2023() + "/corrections").with(user(AUDITOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].originalValue").value(n.name())).andExpect(jsonPath("$[0].correctedValue").value(corrected))
                .andExpect(jsonPath("$[0].decisionDate").value(LocalDate.now().toString()));
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE event_type = 'AWARD_CORRECTED' AND nomination_code = ? ORDER BY seq",
                String.class, n.cstdCs2023Code())).hasSize(2).last().asString().contains("\"APPROVED\"", "130/QĐ-UBND", n.name());
    }
}
