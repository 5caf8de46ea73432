package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/**
 * The culture titles the commune chairman decides from 1 July 2025 (Nghị định 86/2023/NĐ-CP; the two-tier transfer of
 * Thôn, tổ dân phố văn hóa unconfirmed): a household's Gia đình văn hóa goes commune review → the commune chairman;
 * a village's Thôn văn hóa goes commune review → the commune council → the commune chairman. Both are recorded in the
 * registry; neither reaches a district or the province.
 */
@SpringBootTest
@ActiveProfiles("test")
class CultureTitleTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    static NewDossier household(String awardKind, int year) {
        return new NewDossier(awardKind, null, "PERIODIC", NomineeKind.HOUSEHOLD, null, null, null, null, null,
                "Bản Pu Sam Cáp, xã Pu Sam Cáp", 5, "Lò Văn Hặc", null,
                "Gia đình gương mẫu chấp hành pháp luật, tích cực tham gia phong trào của bản, con em đi học đầy đủ.", year);
    }

    static NewDossier village(int year) {
        return new NewDossier("THON_VH", null, "PERIODIC", NomineeKind.COLLECTIVE, "Bản Pu Sam Cáp", null, null, null, null,
                "Xã Pu Sam Cáp", 112, "Lò Văn Thắng", null,
                "Đời sống kinh tế ổn định, nhà văn hóa bản hoạt động thường xuyên, không có tệ nạn xã hội.", year);
    }

    List<String> steps(String code) {
        return jdbc.queryForList("select s.step from nomination_step s join nomination n on n.id = s.nomination_id where n.code = ? "
                + "order by s.acted_at, s.id", String.class, code);
    }

    Map<String, Object> award(String code) {
        return jdbc.queryForMap("select a.award_kind_code, a.decision_number, a.signer, a.reward_amount from award a "
                + "join nomination n on n.id = a.nomination_id where n.code = ?", code);
    }

    @Test
    void theCommuneChairmanAwardsGiaDinhVanHoaAfterTheCommuneReview() {
        String code = workflow.start(household("GD_VH", 2025), "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        assertThat(jdbc.queryForList("select kind from nomination_document d join nomination n on n.id = d.nomination_id where n.code = ?",
                String.class, code)).containsExactlyInAnyOrder("PROPOSAL_LETTER", "ACHIEVEMENT_REPORT", "COUNCIL_MINUTES");
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", "Đã bình xét ở bản, công khai 10 ngày không có ý kiến");
        // The commune chairman decides next: no district, no council, no province.
        assertThat(workflow.currentSteps(code)).containsExactly(DECISION);
        assertThat(driver.task(code, DECISION, null).getProcessInstanceId()).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskCandidateGroup("chairman.pusamcap").count()).isEqualTo(1);

        String today = LocalDate.now().toString();
        // Only the commune's own chairman decides: another commune's, the former district's, the province's chairman
        // and the auditor are refused, and the task stays open.
        for (String wrong : List.of("chutich.phucthan", "chutich.sinho", "tinh.chutich", "thanhtra", "xa.pusamcap")) {
            assertThatThrownBy(() -> driver.complete(wrong, code, DECISION, Map.of(DECISION_NUMBER, "99/QĐ-UBND", DECISION_DATE, today)))
                    .as(wrong).isInstanceOf(RuntimeException.class);
        }
        assertThat(workflow.currentSteps(code)).containsExactly(DECISION);
        driver.complete("chutich.pusamcap", code, DECISION, Map.of(DECISION_NUMBER, "15/QĐ-UBND", DECISION_DATE, today));

        assertThat(driver.status(code)).isEqualTo("AWARDED");
        assertThat(steps(code)).doesNotContain(DISTRICT_REVIEW, COUNCIL_CONCLUSION, PROVINCIAL_APPRAISAL);
        assertThat(award(code)).containsEntry("AWARD_KIND_CODE", "GD_VH").containsEntry("DECISION_NUMBER", "15/QĐ-UBND")
                .containsEntry("SIGNER", "chutich.pusamcap");
        // No reward money is sourced for the culture titles (rewardAmount.dmn, row danhHieuVanHoa, unconfirmed): 0 đồng.
        assertThat(((Number) award(code).get("REWARD_AMOUNT")).longValue()).isZero();
    }

    @Test
    void thonVanHoaPassesTheCommuneCouncilThenTheCommuneChairman() {
        String code = workflow.start(village(2025), "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", null);
        assertThat(workflow.currentSteps(code)).contains(COUNCIL_VOTE, RECORD_WRITTEN_BALLOTS);
        for (int i = 1; i <= 3; i++) {
            driver.vote(code, "hd.pusamcap." + i, "yes");
        }
        driver.closeMeeting(code, "hd.pusamcap.1");
        driver.conclude(code, "hd.pusamcap.1", CONCLUSION_PROPOSE, null, null);
        assertThat(workflow.currentSteps(code)).containsExactly(DECISION);

        driver.complete("chutich.pusamcap", code, DECISION, Map.of(DECISION_NUMBER, "16/QĐ-UBND", DECISION_DATE, LocalDate.now().toString()));

        assertThat(driver.status(code)).isEqualTo("AWARDED");
        assertThat(steps(code)).doesNotContain(DISTRICT_REVIEW, PROVINCIAL_APPRAISAL);
        assertThat(award(code)).containsEntry("AWARD_KIND_CODE", "THON_VH").containsEntry("SIGNER", "chutich.pusamcap");
    }

    @Test
    void theCultureTitlesAreFiledOnlyForTheirNomineesAndFromTheTwoTierDate() {
        // A household title for an individual, a village title for a household: refused with the reason.
        assertThatThrownBy(() -> workflow.start(new NewDossier("GD_VH", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Lò Văn Hặc",
                ProcessDriver.nextIdNumber(), 1970, "MALE", "Nông dân", "Bản Pu Sam Cáp", null, null, null, "Gương mẫu.", 2025), "xa.pusamcap"))
                .isInstanceOf(InvalidDossierException.class).hasMessageContaining("Gia đình văn hóa");
        assertThatThrownBy(() -> workflow.start(household("THON_VH", 2025), "xa.pusamcap"))
                .isInstanceOf(InvalidDossierException.class);
        // Before 1 July 2025 the system does not handle them (validFrom in seeds/award-kinds.yaml).
        assertThatThrownBy(() -> workflow.start(household("GD_VH", 2024), "xa.pusamcap"))
                .isInstanceOf(InvalidDossierException.class).hasMessageContaining("2024");
    }
}
