package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.engine.GrantOnlyAuthorizations;

/**
 * Authorizations are grants only (workflow.engine.GrantOnlyAuthorizations): a REVOKE is refused wherever it is saved —
 * Java, /engine-rest, a grant turned into one — so the engine may skip the revoke question; REVOKEs stored from before
 * keep it asked. Using the user's groups as given answers exactly as Camunda's narrowing to the groups with rows: every
 * role's user, the wrong users included, over tasks, history, definitions, filters and applications.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GrantOnlyAuthorizationsTest {

    static final List<String> USERS = List.of("xa.pusamcap", "xa.phucthan", "huyen.sinho", "huyen.phongtho", "hd.pusamcap.1", "tinh.thamdinh",
            "tinh.chutich", "chutich.pusamcap", "thanhtra", "admin");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    Web web;

    @BeforeEach
    void setUp() {
        web = new Web(port);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    int revokes() {
        return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = 2", Integer.class);
    }

    @Test
    void theEngineAsksNoRevokeQuestion() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    @Test
    void aRevokeIsRefusedThroughTheJavaApi() {
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("tinh.thamdinh");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId("*");
        revoke.removePermission(Permissions.READ);
        assertThatThrownBy(() -> authorizationService.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("không dùng kiểu TỪ CHỐI (REVOKE)").hasMessageContaining("Only GRANT authorizations are used here");
        assertThat(revokes()).isZero();
    }

    @Test
    void aGrantCannotBeTurnedIntoARevoke() {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("xa.pusamcap");
        grant.setResource(Resources.FILTER);
        grant.setResourceId("filter-" + UUID.randomUUID());
        grant.addPermission(Permissions.READ);
        String id = authorizationService.saveAuthorization(grant).getId();
        try {
            AuthorizationEntity stored = (AuthorizationEntity) authorizationService.createAuthorizationQuery().authorizationId(id).singleResult();
            stored.setAuthorizationType(Authorization.AUTH_TYPE_REVOKE);
            assertThatThrownBy(() -> authorizationService.saveAuthorization(stored)).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("REVOKE");
            assertThat(authorizationService.createAuthorizationQuery().authorizationId(id).singleResult().getAuthorizationType())
                    .isEqualTo(Authorization.AUTH_TYPE_GRANT);
        } finally {
            authorizationService.deleteAuthorization(id);
        }
    }

    @Test
    void aRevokeIsRefusedOverEngineRestWithItsReasonAndAGrantIsNot() throws Exception {
        String revoke = "{\"type\": 2, \"permissions\": [\"READ\"], \"userId\": \"tinh.thamdinh\", \"resourceType\": 7, \"resourceId\": \"*\"}";
        HttpResponse<String> refused = web.send(Web.basic(web.json("POST", "/engine-rest/authorization/create", revoke), "admin", "demo"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("không dùng kiểu TỪ CHỐI (REVOKE)").contains("Only GRANT authorizations");
        assertThat(revokes()).isZero();
        // As Admin's authorization page sends it ("Từ chối" / DENY): the webapps' engine API, session and Camunda's token.
        Web.Browser admin = web.webapp("admin", "demo");
        HttpResponse<String> fromAdmin = web.send(web.inWebapp(web.json("POST", "/camunda/api/engine/engine/default/authorization/create", revoke), admin));
        assertThat(fromAdmin.statusCode()).isEqualTo(400);
        assertThat(fromAdmin.body()).contains("không dùng kiểu TỪ CHỐI (REVOKE)");
        assertThat(revokes()).isZero();
        // The wrong user is refused before the type is looked at.
        HttpResponse<String> wrongUser = web.send(Web.basic(web.json("POST", "/engine-rest/authorization/create", revoke), "xa.pusamcap", "demo"));
        assertThat(wrongUser.statusCode()).isEqualTo(403);
        String grant = "{\"type\": 1, \"permissions\": [\"READ\"], \"userId\": \"xa.pusamcap\", \"resourceType\": 5, \"resourceId\": \"filter-"
                + UUID.randomUUID() + "\"}";
        HttpResponse<String> granted = web.send(Web.basic(web.json("POST", "/engine-rest/authorization/create", grant), "admin", "demo"));
        assertThat(granted.statusCode()).isEqualTo(200);
        String id = granted.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        authorizationService.deleteAuthorization(id);
    }

    @Test
    void revokesStoredFromBeforeKeepTheQuestionAsked() {
        assertThat(GrantOnlyAuthorizations.revokeCheckFor(engine)).isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
        String id = "legacy-revoke-" + UUID.randomUUID();
        // As a restored backup would hold it: written past the engine.
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, 2, ?, 7, '*', -3)",
                id, "tinh.thamdinh");
        try {
            assertThat(GrantOnlyAuthorizations.revokeCheckFor(engine)).isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
        } finally {
            jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = ?", id);
        }
        assertThat(GrantOnlyAuthorizations.revokeCheckFor(engine)).isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    record Check(Resource resource, String resourceId, Permission permission) {
    }

    @Test
    void theUsersGroupsAsGivenAnswerAsCamundasNarrowingDoes() {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String code = dossiers.atAppraisal("Lò Văn Bảy Mươi");
        String task = dossiers.taskId(code, NominationProcess.PROVINCIAL_APPRAISAL);
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        List<Check> checks = new ArrayList<>(List.of(
                new Check(Resources.TASK, task, Permissions.READ), new Check(Resources.TASK, task, TaskPermissions.TASK_WORK),
                new Check(Resources.TASK, task, Permissions.UPDATE), new Check(Resources.TASK, "*", Permissions.READ),
                new Check(Resources.HISTORIC_TASK, task, HistoricTaskPermissions.READ),
                new Check(Resources.PROCESS_INSTANCE, instance, Permissions.READ),
                new Check(Resources.PROCESS_DEFINITION, NominationProcess.PROCESS_KEY, Permissions.CREATE_INSTANCE),
                new Check(Resources.PROCESS_DEFINITION, NominationProcess.PROCESS_KEY, Permissions.READ_HISTORY),
                new Check(Resources.APPLICATION, "tasklist", Permissions.ACCESS), new Check(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
                new Check(Resources.APPLICATION, "admin", Permissions.ACCESS)));
        for (Filter f : filterService.createTaskFilterQuery().list()) {
            checks.add(new Check(Resources.FILTER, f.getId(), Permissions.READ));
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        int allowed = 0;
        int refused = 0;
        for (String user : USERS) {
            List<String> groups = new ArrayList<>(groupsOf(user));
            groups.add("nhom-khong-co-quyen"); // a group holding no authorization row, as a directory's would
            for (Check c : checks) {
                boolean ours = configuration.getCommandExecutorTxRequired().execute(context -> {
                    assertThat(context.getAuthorizationManager()).isNotExactlyInstanceOf(AuthorizationManager.class);
                    return context.getAuthorizationManager().isAuthorized(user, groups, c.permission(), c.resource(), c.resourceId());
                });
                boolean camunda = configuration.getCommandExecutorTxRequired().execute(context ->
                        new AuthorizationManager().isAuthorized(user, groups, c.permission(), c.resource(), c.resourceId()));
                assertThat(ours).as(user + " " + c).isEqualTo(camunda);
                if (ours) {
                    allowed++;
                } else {
                    refused++;
                }
            }
        }
        // Both answers occur: the board works its task, another commune's official does not see it.
        assertThat(allowed).isPositive();
        assertThat(refused).isPositive();
        assertThat(isAuthorized("tinh.thamdinh", Resources.TASK, task, TaskPermissions.TASK_WORK)).isTrue();
        assertThat(isAuthorized("xa.phucthan", Resources.TASK, task, Permissions.READ)).isFalse();
    }

    List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    boolean isAuthorized(String user, Resource resource, String id, Permission permission) {
        return authorizationService.isUserAuthorized(user, groupsOf(user), permission, resource, id);
    }
}
