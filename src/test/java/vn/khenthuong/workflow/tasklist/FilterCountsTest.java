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
 * Tasklist's filter counts by grants (FilterCounts) give exactly Camunda's authorization-checked count: every filter
 * every role's user may read, with tasks waiting at several steps, a task claimed, a task handed from one official to
 * another (the first keeps Camunda's grant), a user with no groups; a filter the user may not read is refused both
 * ways; with a REVOKE authorization in the engine Camunda counts, and a REVOKE is obeyed.
 */
@SpringBootTest
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
        // The commune of another district sees none of the province's tasks.
        assertThat(counts("xa.huoiluong").values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
    }

    @Test
    void aFilterTheUserMayNotReadIsRefusedBothWays() {
        Filter boardsOnly = as("tinh.thamdinh", () -> filterService.createTaskFilterQuery().list()).stream()
                .filter(f -> "appraiser".equals(f.getProperties().get("role"))).findFirst().orElseThrow();
        for (boolean byGrants : new boolean[] {true, false}) {
            FilterCountSwitch.enable(context, byGrants);
            assertThatThrownBy(() -> as("xa.pusamcap", () -> filterService.count(boardsOnly.getId()))).isInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void withARevokeCamundaCountsAndTheRevokeIsObeyed() {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String code = dossiers.atAppraisal("Lò Văn Năm");
        String task = dossiers.taskId(code, "provincialAppraisal");
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("tinh.thamdinh");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(task);
        revoke.removePermission(Permissions.READ);
        authorizationService.saveAuthorization(revoke);
        try {
            Filter all = as("tinh.thamdinh", () -> filterService.createTaskFilterQuery().list()).stream()
                    .filter(f -> "appraiser".equals(f.getProperties().get("role"))).findFirst().orElseThrow();
            long withRevoke = as("tinh.thamdinh", () -> filterService.count(all.getId()));
            authorizationService.deleteAuthorization(revoke.getId());
            long without = as("tinh.thamdinh", () -> filterService.count(all.getId()));
            assertThat(withRevoke).isEqualTo(without - 1);
        } finally {
            if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count() > 0) {
                authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).list()
                        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
            }
        }
        assertSameCounts();
    }
}
