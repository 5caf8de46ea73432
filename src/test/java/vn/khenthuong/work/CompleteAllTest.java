package vn.khenthuong.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/**
 * {@link WorkTasks#completeAll}: many tasks completed in batches of one engine command each, all or none, each still an
 * ordinary, authorised, audited completion; the first refused task named, with nothing written. Signing a decision uses it.
 */
@SpringBootTest
@ActiveProfiles("test")
class CompleteAllTest {

    static final Map<String, Object> ANSWER = Map.of("decisionNumber", "15/QĐ-UBND", "decisionDate", "2019-12-20");

    @Autowired WorkTasks tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired TransactionTemplate transaction;
    @Autowired AuthorizationService authorizations;

    WaitingDossiers dossiers;

    @BeforeEach
    void setUp() {
        dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    long awards(String code) {
        return jdbc.queryForObject("select count(*) from award a join nomination n on n.id = a.nomination_id where n.code = ?", Long.class, code);
    }

    long decisionAudits(String code) {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code = ? and actor = 'tinh.chutich'", Long.class, code);
    }

    @Test
    void everyTaskIsCompletedAsTheUserAndRecordedAsAnOrdinaryCompletion() {
        List<String> codes = List.of(dossiers.atDecision("Lò Văn Một"), dossiers.atDecision("Tao Thị Hai"), dossiers.atDecision("Vàng A Ba"));
        List<String> ids = codes.stream().map(c -> dossiers.taskId(c, "decision")).toList();

        transaction.executeWithoutResult(s -> tasks.completeAll("tinh.chutich", ids, WorkStep.DECISION, ANSWER));

        for (String code : codes) {
            assertThat(workflow.currentSteps(code)).isEmpty();
            assertThat(dossiers.driver.status(code)).isEqualTo("AWARDED");
            assertThat(awards(code)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select decision_number from award a join nomination n on n.id = a.nomination_id where n.code = ?",
                    String.class, code)).isEqualTo("15/QĐ-UBND");
            // The step's listener wrote the chairman's step and its audit row, as for a task completed alone.
            assertThat(jdbc.queryForObject("select s.actor from nomination_step s join nomination n on n.id = s.nomination_id "
                    + "where n.code = ? and s.step = 'decision'", String.class, code)).isEqualTo("tinh.chutich");
            assertThat(decisionAudits(code)).isPositive();
        }

        for (String id : ids) {
            // Completed by the chairman as himself: the engine's operation log names him for each task.
            assertThat(jdbc.queryForObject("select DELETE_REASON_ from ACT_HI_TASKINST where ID_ = ?", String.class, id)).isEqualTo("completed");
            assertThat(jdbc.queryForList("select USER_ID_ from ACT_HI_OP_LOG where TASK_ID_ = ? and OPERATION_TYPE_ = 'Complete'", String.class, id))
                    .containsOnly("tinh.chutich").isNotEmpty();
        }
    }

    @Test
    void aTaskOfAnotherStepIsNamedAndNothingOfTheBatchIsWritten() {
        String decided = dossiers.atDecision("Giàng A Bốn");
        String appraised = dossiers.atAppraisal("Lường Thị Năm");
        List<String> ids = List.of(dossiers.taskId(decided, "decision"), dossiers.taskId(appraised, "provincialAppraisal"));

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> tasks.completeAll("tinh.chutich", ids, WorkStep.DECISION, ANSWER)))
                .isInstanceOfSatisfying(TaskOfBatchRefusedException.class, e -> {
                    assertThat(e.taskId()).isEqualTo(ids.get(1));
                    assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.NOT_YOURS);
                });
        // The first task had been completed inside the batch's command: rolled back with it.
        assertThat(workflow.currentSteps(decided)).containsExactly("decision");
        assertThat(awards(decided)).isZero();
        assertThat(workflow.currentSteps(appraised)).containsExactly("provincialAppraisal");
    }

    @Test
    void theWrongUserIsRefusedAtTheFirstTask() {
        String code = dossiers.atDecision("Sùng A Sáu");
        List<String> ids = List.of(dossiers.taskId(code, "decision"));
        // A commune chairman, and the provincial appraiser: neither holds chairman.laichau.
        for (String user : List.of("chutich.pusamcap", "tinh.thamdinh")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(s -> tasks.completeAll(user, ids, WorkStep.DECISION, ANSWER)))
                    .isInstanceOfSatisfying(TaskOfBatchRefusedException.class, e -> {
                        assertThat(e.taskId()).isEqualTo(ids.get(0));
                        assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.NOT_YOURS);
                    });
        }
        assertThat(workflow.currentSteps(code)).containsExactly("decision");
        assertThat(awards(code)).isZero();
    }

    @Test
    void theVariableGuardJudgesEveryTasksAnswerBeforeAnyIsCompleted() {
        List<String> codes = List.of(dossiers.atDecision("Lò Thị Bảy"), dossiers.atDecision("Tòng Văn Tám"));
        List<String> ids = codes.stream().map(c -> dossiers.taskId(c, "decision")).toList();
        // A variable the decision step does not declare (processes/nomination.form-variables.yaml) would steer the route.
        Map<String, Object> steering = Map.of("decisionNumber", "16/QĐ-UBND", "decisionDate", "2019-12-20", "routeStep", "DECISION");

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> tasks.completeAll("tinh.chutich", ids, WorkStep.DECISION, steering)))
                .isInstanceOfSatisfying(TaskOfBatchRefusedException.class, e -> {
                    assertThat(e.taskId()).isEqualTo(ids.get(0));
                    assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.REFUSED);
                    assertThat(e.refusal().reasonEn()).contains("routeStep");
                });
        for (String code : codes) {
            assertThat(workflow.currentSteps(code)).containsExactly("decision");
            assertThat(awards(code)).isZero();
        }
    }

    @Test
    void aTaskAlreadyCompletedIsNamedAsDone() {
        String done = dossiers.atDecision("Hà Văn Chín");
        String waiting = dossiers.atDecision("Lý Thị Mười");
        String doneTask = dossiers.taskId(done, "decision");
        dossiers.driver.complete("tinh.chutich", done, "decision", ANSWER);

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> tasks.completeAll("tinh.chutich",
                List.of(dossiers.taskId(waiting, "decision"), doneTask), WorkStep.DECISION, ANSWER)))
                .isInstanceOfSatisfying(TaskOfBatchRefusedException.class, e -> {
                    assertThat(e.taskId()).isEqualTo(doneTask);
                    assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.ALREADY_DONE);
                });
        assertThat(workflow.currentSteps(waiting)).containsExactly("decision");
    }

    /**
     * The guard makes the engine's own check (TASK_WORK as the user) for every task of the batch, and the completion
     * skips only the repeat of a check that passed: a task whose grant was taken away is still refused, by name.
     */
    @Test
    void aTaskTheUserMayNoLongerWorkOnIsRefusedByTheEnginesAuthorization() {
        String kept = dossiers.atDecision("Lò Văn Mười Một");
        String revoked = dossiers.atDecision("Tao Thị Mười Hai");
        List<String> ids = List.of(dossiers.taskId(kept, "decision"), dossiers.taskId(revoked, "decision"));
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(ids.get(1)).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> tasks.completeAll("tinh.chutich", ids, WorkStep.DECISION, ANSWER)))
                .isInstanceOfSatisfying(TaskOfBatchRefusedException.class, e -> {
                    assertThat(e.taskId()).isEqualTo(ids.get(1));
                    assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.NOT_YOURS);
                });
        assertThat(workflow.currentSteps(kept)).containsExactly("decision");
        assertThat(awards(kept)).isZero();
        assertThat(decisionAudits(kept)).isZero();
    }
}
