package vn.khenthuong.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.workflow.HistoryFilter;
import vn.khenthuong.workflow.ProcessDriver;

/** Task names, list variables and due dates set on creation; the seeded Tasklist filters per role. */
@SpringBootTest
@ActiveProfiles("test")
class TaskPresentationAndFiltersTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    @Test
    void taskNameSaysWhoseDossierItIsAndListVariablesAreWords() {
        String code = driver.start("BK_TINH");
        Task task = driver.task(code, PREPARE_DOSSIER, null);

        assertThat(task.getName()).isEqualTo("Hoàn thiện hồ sơ: Giàng A Chứ — Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(taskService.getVariablesLocal(task.getId())).containsEntry("taskNominee", "Giàng A Chứ")
                .containsEntry("taskAward", "Bằng khen của Chủ tịch UBND tỉnh")
                .containsEntry("taskUnit", "Xã Pu Sam Cáp");
        assertThat(task.getDueDate()).isNull();
    }

    @Test
    void displayCopiesAndLoopCountersStayOutOfTheVariableHistoryAndTheDossiersFactsStayIn() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        driver.complete("xa.pusamcap", code, COMMUNE_REVIEW, Map.of(OUTCOME, OUTCOME_APPROVE, COMMENT, "Đủ điều kiện"));
        driver.review("huyen.sinho", code, DISTRICT_REVIEW, OUTCOME_APPROVE, null);
        String instance = driver.instance(code).getId();
        Task ballot = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(COUNCIL_VOTE).list().get(0);

        // Runtime: Tasklist's columns and the ballot loop work as before.
        assertThat(taskService.getVariablesLocal(ballot.getId())).containsKeys("taskNominee", "taskAward", "taskUnit");
        assertThat(runtimeService.getVariable(ballot.getExecutionId(), "nrOfInstances")).isNotNull();
        // History: none of them, but the facts of the dossier and the officials' answers, with each change (an answer is
        // removed from the process when the next task is created, so its historic variable is a deleted one).
        List<String> inHistory = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list().stream()
                .map(HistoricVariableInstance::getName).toList();
        assertThat(inHistory).doesNotContainAnyElementsOf(HistoryFilter.WITHOUT_HISTORY)
                .contains(NOMINATION_CODE, AWARD_KIND_CODE, OUTCOME, COMMENT, COUNCIL_UNIT, ROUTE_STEP);
        List<HistoricVariableUpdate> changes = historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list()
                .stream().map(HistoricVariableUpdate.class::cast).toList();
        assertThat(changes).extracting(HistoricVariableUpdate::getVariableName)
                .contains(OUTCOME, COMMENT).doesNotContainAnyElementsOf(HistoryFilter.WITHOUT_HISTORY)
                // the route's position is the process's own write: its latest value above, no change rows
                .doesNotContain(ROUTE_STEP, LAST_STEP_ORDER);
        // Each change row left belongs to an official's operation, which is what the audit trail shows of it.
        assertThat(changes).allSatisfy(d -> assertThat(d.getUserOperationId()).as(d.getVariableName()).isNotNull());
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance).list())
                .extracting(UserOperationLogEntry::getOperationId)
                .containsAll(changes.stream().map(HistoricVariableUpdate::getUserOperationId).toList());
    }

    @Test
    void aDueDateVariableBecomesTheDueDateOfTheNextTask() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        Date due = Date.from(Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        runtimeService.setVariable(driver.instance(code).getId(), TaskPresentationListener.DUE_DATE, due);

        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());

        Task review = driver.task(code, COMMUNE_REVIEW, null);
        assertThat(review.getDueDate()).isEqualTo(due);
        assertThat(review.getName()).startsWith("Xã xét duyệt: Giàng A Chứ");
    }

    @Test
    void eachRoleSeesItsOwnFiltersAndAFilterShowsOnlyTheUnitsTasks() {
        assertThat(filterNames("xa.pusamcap")).contains("Hồ sơ cần hoàn thiện", "Hồ sơ chờ xã duyệt", "Hồ sơ quá hạn bổ sung")
                .doesNotContain("Hồ sơ chờ huyện thẩm tra", "Phiếu bầu của tôi", "Hồ sơ chờ quyết định khen thưởng");
        assertThat(filterNames("huyen.sinho")).contains("Hồ sơ chờ huyện thẩm tra").doesNotContain("Hồ sơ chờ xã duyệt");
        assertThat(filterNames("hd.sinho.1")).contains("Phiếu bầu của tôi", "Phiên họp Hội đồng").doesNotContain("Hồ sơ chờ huyện thẩm tra");
        assertThat(filterNames("hd.sinho.2")).contains("Phiếu bầu của tôi").doesNotContain("Phiên họp Hội đồng");
        assertThat(filterNames("tinh.chutich")).contains("Hồ sơ chờ quyết định khen thưởng").doesNotContain("Hồ sơ chờ tỉnh thẩm định");
        assertThat(filterNames("thanhtra")).contains("Nhiệm vụ quá hạn").doesNotContain("Phiếu bầu của tôi");

        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        String filterId = filter("xa.pusamcap", "Hồ sơ chờ xã duyệt").getId();

        String instance = driver.instance(code).getId();
        assertThat(tasksIn("xa.pusamcap", filterId)).filteredOn(t -> t.getProcessInstanceId().equals(instance))
                .extracting(Task::getTaskDefinitionKey).containsExactly(COMMUNE_REVIEW);
        assertThat(tasksIn("xa.pusamcap", filterId)).extracting(Task::getTaskDefinitionKey).containsOnly(COMMUNE_REVIEW);
        // The same filter in another commune: readable by its officials, but it shows none of Pu Sam Cáp's work.
        assertThat(tasksIn("xa.phucthan", filterId)).isEmpty();

        Filter filter = filter("xa.pusamcap", "Hồ sơ chờ xã duyệt");
        assertThat(filter.getProperties().get("variables")).asList().hasSize(3);
    }

    @Test
    void startingTwiceKeepsOneFilterPerNameAndRole() {
        long before = filterService.createFilterQuery().count();
        filters.setUp();
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    }

    @Autowired TasklistFilters filters;

    /** Issue 17: a commune official landed on an empty filter while the work was in the second one. */
    @Test
    void theFirstFilterOfAnOfficialHoldsTheWorkWhateverStepItWaitsAt() {
        String code = driver.start("BK_TINH");
        String instance = driver.instance(code).getId();
        Filter first = firstFilter("xa.pusamcap");
        assertThat(first.getName()).isEqualTo("Việc cần làm của xã");
        assertThat(tasksIn("xa.pusamcap", first.getId())).filteredOn(t -> t.getProcessInstanceId().equals(instance))
                .extracting(Task::getTaskDefinitionKey).containsExactly(PREPARE_DOSSIER);
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, PREPARE_DOSSIER, Map.of());
        assertThat(tasksIn("xa.pusamcap", first.getId())).filteredOn(t -> t.getProcessInstanceId().equals(instance))
                .extracting(Task::getTaskDefinitionKey).containsExactly(COMMUNE_REVIEW);
        assertThat(tasksIn("xa.phucthan", first.getId())).noneMatch(t -> t.getProcessInstanceId().equals(instance));
        assertThat(firstFilter("tinh.thamdinh").getName()).isEqualTo("Việc cần làm của tỉnh");
    }

    /** Issue 17: an administrator saw two filters named "Hồ sơ quá hạn bổ sung". */
    @Test
    void noTwoFiltersShareAName() {
        List<String> all = filterNames("admin");
        assertThat(all).hasSizeGreaterThanOrEqualTo(TasklistFilters.SEEDS.size()).doesNotHaveDuplicates();
    }

    private Filter firstFilter(String user) {
        AtomicReference<Filter> first = new AtomicReference<>();
        driver.as(user, () -> first.set(filterService.createFilterQuery().list().stream()
                .min(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().getOrDefault("priority", 1000)).intValue())).orElseThrow()));
        return first.get();
    }

    private List<String> filterNames(String user) {
        AtomicReference<List<String>> names = new AtomicReference<>();
        driver.as(user, () -> names.set(filterService.createFilterQuery().list().stream().map(Filter::getName).toList()));
        return names.get();
    }

    private Filter filter(String user, String name) {
        AtomicReference<Filter> filter = new AtomicReference<>();
        driver.as(user, () -> filter.set(filterService.createFilterQuery().filterName(name).singleResult()));
        return filter.get();
    }

    private List<Task> tasksIn(String user, String filterId) {
        AtomicReference<List<Task>> tasks = new AtomicReference<>();
        driver.as(user, () -> tasks.set(filterService.list(filterId)));
        return tasks.get();
    }
}
