package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.Vote;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.testsupport.Registry;

/**
 * Eligibility in the running process: checked by the validation delegate when the commune's approval sends the
 * dossier out of the commune and again before appraisal; what fails is listed in {@code problems} in Vietnamese.
 */
@SpringBootTest
@ActiveProfiles("test")
class EligibilityProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    ProcessDriver driver;
    Registry registry;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        registry = new Registry(jdbc);
    }

    String idNumber(String code) {
        return jdbc.queryForObject("select nominee_id_number from nomination where code = ?", String.class, code);
    }

    Object variable(String code, String name) {
        return runtimeService.getVariable(driver.instance(code).getId(), name);
    }

    boolean submitted(String code) {
        return jdbc.queryForObject("select count(*) from nomination_submission s join nomination n on n.id = s.nomination_id where n.code = ?",
                Integer.class, code) == 1;
    }

    /** Filed, documents attached, sent by the preparer: waiting for the commune's review. */
    String atCommuneReview(NewDossier dossier) {
        String code = workflow.start(dossier, "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        assertThat(workflow.currentSteps(code)).containsExactly(COMMUNE_REVIEW);
        return code;
    }

    static NewDossier cstdCoSo(String name, String idNumber, int year) {
        return new NewDossier("CSTD_CS", null, "PERIODIC", NomineeKind.INDIVIDUAL, name, idNumber, 1988, "FEMALE",
                "Giáo viên Trường Tiểu học Pu Sam Cáp", "Bản Pu Sam Cáp", null, null, null,
                "Sáng kiến dạy tiếng Việt cho học sinh dân tộc Mông được Hội đồng sáng kiến huyện công nhận.", year);
    }

    @Test
    void aMissingPrerequisiteSendsTheDossierBackBeforeItLeavesTheCommune() {
        String code = atCommuneReview(ProcessDriver.individual("CSTD_TINH"));

        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, OUTCOME_APPROVE, "Đề nghị");

        assertThat(workflow.currentSteps(code)).containsExactly(PREPARE_DOSSIER);
        assertThat((String) variable(code, PROBLEMS))
                .contains("Chiến sĩ thi đua cấp tỉnh phải có 03 lần liên tục đạt Chiến sĩ thi đua cơ sở")
                .contains("sổ khen thưởng không có Chiến sĩ thi đua cơ sở").contains("Căn cứ: Luật Thi đua, khen thưởng 2022");
        assertThat(submitted(code)).isFalse();
    }

    @Test
    void aReminderTravelsWithTheDossierWithoutStoppingIt() {
        String code = atCommuneReview(ProcessDriver.individual("BK_TINH"));

        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, OUTCOME_APPROVE, null);

        assertThat(workflow.currentSteps(code)).doesNotContain(PREPARE_DOSSIER, COMMUNE_REVIEW);
        assertThat(variable(code, PROBLEMS)).isNull();
        assertThat((String) variable(code, ELIGIBILITY_NOTES)).contains("Bằng khen của Chủ tịch UBND tỉnh (cá nhân)").contains("Điều 74");
        assertThat(submitted(code)).isTrue();
        // The tables' evaluations are in the nomination's decision history, for the auditor.
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instance).list())
                .extracting(d -> d.getDecisionDefinitionKey()).contains(ELIGIBILITY_DECISION, QUOTA_DECISION, ROUTE_DECISION);
    }

    @Test
    void aMatterOpenedAfterTheDossierLeftItsCommuneStopsItAtAppraisal() {
        String code = driver.toCouncilVote("BK_TINH");
        registry.pendingMatter(idNumber(code), null, null, "INVESTIGATION");
        for (int i = 1; i <= 5; i++) {
            driver.vote(code, "hd.sinho." + i, Vote.YES.value());
        }
        driver.closeMeeting(code, "hd.sinho.1");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);

        assertThat(workflow.currentSteps(code)).containsExactly(SUPPLEMENT_DOSSIER);
        assertThat((String) variable(code, PROBLEMS)).contains("Không đề nghị khen thưởng đối tượng đang bị xem xét kỷ luật, điều tra")
                .contains("đang trong thời gian điều tra").contains("Căn cứ: Nghị định 98/2023/NĐ-CP");
    }

    @Test
    void theSameNomineeFiledTwiceLeavesTheCommuneOnce() {
        NewDossier dossier = ProcessDriver.individual("BK_TINH");
        String first = atCommuneReview(dossier);
        String second = atCommuneReview(dossier);
        driver.review("xa.pusamcap", first, COMMUNE_REVIEW, OUTCOME_APPROVE, null);
        driver.review("xa.pusamcap", second, COMMUNE_REVIEW, OUTCOME_APPROVE, null);

        assertThat(submitted(first)).isTrue();
        assertThat(workflow.currentSteps(second)).containsExactly(PREPARE_DOSSIER);
        assertThat((String) variable(second, PROBLEMS)).contains("Không đề nghị hai lần").contains(first);
    }

    /**
     * Two officials approve the last two candidates of a commune at the same moment, with one CSTĐ cơ sở slot left
     * (7 LĐTT → 15% rounded down = 1): the quota row lock lets exactly one leave the commune.
     */
    @Test
    void twoApprovalsAtOnceForTheLastSlotLetExactlyOneThrough() throws Exception {
        int year = 2012; // a year no other test of the shared context writes for this commune
        registry.laborTitles("pusamcap", year, 5, "0991" + year);
        String idA = "099300000001";
        String idB = "099300000002";
        registry.award("pusamcap", "LDTT", year, "PERIODIC", "Lò Thị Dung", idA);
        registry.award("pusamcap", "LDTT", year, "PERIODIC", "Lường Thị Hoa", idB);
        String a = atCommuneReview(cstdCoSo("Lò Thị Dung", idA, year));
        String b = atCommuneReview(cstdCoSo("Lường Thị Hoa", idB, year));

        CyclicBarrier together = new CyclicBarrier(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> approvals = new ArrayList<>();
            for (String code : List.of(a, b)) {
                approvals.add(pool.submit(() -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, OUTCOME_APPROVE, "Đề nghị công nhận");
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }));
            }
            for (Future<?> f : approvals) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
        List<String> through = List.of(a, b).stream().filter(this::submitted).toList();
        assertThat(through).hasSize(1);
        String refused = through.contains(a) ? b : a;
        assertThat(workflow.currentSteps(through.get(0))).doesNotContain(PREPARE_DOSSIER, COMMUNE_REVIEW);
        assertThat(workflow.currentSteps(refused)).containsExactly(PREPARE_DOSSIER);
        assertThat((String) variable(refused, PROBLEMS)).contains("Chiến sĩ thi đua cơ sở không quá 15%").contains("tối đa 1 suất")
                .contains("đã dùng 1 suất: " + through.get(0));
    }
}
