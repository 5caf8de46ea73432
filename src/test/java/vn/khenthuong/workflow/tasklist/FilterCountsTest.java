package vn.khenthuong.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;

/**
 * Tasklist's filter counts and pages by grants (FilterCounts) give exactly Camunda's authorization-checked answer:
 * every filter every role's user may read — its count, its list and its pages, with the sortings and searches Tasklist
 * sends in the extending query — with tasks waiting at several steps, a task claimed, a task handed from one official
 * to another (the first keeps Camunda's grant), a user with no groups; a filter the user may not read is refused both
 * ways; with a REVOKE authorization in the engine Camunda answers, and a REVOKE is obeyed.
 * {@code identity.TasklistPagesTest} compares the pages as Tasklist asks them over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FilterCountsTest {

    static final List<String> USERS = List.of("xa.pusamcap", "xa.phucthan", "huyen.sinho", "hd.pusamcap.1", "hd.pusamcap.2", "hd.sinho.1",
            "tinh.thamdinh", "tinh.chutich", "chutich.sinho", "chutich.pusamcap", "thanhtra", "admin", "xa.huoiluong");

    @Autowired ApplicationContext context;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired AuthorizationService authorizationService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    @AfterEach
    void switchBackOn() {
        FilterCountSwitch.enable(context, true);
    }

    <T> T as(String user, java.util.function.Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Every filter the user may read, with its count: by grants, then Camunda's own. */
    Map<String, long[]> counts(String user) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Filter f : as(user, () -> filterService.createTaskFilterQuery().list())) {
            FilterCountSwitch.enable(context, true);
            long byGrants = as(user, () -> filterService.count(f.getId()));
            FilterCountSwitch.enable(context, false);
            long camunda = as(user, () -> filterService.count(f.getId()));
            FilterCountSwitch.enable(context, true);
            counts.put(f.getName(), new long[] {byGrants, camunda});
        }
        return counts;
    }

    void assertSameCounts() {
        for (String user : USERS) {
            Map<String, long[]> counts = counts(user);
            counts.forEach((filter, c) -> assertThat(c[0]).as(user + " / " + filter).isEqualTo(c[1]));
        }
    }

    /**
     * The extending queries Tasklist sends (its sorting menu and its search box, sorted with the task id last so that
     * the order is total), each named for the failure message.
     */
    Map<String, java.util.function.Supplier<TaskQuery>> tasklistQueries() {
        Map<String, java.util.function.Supplier<TaskQuery>> queries = new LinkedHashMap<>();
        queries.put("created desc", () -> taskService.createTaskQuery().orderByTaskCreateTime().desc().orderByTaskId().asc());
        queries.put("due date asc, search by nominee", () -> taskService.createTaskQuery().processVariableValueLike("nomineeName", "%Lò Văn%")
                .orderByDueDate().asc().orderByTaskId().asc());
        queries.put("priority desc, name", () -> taskService.createTaskQuery().orderByTaskPriority().desc().orderByTaskNameCaseInsensitive().asc()
                .orderByTaskId().asc());
        queries.put("by the nominee (a process variable)", () -> taskService.createTaskQuery()
                .orderByProcessVariable("nomineeName", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc().orderByTaskId().asc());
        queries.put("search: name or business key", () -> taskService.createTaskQuery().or().taskNameLike("%thẩm%").processInstanceBusinessKeyLike("%LC-%")
                .endOr().orderByTaskCreateTime().desc().orderByTaskId().desc());
        queries.put("claimed, follow-up", () -> taskService.createTaskQuery().taskAssigned()
                .orderByFollowUpDate().asc().orderByTaskId().asc());
        return queries;
    }

    static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    /** Every filter of the user: its list, its first two pages and its count with each Tasklist query, both ways. */
    void assertSamePages(String user) {
        for (Filter f : as(user, () -> filterService.createTaskFilterQuery().list())) {
            String id = f.getId();
            for (Map.Entry<String, java.util.function.Supplier<TaskQuery>> q : tasklistQueries().entrySet()) {
                List<List<String>> answers = new java.util.ArrayList<>();
                for (boolean byGrants : new boolean[] {true, false}) {
                    FilterCountSwitch.enable(context, byGrants);
                    answers.add(as(user, () -> ids(filterService.list(id, q.getValue().get()))));
                    answers.add(as(user, () -> ids(filterService.listPage(id, q.getValue().get(), 0, 2))));
                    answers.add(as(user, () -> ids(filterService.listPage(id, q.getValue().get(), 2, 2))));
                    answers.add(as(user, () -> List.of(String.valueOf(filterService.count(id, q.getValue().get())))));
                    answers.add(as(user, () -> ids(filterService.list(id))));
                }
                FilterCountSwitch.enable(context, true);
                String what = user + " / " + f.getName() + " / " + q.getKey();
                assertThat(answers.subList(0, 5)).as(what + " (list, page 1, page 2, count, list without query)").isEqualTo(answers.subList(5, 10));
            }
        }
    }

    @Test
    void everyRolesFilterCountsAsCamundaCountsIt() {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String atAppraisal = dossiers.atAppraisal("Lò Văn Một");
        dossiers.atAppraisal("Lò Văn Hai");
        dossiers.atDecision("Lò Văn Ba");
        String handed = dossiers.atDecision("Lò Văn Bốn");
        // Claimed by the board, then handed to another user: the board keeps Camunda's grant on it.
        String appraisalTask = dossiers.taskId(atAppraisal, "provincialAppraisal");
        taskService.setAssignee(appraisalTask, "tinh.thamdinh");
        taskService.setAssignee(dossiers.taskId(handed, "decision"), "chutich.sinho");

        Map<String, long[]> board = counts("tinh.thamdinh");
        assertThat(board.values().stream().mapToLong(c -> c[0]).sum()).as("the board has work to count").isPositive();
        assertSameCounts();
        assertThat(as("tinh.thamdinh", () -> filterService.list(boardsFirstFilter().getId(),
                tasklistQueries().get("created desc").get()))).as("the board has a page to compare").hasSizeGreaterThanOrEqualTo(2);
        USERS.forEach(this::assertSamePages);
        // The commune of another district sees none of the province's tasks.
        assertThat(counts("xa.huoiluong").values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
    }

    Filter boardsFirstFilter() {
        return as("tinh.thamdinh", () -> filterService.createTaskFilterQuery().list()).stream()
                .filter(f -> "appraiser".equals(f.getProperties().get("role"))).findFirst().orElseThrow();
    }

    /**
     * Variable instances as each user reads them, by EXISTS (GrantedTasks.xml) and by Camunda's join: the query Tasklist's
     * page sends for its list variables (every open task's task, execution and process instance as scopes), every
     * variable of the processes, and its count.
     */
    void assertSameVariables() {
        List<Task> open = taskService.createTaskQuery().list();
        String[] scopes = open.stream().flatMap(t -> java.util.stream.Stream.of(t.getId(), t.getExecutionId(), t.getProcessInstanceId()))
                .distinct().toArray(String[]::new);
        String[] processes = open.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        String[] names = {vn.khenthuong.workflow.NominationProcess.LIST_NOMINEE, vn.khenthuong.workflow.NominationProcess.LIST_UNIT,
                vn.khenthuong.workflow.NominationProcess.LIST_AWARD, "nomineeName"};
        for (String user : USERS) {
            List<List<String>> answers = new java.util.ArrayList<>();
            for (boolean byExists : new boolean[] {true, false}) {
                FilterCountSwitch.enable(context, byExists);
                answers.add(as(user, () -> variableIds(runtimeService.createVariableInstanceQuery().disableBinaryFetching()
                        .disableCustomObjectDeserialization().variableNameIn(names).variableScopeIdIn(scopes).unlimitedList())));
                answers.add(as(user, () -> variableIds(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processes).list())));
                answers.add(as(user, () -> List.of(String.valueOf(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processes).count()))));
            }
            FilterCountSwitch.enable(context, true);
            assertThat(answers.subList(0, 3)).as(user + " (list variables, all variables, count)").isEqualTo(answers.subList(3, 6));
        }
    }

    static List<String> variableIds(List<org.camunda.bpm.engine.runtime.VariableInstance> variables) {
        return variables.stream().map(org.camunda.bpm.engine.runtime.VariableInstance::getId).sorted().toList();
    }

    @Test
    void everyUsersVariablesAsCamundaReadsThem() throws Exception {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String atAppraisal = dossiers.atAppraisal("Lò Văn Mười Một");
        dossiers.atDecision("Lò Văn Mười Hai");
        String task = dossiers.taskId(atAppraisal, "provincialAppraisal");
        String[] listVariables = {vn.khenthuong.workflow.NominationProcess.LIST_NOMINEE};
        List<String> boards = as("tinh.thamdinh", () -> variableIds(runtimeService.createVariableInstanceQuery().variableNameIn(listVariables)
                .variableScopeIdIn(task).list()));
        assertThat(boards).as("the board reads its task's list variable").hasSize(1);
        assertThat(as("xa.huoiluong", () -> runtimeService.createVariableInstanceQuery().variableScopeIdIn(task).list()))
                .as("another district's commune reads none of it").isEmpty();
        // The comparison below compares two different statements: ours while a variable query runs, Camunda's otherwise.
        org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory sessions = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                context.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()).getDbSqlSessionFactory();
        assertThat(sessions.mapStatement("selectVariableInstanceByQueryCriteria")).isEqualTo("selectVariableInstanceByQueryCriteria");
        assertThat(GrantedTasks.variables(() -> sessions.mapStatement("selectVariableInstanceByQueryCriteria")))
                .isEqualTo(GrantedTasks.NAMESPACE + ".selectVariableInstanceByQueryCriteriaWithExists");
        assertSameVariables();
    }

    @Test
    void aFilterTheUserMayNotReadIsRefusedBothWays() {
        Filter boardsOnly = as("tinh.thamdinh", () -> filterService.createTaskFilterQuery().list()).stream()
                .filter(f -> "appraiser".equals(f.getProperties().get("role"))).findFirst().orElseThrow();
        for (boolean byGrants : new boolean[] {true, false}) {
            FilterCountSwitch.enable(context, byGrants);
            assertThatThrownBy(() -> as("xa.pusamcap", () -> filterService.count(boardsOnly.getId()))).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> as("xa.pusamcap", () -> filterService.list(boardsOnly.getId(), taskService.createTaskQuery())))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> as("xa.pusamcap", () -> filterService.listPage(boardsOnly.getId(), 0, 15)))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> as("xa.pusamcap", () -> filterService.count(boardsOnly.getId(), taskService.createTaskQuery())))
                    .isInstanceOf(AuthorizationException.class);
        }
    }

    /**
     * A REVOKE of the provincial board's READ on one task, as a database from before grants-only holds it
     * (workflow.engine.GrantOnlyAuthorizations refuses to save one; it is written past the engine), with revokes
     * checked as the engine then starts ("auto"). Undone by {@link #removeStoredRevoke}.
     */
    private String storedRevokeOfBoardsRead(String task) {
        AuthorizationEntity revoke = (AuthorizationEntity) authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.removePermission(Permissions.READ);
        String id = "legacy-revoke-" + java.util.UUID.randomUUID();
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, 2, ?, ?, ?, ?)",
                id, "tinh.thamdinh", Resources.TASK.resourceType(), task, revoke.getPermissions());
        engineConfiguration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
        return id;
    }

    private void removeStoredRevoke(String id) {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = ?", id);
        engineConfiguration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    /** A new dossier waiting for the provincial board's appraisal: its task. */
    private String boardsTaskAtAppraisal(String nominee) {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        return dossiers.taskId(dossiers.atAppraisal(nominee), "provincialAppraisal");
    }

    private ProcessEngineConfigurationImpl engineConfiguration() {
        return (ProcessEngineConfigurationImpl) context.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration();
    }

    @Test
    void withARevokeCamundaCountsAndTheRevokeIsObeyed() {
        String task = boardsTaskAtAppraisal("Lò Văn Năm");
        String revoke = storedRevokeOfBoardsRead(task);
        try {
            Filter all = as("tinh.thamdinh", () -> filterService.createTaskFilterQuery().list()).stream()
                    .filter(f -> "appraiser".equals(f.getProperties().get("role"))).findFirst().orElseThrow();
            long withRevoke = as("tinh.thamdinh", () -> filterService.count(all.getId()));
            List<String> pageWithRevoke = as("tinh.thamdinh", () -> ids(filterService.list(all.getId(), taskService.createTaskQuery())));
            assertThat(pageWithRevoke).doesNotContain(task);
            removeStoredRevoke(revoke);
            long without = as("tinh.thamdinh", () -> filterService.count(all.getId()));
            assertThat(withRevoke).isEqualTo(without - 1);
            assertThat(as("tinh.thamdinh", () -> ids(filterService.list(all.getId(), taskService.createTaskQuery())))).contains(task);
        } finally {
            removeStoredRevoke(revoke);
        }
        assertSameCounts();
        assertSamePages("tinh.thamdinh");
    }

    @Test
    void withARevokeTheVariablesAreCamundasOwn() {
        String task = boardsTaskAtAppraisal("Lò Văn Mười Ba");
        String revoke = storedRevokeOfBoardsRead(task);
        try {
            // Camunda answers with its revoke check (CASE ... END = 1), the same statement text both ways.
            assertSameVariables();
        } finally {
            removeStoredRevoke(revoke);
        }
    }

    @Test
    void withRevokesSwitchedOffTheGrantsAnswerAsCamundaDoes() {
        // A REVOKE stored from before, with revokes unchecked: Camunda's join ignores it, and so do the grants.
        String revoke = storedRevokeOfBoardsRead(boardsTaskAtAppraisal("Lò Văn Sáu"));
        engineConfiguration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
        try {
            assertSameCounts();
            assertSamePages("tinh.thamdinh");
        } finally {
            removeStoredRevoke(revoke);
        }
    }
}
