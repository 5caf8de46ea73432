package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.council.Tally;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/** Every path of processes/nomination.bpmn on the real engine with the real feature services. */
@SpringBootTest
@ActiveProfiles("test")
class NominationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired NominationWorkflow workflow;
    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @Test
    void nominationIsAwardedAfterApprovalAtEveryLevel() {
        String code = driver.toAppraisal("BK_TINH");
        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
        assertThat(pi).task().hasCandidateGroup("appraiser.laichau");
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        assertThat(pi).isWaitingAt(DECISION);
        assertThat(pi).task().hasCandidateGroup("chairman.laichau");

        driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "2551/QĐ-UBND", DECISION_DATE, "2019-12-20"));

        assertThat(pi).isEnded().hasPassed(RECORD_AWARD, AWARDED);
        assertThat(driver.status(code)).isEqualTo("AWARDED");
        assertThat(jdbc.queryForMap("select decision_number, decision_date, signer from award a join nomination n on n.id = a.nomination_id where n.code = ?", code))
                .containsEntry("DECISION_NUMBER", "2551/QĐ-UBND").containsEntry("SIGNER", "tinh.chutich")
                .containsEntry("DECISION_DATE", java.sql.Date.valueOf("2019-12-20"));
        assertThat(steps(code)).containsExactly("prepareDossier:submit:xa.pusamcap", "communeReview:approve:xa.pusamcap",
                "districtReview:approve:huyen.sinho", "councilConclusion:approve:hd.sinho.1", "provincialAppraisal:approve:tinh.thamdinh",
                "decision:approve:tinh.chutich");
        assertThat(ballots.tallies(code)).singleElement().satisfies(t -> {
            assertThat(t.passed()).isTrue();
            assertThat(t.yesCount()).isEqualTo(5);
            assertThat(t.memberCount()).isEqualTo(5);
        });
        assertThat(workflow.currentSteps(code)).isEmpty();
    }

    @Test
    void startingRegistersTheDossierAndWaitsForItsDocuments() {
        String code = driver.start("BK_TINH");
        ProcessInstance pi = driver.instance(code);

        assertThat(code).matches("LC-2019-\\d+");
        assertThat(pi).isWaitingAt(PREPARE_DOSSIER).hasBusinessKey(code);
        assertThat(pi).task().hasCandidateGroup("commune-official.pusamcap");
        assertThat(pi).variables().containsEntry(NOMINATION_CODE, code).containsEntry(UNIT_CODE, "pusamcap")
                .containsEntry(DISTRICT_CODE, "sinho").containsEntry(PROVINCE_CODE, "laichau")
                .containsEntry(INITIATOR, "xa.pusamcap").containsEntry(NOMINEE_KIND, "INDIVIDUAL").containsEntry(PROCEDURE_KIND, "PERIODIC")
                // A 2019 dossier: Sìn Hồ district still existed, so the route passes the district.
                .containsEntry(TIER_MODEL, "THREE_TIER").doesNotContainKey("achievements");
        assertThat(workflow.currentSteps(code)).containsExactly(PREPARE_DOSSIER);
    }

    @Test
    void dossierWithoutItsDocumentsGoesBackToThePreparerWithTheReasons() {
        String code = driver.start("BK_TINH");

        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(PREPARE_DOSSIER).hasPassed(VALIDATE_BEFORE_COMMUNE_REVIEW);
        assertThat((String) runtimeService.getVariable(pi.getId(), PROBLEMS)).isNotBlank();

        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        assertThat(pi).isWaitingAt(COMMUNE_REVIEW);
        assertThat(runtimeService.getVariable(pi.getId(), PROBLEMS)).isNull();
    }

    @Test
    void invalidDossierAtStartLeavesNoProcessInstanceAndNoNomination() {
        int nominations = jdbc.queryForObject("select count(*) from nomination", Integer.class);
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        NewDossier nameless = new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, null, null, null, null,
                null, null, null, null, null, "Thành tích", 2019);

        assertThatThrownBy(() -> workflow.start(nameless, "xa.pusamcap")).isInstanceOf(InvalidDossierException.class);

        assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(nominations);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(instances);
    }

    @Test
    void communeReturnsTheDossierAndTheCommuneResubmitsIt() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());

        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "return", "Bổ sung xác nhận của trưởng bản");

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(PREPARE_DOSSIER);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        assertThat(pi).isWaitingAt(COMMUNE_REVIEW);
        assertThat(steps(code)).contains("communeReview:return:xa.pusamcap");
    }

    @Test
    void districtReturnsTheDossierWhichTravelsTheRouteAgainFromTheCommune() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", null);
        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(DISTRICT_REVIEW);
        assertThat(pi).task().hasCandidateGroup("district-officer.sinho");

        driver.review("huyen.sinho", code, DISTRICT_REVIEW, "return", "Thiếu số liệu km đường");

        assertThat(pi).isWaitingAt(PREPARE_DOSSIER);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        assertThat(pi).isWaitingAt(COMMUNE_REVIEW);
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", null);
        assertThat(pi).isWaitingAt(DISTRICT_REVIEW);
    }

    @Test
    void provinceRequestsSupplementationWithADeadlineAndAppraisesAgain() {
        String code = driver.toAppraisal("BK_TINH");
        LocalDate deadline = LocalDate.now().plusDays(5);
        Map<String, Object> v = new HashMap<>();
        v.put(OUTCOME, "return");
        v.put(COMMENT, "Bổ sung biên bản họp bản");
        v.put(SUPPLEMENT_DEADLINE, deadline.toString());
        driver.complete("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, v);

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(SUPPLEMENT_DOSSIER);
        Task supplement = driver.task(code, SUPPLEMENT_DOSSIER, null);
        // Due at the end of the deadline day; the overdue timer fires then.
        assertThat(supplement.getDueDate()).isEqualTo(Date.from(deadline.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusSeconds(1)));
        assertThat(pi).task().hasCandidateGroup("commune-official.pusamcap");
        assertThat(jdbc.queryForObject("select deadline from nomination_step s join nomination n on n.id = s.nomination_id "
                + "where n.code = ? and s.step = 'provincialAppraisal'", java.sql.Date.class, code)).isEqualTo(java.sql.Date.valueOf(deadline));

        driver.complete("xa.pusamcap", code, SUPPLEMENT_DOSSIER, Map.of());
        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);
        assertThat(pi).isWaitingAt(DECISION);
    }

    @Test
    void dossierThatNoLongerPassesAfterTheVoteGoesToSupplementation() {
        String code = driver.toCouncilVote("BK_TINH");
        jdbc.update("delete from nomination_document where nomination_id = (select id from nomination where code = ?)", code);
        for (int i = 1; i <= 5; i++) {
            driver.vote(code, "hd.sinho." + i, "yes");
        }
        driver.closeMeeting(code, "hd.sinho.1");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);

        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(SUPPLEMENT_DOSSIER).hasPassed(VALIDATE_BEFORE_APPRAISAL);
        assertThat((String) runtimeService.getVariable(pi.getId(), PROBLEMS)).isNotBlank();
        // No deadline was set by the board: the default one applies, so the supplementation is never left without a date.
        assertThat(driver.task(code, SUPPLEMENT_DOSSIER, null).getDueDate()).isInTheFuture();

        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, SUPPLEMENT_DOSSIER, Map.of());
        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {COMMUNE_REVIEW, DISTRICT_REVIEW, PROVINCIAL_APPRAISAL})
    void rejectionAtAnyLevelEndsTheNominationWithTheReason(String step) {
        String code = switch (step) {
            case COMMUNE_REVIEW -> {
                String c = driver.start("BK_TINH");
                driver.attachRequiredDocuments(c);
                driver.complete("xa.pusamcap", c, PREPARE_DOSSIER, Map.of());
                yield c;
            }
            case DISTRICT_REVIEW -> {
                String c = driver.start("BK_TINH");
                driver.attachRequiredDocuments(c);
                driver.complete("xa.pusamcap", c, PREPARE_DOSSIER, Map.of());
                driver.review("xa.pusamcap", c, COMMUNE_REVIEW, "approve", null);
                yield c;
            }
            default -> driver.toAppraisal("BK_TINH");
        };
        String actor = switch (step) {
            case COMMUNE_REVIEW -> "xa.pusamcap";
            case DISTRICT_REVIEW -> "huyen.sinho";
            default -> "tinh.thamdinh";
        };

        driver.review(actor, code, step, "reject", "Thành tích chưa tiêu biểu");

        assertThat(driver.instance(code)).isNull();
        assertThat(driver.status(code)).isEqualTo("REJECTED");
        assertThat(driver.closingReason(code)).isEqualTo("Thành tích chưa tiêu biểu");
        assertThat(steps(code)).contains(step + ":reject:" + actor);
    }

    @Test
    void openCouncilVotePassesAndEachMembersBallotIsKept() {
        String code = driver.toCouncilVote("BK_TINH");
        ProcessInstance pi = driver.instance(code);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COUNCIL_VOTE).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("hd.sinho.1", "hd.sinho.2", "hd.sinho.3", "hd.sinho.4", "hd.sinho.5");

        // Bằng khen: open ballot, more than 50% of the 5 members.
        driver.vote(code, "hd.sinho.1", "yes");
        driver.vote(code, "hd.sinho.2", "no");
        driver.vote(code, "hd.sinho.3", "yes");
        driver.vote(code, "hd.sinho.4", "yes");
        driver.vote(code, "hd.sinho.5", "yes");
        driver.closeMeeting(code, "hd.sinho.1");

        assertThat(pi).isWaitingAt(COUNCIL_CONCLUSION).hasPassed(DETERMINE_VOTE_THRESHOLD, TALLY_VOTES);
        assertThat(pi).task().hasCandidateGroup("council-secretary.sinho");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null);
        assertThat(pi).isWaitingAt(PROVINCIAL_APPRAISAL);
        assertThat(pi).variables().containsEntry(VOTE_PASSED, true).doesNotContainKey(VOTE);
        assertThat(jdbc.queryForList("select b.member, b.vote from council_ballot b join nomination n on n.id = b.nomination_id where n.code = ? order by b.member", code))
                .extracting(r -> r.get("MEMBER") + "=" + r.get("VOTE"))
                .containsExactly("hd.sinho.1=yes", "hd.sinho.2=no", "hd.sinho.3=yes", "hd.sinho.4=yes", "hd.sinho.5=yes");
        Tally tally = ballots.tallies(code).get(0);
        assertThat(tally.requiredShare()).isEqualByComparingTo("0.50");
        assertThat(tally.strictlyMore()).isTrue();
        assertThat(tally.secret()).isFalse();
        assertThat(tally.yesCount()).isEqualTo(4);
        assertThat(tally.noCount()).isEqualTo(1);
    }

    @Test
    void anOpenBallotTaskNeedsAVoteOnceAndKeepsTheOneCastOnTheBallotPage() {
        String code = driver.toCouncilVote("BK_TINH");
        assertThatThrownBy(() -> driver.complete("hd.sinho.1", code, COUNCIL_VOTE, Map.of())).hasMessageContaining("Chưa bỏ phiếu");
        assertThatThrownBy(() -> driver.complete("hd.sinho.1", code, COUNCIL_VOTE, Map.of(VOTE, "maybe"))).hasMessageContaining("yes, no or abstain");

        // On the ballot page first; the task's own answer then changes nothing.
        ballots.castOwn(driver.task(code, COUNCIL_VOTE, "hd.sinho.2").getProcessInstanceId(), "hd.sinho.2", "no");
        driver.complete("hd.sinho.2", code, COUNCIL_VOTE, Map.of(VOTE, "yes"));
        driver.complete("hd.sinho.1", code, COUNCIL_VOTE, Map.of(VOTE, "abstain"));

        assertThat(jdbc.queryForList("select b.member, b.vote from council_ballot b join nomination n on n.id = b.nomination_id where n.code = ? order by b.member", code))
                .extracting(r -> r.get("MEMBER") + "=" + r.get("VOTE"))
                .containsExactly("hd.sinho.1=abstain", "hd.sinho.2=no");
        assertThat(jdbc.queryForObject("select count(*) from council_participation p join nomination n on n.id = p.nomination_id where n.code = ?",
                Integer.class, code)).isEqualTo(2);
    }

    @Test
    void councilVoteFailsAndTheNominationIsRejectedWithTheResult() {
        String code = driver.toCouncilVote("BK_TINH");
        // 2 of 5 = 40%, not more than 50%.
        driver.vote(code, "hd.sinho.1", "yes");
        driver.vote(code, "hd.sinho.2", "yes");
        driver.vote(code, "hd.sinho.3", "no");
        driver.vote(code, "hd.sinho.4", "no");
        driver.vote(code, "hd.sinho.5", "no");
        driver.closeMeeting(code, "hd.sinho.1");
        // A failed vote cannot be proposed as filed.
        assertThatThrownBy(() -> driver.conclude(code, "hd.sinho.1", CONCLUSION_PROPOSE, null, null)).hasMessageContaining("Biểu quyết không đạt");
        driver.conclude(code, "hd.sinho.1", CONCLUSION_REJECT, null, "Không đủ số phiếu");

        assertThat(driver.instance(code)).isNull();
        assertThat(driver.status(code)).isEqualTo("REJECTED");
        assertThat(driver.closingReason(code)).contains("không đạt").contains("2/5");
    }

    @Test
    void abstentionsAndMissingVotesCountAgainstAlthoughMostVotersSaidYes() {
        Instant convenedAfter = Instant.now();
        String code = driver.toCouncilVote("BK_TINH");
        Instant convenedBefore = Instant.now();
        // More than 50% of ALL 5 members is needed: 2 yes, 1 no... here 2 yes, 1 abstain, 2 never vote.
        driver.vote(code, "hd.sinho.1", "yes");
        driver.vote(code, "hd.sinho.2", "yes");
        driver.vote(code, "hd.sinho.3", "abstain");
        ProcessInstance pi = driver.instance(code);
        assertThat(pi).isWaitingAt(COUNCIL_VOTE);

        Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        // The vote closes ten days after the council was convened.
        assertThat(deadline.getDuedate().toInstant()).isBetween(convenedAfter.plus(Duration.ofDays(10)),
                convenedBefore.plus(Duration.ofDays(10)));
        managementService.executeJob(deadline.getId());
        assertThat(pi).isWaitingAt(COUNCIL_CONCLUSION);
        driver.conclude(code, "hd.sinho.1", CONCLUSION_REJECT, null, "Không đạt");

        assertThat(pi).isEnded().hasPassed(CLOSE_VOTING, TALLY_VOTES, RECORD_REJECTION);
        Tally tally = ballots.tallies(code).get(0);
        assertThat(tally.yesCount()).isEqualTo(2);
        assertThat(tally.abstainCount()).isEqualTo(1);
        assertThat(tally.missingCount()).isEqualTo(2);
        assertThat(tally.passed()).isFalse();
        assertThat(driver.status(code)).isEqualTo("REJECTED");
    }

    @Test
    void aReviewWithoutOutcomeOrReasonIsRefusedAndTheTaskStaysOpen() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());

        assertThatThrownBy(() -> driver.complete("xa.pusamcap", code, COMMUNE_REVIEW, Map.of()))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Cần chọn kết quả");
        assertThatThrownBy(() -> driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "reject", " "))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("lý do");
        assertThat(driver.instance(code)).isWaitingAt(COMMUNE_REVIEW);
    }

    @Test
    void anEarlierLevelsOutcomeIsNeverTakenForTheNextOne() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, COMMUNE_REVIEW, "approve", "Đủ điều kiện");

        // The district's form finds no answer to pre-fill it (Tasklist fetches the task's variables) ...
        assertThat(taskService.getVariables(driver.task(code, DISTRICT_REVIEW, null).getId())).doesNotContainKeys(OUTCOME, COMMENT);
        // ... and the commune's "approve" is not inherited by the district completing without an outcome.
        assertThatThrownBy(() -> driver.complete("huyen.sinho", code, DISTRICT_REVIEW, Map.of()))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(driver.instance(code)).isWaitingAt(DISTRICT_REVIEW);
    }

    @Test
    void decisionNeedsAWellFormedNumberAndDate() {
        String code = driver.toAppraisal("BK_TINH");
        driver.review("tinh.thamdinh", code, PROVINCIAL_APPRAISAL, "approve", null);

        assertThatThrownBy(() -> driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "abc", DECISION_DATE, "2019-12-20")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Số quyết định");
        assertThatThrownBy(() -> driver.complete("tinh.chutich", code, DECISION, Map.of(DECISION_NUMBER, "12/QĐ-UBND")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("ngày quyết định");
        assertThat(driver.instance(code)).isWaitingAt(DECISION);
    }

    private List<String> steps(String code) {
        return jdbc.queryForList("select s.step, s.outcome, s.actor from nomination_step s join nomination n on n.id = s.nomination_id "
                        + "where n.code = ? order by s.id", code).stream()
                .map(r -> r.get("STEP") + ":" + r.get("OUTCOME") + ":" + r.get("ACTOR")).toList();
    }
}
