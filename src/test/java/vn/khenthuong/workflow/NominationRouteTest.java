package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.appraisal.Disclosures;
import vn.khenthuong.appraisal.WaitingSteps;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/**
 * The routes the nominationRoute decision gives, walked on the real engine: which tasks a nomination meets, in
 * which order, and who works on them. 2019 dossiers pass the district (it existed); a 2026 dossier does not.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NominationRouteTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired NominationWorkflow workflow;
    @Autowired Ballots ballots;
    @Autowired Disclosures disclosures;
    @Autowired WaitingSteps waiting;
    @Autowired JdbcTemplate jdbc;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(700000000001L);
    final Set<Integer> quotaYears = new HashSet<>();

    /**
     * Files a dossier for a new nominee (its own CCCD) who holds the awards the eligibility rules ask of them:
     * LĐTT of the year, CSTĐ cơ sở for three years up to it, CSTĐ cấp tỉnh for the two before; and gives the
     * commune enough LĐTT for the CSTĐ cơ sở quota.
     */
    String file(String awardKind, NomineeKind nomineeKind, String procedure, int year) {
        String id = String.format("%012d", NEXT_ID.getAndIncrement());
        vn.khenthuong.testsupport.Registry registry = new vn.khenthuong.testsupport.Registry(jdbc);
        if (nomineeKind == NomineeKind.INDIVIDUAL) {
            // The earlier awards were given in a neighbouring commune (the same CCCD counts anywhere), so that they
            // take no CSTĐ cơ sở quota slot of Pu Sam Cáp away from other tests.
            registry.award("phangsolin", "LDTT", year, "PERIODIC", "Giàng A Chứ", id);
            // The third consecutive CSTĐ cơ sở falls in the achievement year itself (eligibility.dmn, offset 0).
            for (int y = year - 2; y <= year && !"CSTD_CS".equals(awardKind); y++) {
                registry.award("phangsolin", "CSTD_CS", y, "PERIODIC", "Giàng A Chứ", id);
            }
            for (int y = year - 2; y < year; y++) {
                registry.award("phangsolin", "CSTD_TINH", y, "PERIODIC", "Giàng A Chứ", id);
            }
            if ("CSTD_TQ".equals(awardKind)) {
                // Two consecutive CSTĐ cấp tỉnh three years apart, the second in the achievement year (eligibility.dmn).
                registry.award("phangsolin", "CSTD_TINH", year - 3, "PERIODIC", "Giàng A Chứ", id);
                registry.award("phangsolin", "CSTD_TINH", year, "PERIODIC", "Giàng A Chứ", id);
            }
        }
        if (quotaYears.add(year)) {
            registry.laborTitles("pusamcap", year, 40, "q" + (NEXT_ID.get() % 1000000) + "-");
        }
        NewDossier d = nomineeKind == NomineeKind.HOUSEHOLD
                ? new NewDossier(awardKind, null, procedure, NomineeKind.HOUSEHOLD, null, id, null, null, null,
                "Bản Thẩm Phé, xã Pu Sam Cáp", 6, "Lò Thị Dung", null, "Hộ gia đình phát triển kinh tế, nuôi 40 con lợn.", year)
                : new NewDossier(awardKind, null, procedure, NomineeKind.INDIVIDUAL, "Giàng A Chứ", id, 1985, "MALE",
                "Trưởng bản", "Bản Pu Sam Cáp", null, null, null, "Vận động Nhân dân hiến đất làm đường.", year);
        String code = workflow.start(d, "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", null);
        return code;
    }

    void councilVotes(String code, String prefix, int members, String vote) {
        for (int i = 1; i <= members; i++) {
            driver.vote(code, prefix + i, vote);
        }
        driver.closeMeeting(code, prefix + "1");
    }

    void decide(String code, String chairman, String number) {
        driver.complete(chairman, code, DECISION, Map.of(DECISION_NUMBER, number, DECISION_DATE, "2019-12-20"));
    }

    /** The user tasks the nomination met, in order, with the group or assignee that worked them. */
    List<String> route(String code) {
        String pi = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
        List<String> keys = new ArrayList<>();
        for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery().processInstanceId(pi)
                .orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc().list()) {
            String key = t.getTaskDefinitionKey();
            if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void districtGiayKhenEndsWithTheDistrictChairman() {
        String code = file("GK_HUYEN", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(DISTRICT_REVIEW);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        assertThat(pi).isWaitingAt(DECISION);
        assertThat(pi).task().hasCandidateGroup("chairman.sinho");
        decide(code, "chutich.sinho", "15/QĐ-UBND");

        assertThat(pi).isEnded().hasPassed(AWARDED);
        assertThat(route(code)).containsExactly(PREPARE_DOSSIER, COMMUNE_REVIEW, DISTRICT_REVIEW, DECISION);
        assertThat(jdbc.queryForObject("select signer from award a join nomination n on n.id = a.nomination_id where n.code = ?",
                String.class, code)).isEqualTo("chutich.sinho");
    }

    @Test
    void provincialBangKhenForAHouseholdPassesDistrictCouncilAndProvincialAppraisal() {
        String code = file("BK_TINH", NomineeKind.HOUSEHOLD, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        councilVotes(code, "hd.sinho.", 5, "yes");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        assertThat(driver.instance(code)).task().hasCandidateGroup("chairman.laichau");
        decide(code, "tinh.chutich", "2551/QĐ-UBND");

        assertThat(route(code)).containsExactly(PREPARE_DOSSIER, COMMUNE_REVIEW, DISTRICT_REVIEW, COUNCIL_VOTE, RECORD_WRITTEN_BALLOTS,
                COUNCIL_CONCLUSION, PROVINCIAL_APPRAISAL, DECISION);
        assertThat(driver.status(code)).isEqualTo("AWARDED");
    }

    @Test
    void cstdCapTinhAddsTheProvincialCouncilAndBothBallotsAreSecret(CapturedOutput output) {
        String code = file("CSTD_TINH", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        // Mixed choices so that a leak would show: 3 yes, 1 no, 1 abstain is not 90%: fails at the district...
        driver.vote(code, "hd.sinho.1", "yes");
        driver.vote(code, "hd.sinho.2", "no");
        driver.vote(code, "hd.sinho.3", "abstain");
        driver.vote(code, "hd.sinho.4", "yes");
        // ...the fifth member is absent and sends a written ballot, recorded by the secretary.
        driver.writtenBallot(code, "hd.sinho.1", "hd.sinho.5", "yes", "07/PBQ-HĐTĐKT");
        driver.closeMeeting(code, "hd.sinho.1");
        assertThat(ballots.tallies(code).get(0)).satisfies(t -> {
            assertThat(t.secret()).isTrue();
            assertThat(t.yesCount()).isEqualTo(3);
            assertThat(t.participantCount()).isEqualTo(5);
            assertThat(t.passed()).isFalse();
        });
        // 60% < 90% (Nghị định 91/2017/NĐ-CP, Điều 45, khoản 8): the council may not propose it as filed, but may lower it to an award its own chairman decides.
        assertThatThrownBy(() -> driver.conclude(code, "hd.sinho.1", CONCLUSION_LOWER, "BK_TINH", "Hạ mức")).hasMessageContaining("Hạ mức khen");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_REJECT, null, "Chưa đạt 90%");
        assertThat(driver.status(code)).isEqualTo("REJECTED");

        // A second nomination that passes both councils.
        String second = file("CSTD_TINH", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", second, DISTRICT_REVIEW, "approve", null);
        councilVotes(second, "hd.sinho.", 5, "yes");
        driver.conclude(second, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        driver.review("tinh.thamdinh", second, PROVINCIAL_APPRAISAL, "approve", null);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(second).taskDefinitionKey(COUNCIL_VOTE).list())
                .extracting(org.camunda.bpm.engine.task.Task::getAssignee)
                .containsExactlyInAnyOrder("hd.laichau.1", "hd.laichau.2", "hd.laichau.3", "hd.laichau.4", "hd.laichau.5");
        councilVotes(second, "hd.laichau.", 5, "yes");
        driver.conclude(second, "hd.laichau.1", CONCLUSION_PROPOSE, null, null);
        decide(second, "tinh.chutich", "101/QĐ-UBND");

        assertThat(route(second)).containsExactly(PREPARE_DOSSIER, COMMUNE_REVIEW, DISTRICT_REVIEW, COUNCIL_VOTE, RECORD_WRITTEN_BALLOTS,
                COUNCIL_CONCLUSION, PROVINCIAL_APPRAISAL, COUNCIL_VOTE, RECORD_WRITTEN_BALLOTS, COUNCIL_CONCLUSION, DECISION);
        assertNoLinkBetweenMembersAndChoices(code, output);
    }

    /**
     * Searches every table (engine history included) and the log for a row or line that holds both something
     * identifying a member's ballot (the member, their task, their execution) and a choice.
     */
    void assertNoLinkBetweenMembersAndChoices(String code, CapturedOutput output) {
        Set<String> identifiers = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            identifiers.add("hd.sinho." + i);
        }
        String pi = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
        for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).taskDefinitionKey(COUNCIL_VOTE).list()) {
            identifiers.add(t.getId());
            identifiers.add(t.getExecutionId());
        }
        Pattern choice = Pattern.compile("\\b(yes|no|abstain)\\b");
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC' "
                + "and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_COMMENT", "COUNCIL_PARTICIPATION");
        long nominationId = jdbc.queryForObject("select id from nomination where code = ?", Long.class, code);
        List<String> links = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                // Our tables: only this nomination's rows (other tests' open ballots rightly keep their choices).
                if (row.containsKey("NOMINATION_ID") && ((Number) row.get("NOMINATION_ID")).longValue() != nominationId) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (Object value : row.values()) {
                    text.append(' ').append(value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : value);
                }
                String line = text.toString();
                if (identifiers.stream().anyMatch(line::contains) && choice.matcher(line).find()) {
                    links.add(table + ": " + line);
                }
            }
        }
        assertThat(links).as("rows tying a member to a choice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ = 'vote' and text_ is not null and proc_inst_id_ = ?",
                Integer.class, pi)).isZero();
        assertThat(output.getAll().lines().filter(l -> identifiers.stream().anyMatch(l::contains) && choice.matcher(l).find()).toList())
                .as("log lines tying a member to a choice").isEmpty();
        // The trail still shows who took part and the result.
        assertThat(jdbc.queryForList("select p.member from council_participation p join nomination n on n.id = p.nomination_id where n.code = ?",
                String.class, code)).hasSize(5);
    }

    @Test
    void aSecretBallotRefusesAVoteSentAsATaskVariable() {
        String code = file("CSTD_CS", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);

        assertThatThrownBy(() -> driver.complete("hd.sinho.2", code, COUNCIL_VOTE, Map.of(VOTE, "no"))).hasMessageContaining("Bỏ phiếu kín");

        String pi = driver.instance(code).getId();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ = 'vote' and text_ is not null and proc_inst_id_ = ?",
                Integer.class, pi)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where name_ = 'vote' and text_ is not null and proc_inst_id_ = ?",
                Integer.class, pi)).isZero();
    }

    @Test
    void cstdToanQuocIsMadePublicTenWorkingDaysBeforeTheProvincialCouncilMeets() {
        // Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2: "ít nhất 10 ngày làm việc trước khi họp hội đồng thi đua – khen thưởng
        // bộ, ban, ngành, tỉnh". The route opens the disclosure after the board's appraisal and before the council.
        String code = file("CSTD_TQ", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        councilVotes(code, "hd.sinho.", 5, "yes");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        java.time.ZoneId vn = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        // Friday 26 April 2019: the 30 April – 1 May break and its swapped Monday 29 April (made up on Saturday 4 May).
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.of(2019, 4, 26).atTime(9, 0).atZone(vn).toInstant()));
        try {
            driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(DISCLOSURE_WINDOW);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(COUNCIL_VOTE).count()).isZero();
        // Ten working days after Friday 26/4: Thu 2/5, Fri 3/5, Sat 4/5 (worked), Mon 6 … Fri 10/5, Mon 13, Tue 14/5 —
        // not 6 May as ten calendar days would give.
        java.util.Date closes = (java.util.Date) runtimeService.getVariable(pi.getId(), DISCLOSURE_CLOSES);
        assertThat(closes.toInstant().atZone(vn).toLocalDateTime()).isEqualTo(java.time.LocalDate.of(2019, 5, 14).atTime(17, 0));
        Job window = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(DISCLOSURE_WINDOW).singleResult();
        managementService.executeJob(window.getId());

        // No comment came in: the provincial council meets after the disclosure, then the Prime Minister decides.
        assertThat(pi).isWaitingAt(COUNCIL_VOTE);
        councilVotes(code, "hd.laichau.", 5, "yes");
        driver.conclude(code, "hd.laichau.1", CONCLUSION_PROPOSE, null, null);
        assertThat(pi).isWaitingAt(CENTRAL_DECISION_RECEIVED);
        // The disclosure ended before the provincial council's ballot opened.
        java.util.Date councilOpened = historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(COUNCIL_VOTE).orderByHistoricActivityInstanceStartTime().desc().list().get(0).getStartTime();
        java.util.Date disclosureEnded = historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(DISCLOSURE_WINDOW).singleResult().getEndTime();
        assertThat(disclosureEnded).isBeforeOrEqualTo(councilOpened);
    }

    @Test
    void aCommentOnTheDisclosureIsAnsweredBeforeTheProvincialCouncil() {
        String code = file("CSTD_TQ", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        councilVotes(code, "hd.sinho.", 5, "yes");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(DISCLOSURE_WINDOW);
        assertThat(waiting.disclosureOpen(code)).isTrue();
        long comment = disclosures.file(code, "xa.phucthan", "Đề nghị làm rõ thành tích năm 2018.");
        Job window = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(DISCLOSURE_WINDOW).singleResult();
        managementService.executeJob(window.getId());

        assertThat(pi).isWaitingAt(ANSWER_DISCLOSURE_COMMENTS);
        assertThatThrownBy(() -> driver.complete("tinh.thamdinh", code, ANSWER_DISCLOSURE_COMMENTS, Map.of())).hasMessageContaining("chưa được trả lời");
        disclosures.answer(code, comment, "tinh.thamdinh", "Thành tích năm 2018 đã được UBND xã xác nhận.");
        // Both the comment and its answer are on the audit chain.
        assertThat(jdbc.queryForList("select event_type from audit_event where nomination_code = ? and event_type like 'DISCLOSURE%' order by seq",
                String.class, code)).containsExactly("DISCLOSURE_COMMENT_FILED", "DISCLOSURE_COMMENT_ANSWERED");
        driver.complete("tinh.thamdinh", code, ANSWER_DISCLOSURE_COMMENTS, Map.of());

        assertThat(pi).isWaitingAt(COUNCIL_VOTE);
    }

    @Test
    void primeMinistersBangKhenIsNotMadePublicAndWaitsForTheCentralDecision() {
        // Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2: public disclosure is for state honours and CSTĐ toàn quốc, not for
        // the Prime Minister's Bằng khen; this test used to pin a disclosure after the council.
        String code = file("BK_TTG", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        councilVotes(code, "hd.sinho.", 5, "yes");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        councilVotes(code, "hd.laichau.", 5, "yes");
        driver.conclude(code, "hd.laichau.1", CONCLUSION_PROPOSE, null, null);

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).hasNotPassed(OPEN_DISCLOSURE);
        assertThat(pi).isWaitingAt(CENTRAL_DECISION_RECEIVED);
        assertThat(waiting.centralDecisionReceived(code, "1234/QĐ-TTg", LocalDate.of(2020, 3, 2), "tinh.thamdinh")).isTrue();
        assertThat(pi).isEnded().hasPassed(RECORD_AWARD, AWARDED);
        assertThat(jdbc.queryForMap("select decision_number, signer from award a join nomination n on n.id = a.nomination_id where n.code = ?", code))
                .containsEntry("DECISION_NUMBER", "1234/QĐ-TTg");
        assertThat(waiting.centralDecisionReceived(code, "1/QĐ-TTg", LocalDate.of(2020, 3, 2), "tinh.thamdinh")).isFalse();
    }

    @Test
    void adHocAwardTakesTheSimplifiedRouteWithoutCouncils() {
        String code = file("BK_TINH", NomineeKind.INDIVIDUAL, "AD_HOC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        decide(code, "tinh.chutich", "77/QĐ-UBND");

        assertThat(route(code)).containsExactly(PREPARE_DOSSIER, COMMUNE_REVIEW, DISTRICT_REVIEW, PROVINCIAL_APPRAISAL, DECISION);
    }

    @Test
    void aCommuneOfTheTwoTierModelSkipsTheDistrict() {
        int year = LocalDate.now().getYear();
        String code = file("BK_TINH", NomineeKind.INDIVIDUAL, "PERIODIC", year);
        ProcessInstance pi = driver.instance(code);
        assertThat(pi).variables().containsEntry(TIER_MODEL, "TWO_TIER");
        councilVotes(code, "hd.pusamcap.", 3, "yes");
        driver.conclude(code, "hd.pusamcap.1", CONCLUSION_PROPOSE, null, null);
        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        decide(code, "tinh.chutich", "88/QĐ-UBND");

        assertThat(route(code)).containsExactly(PREPARE_DOSSIER, COMMUNE_REVIEW, COUNCIL_VOTE, RECORD_WRITTEN_BALLOTS, COUNCIL_CONCLUSION,
                PROVINCIAL_APPRAISAL, DECISION).doesNotContain(DISTRICT_REVIEW);
    }

    @Test
    void councilLowersTheAwardToOneItsChairmanDecidesAndTheRouteFollows() {
        String code = file("BK_TINH", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        councilVotes(code, "hd.sinho.", 5, "no");

        driver.conclude(code, "hd.sinho.1", CONCLUSION_LOWER, "GK_HUYEN", "Thành tích phù hợp với Giấy khen của Chủ tịch UBND huyện");

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(DECISION);
        assertThat(pi).task().hasCandidateGroup("chairman.sinho");
        assertThat(jdbc.queryForMap("select award_kind_code, proposed_award_kind_code from nomination where code = ?", code))
                .containsEntry("AWARD_KIND_CODE", "GK_HUYEN").containsEntry("PROPOSED_AWARD_KIND_CODE", "BK_TINH");
    }

    @Test
    void councilRaisesTheAwardAndTheNominationGoesOnToTheProvince() {
        String code = file("GK_HUYEN", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        // GK_HUYEN has no council step; lower first to test raising from BK_TINH instead.
        String bk = file("BK_TINH", NomineeKind.INDIVIDUAL, "PERIODIC", 2019);
        driver.review("huyen.sinho", bk, DISTRICT_REVIEW, "approve", null);
        councilVotes(bk, "hd.sinho.", 5, "yes");
        assertThatThrownBy(() -> driver.conclude(bk, "hd.sinho.1", CONCLUSION_RAISE, "GK_HUYEN", "x")).hasMessageContaining("Nâng mức khen");

        driver.conclude(bk, "hd.sinho.1", CONCLUSION_RAISE, "BK_TTG", "Thành tích xuất sắc, đề nghị Thủ tướng Chính phủ tặng Bằng khen");

        assertThat(driver.instance(bk)).isWaitingAt(PROVINCIAL_APPRAISAL);
        assertThat(jdbc.queryForObject("select award_kind_code from nomination where code = ?", String.class, bk)).isEqualTo("BK_TTG");
        driver.review("tinh.thamdinh", bk, PROVINCIAL_APPRAISAL, "approve", null);
        // The raised award's route now includes the provincial council.
        assertThat(driver.instance(bk)).isWaitingAt(COUNCIL_VOTE);
        assertThat(driver.instance(code)).isWaitingAt(DECISION);
    }

    @Test
    void anOverdueSupplementationIsEscalatedToTheBoard() {
        String code = file("BK_TINH", NomineeKind.INDIVIDUAL, "AD_HOC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        Map<String, Object> v = new HashMap<>();
        v.put(OUTCOME, "return");
        v.put(COMMENT, "Bổ sung xác nhận của UBND xã");
        v.put(SUPPLEMENT_DEADLINE, LocalDate.now().plusDays(3).toString());
        driver.complete("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, v);
        ProcessInstance pi = driver.instance(code);
        Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(SUPPLEMENTATION_OVERDUE).singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(FormValues.endOfDay(LocalDate.now().plusDays(3)));

        managementService.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt(HANDLE_OVERDUE_SUPPLEMENTATION);
        assertThat(pi).task().hasCandidateGroup("appraiser.laichau");
        Map<String, Object> extend = new HashMap<>();
        extend.put(OVERDUE_ACTION, "extend");
        extend.put(COMMENT, "Xã xin gia hạn do mưa lũ");
        extend.put(SUPPLEMENT_DEADLINE, LocalDate.now().plusDays(10).toString());
        driver.complete("tinh.thamdinh", code, HANDLE_OVERDUE_SUPPLEMENTATION, extend);
        assertThat(pi).isWaitingAt(SUPPLEMENT_DOSSIER);
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(SUPPLEMENTATION_OVERDUE).singleResult().getDuedate())
                .isEqualTo(FormValues.endOfDay(LocalDate.now().plusDays(10)));
        assertThat(jdbc.queryForList("select s.outcome from nomination_step s join nomination n on n.id = s.nomination_id where n.code = ? "
                + "and s.step = 'handleOverdueSupplementation'", String.class, code)).containsExactly("extend");
    }

    @Test
    void appraisalCarriesItsLegalDeadlineAsDueDateAndOverdueIsRecorded() {
        String code = file("BK_TINH", NomineeKind.INDIVIDUAL, "AD_HOC", 2019);
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "approve", null);
        ProcessInstance pi = driver.instance(code);
        assertThat(driver.task(code, PROVINCIAL_APPRAISAL, null).getDueDate()).isInTheFuture();
        Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(APPRAISAL_OVERDUE).singleResult();

        managementService.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
        assertThat(jdbc.queryForList("select s.outcome from nomination_step s join nomination n on n.id = s.nomination_id where n.code = ? "
                + "and s.step = 'provincialAppraisal'", String.class, code)).containsExactly("overdue");
    }
}
