package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/** One login over real HTTP: our API, the engine REST API and the Camunda webapps, with Camunda authorizations behind them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentitySecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    Officials officials;
    @Autowired
    Catalog catalog;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    NominationWorkflow workflow;
    @Autowired
    FilterService filterService;
    @Autowired
    RuntimeService runtimeService;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String taskId;

    @BeforeEach
    void taskForPuSamCap() {
        Task task = taskService.newTask();
        task.setName("Rà soát hồ sơ (kiểm thử)");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap"));
        taskId = task.getId();
    }

    @AfterEach
    void removeTask() {
        taskService.deleteTask(taskId, true);
    }

    @Test
    void anonymousRequestsToTheApisAreRefused() throws Exception {
        HttpResponse<String> api = send(get("/api/units"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":401").contains("Chưa đăng nhập").contains("Not signed in");

        assertThat(send(get("/engine-rest/task")).statusCode()).isEqualTo(401);
        assertThat(send(get("/engine-rest/process-definition")).statusCode()).isEqualTo(401);
    }

    @Test
    void demoUserSignsInWithHttpBasicAndAWrongPasswordIsRefused() throws Exception {
        assertThat(send(basic(get("/engine-rest/task"), "xa.pusamcap", "demo")).statusCode()).isEqualTo(200);
        assertThat(send(basic(get("/api/units"), "xa.pusamcap", "demo")).statusCode()).isEqualTo(200);
        // A user nobody else in this class signs in as: Camunda delays the next login of a user after a failed one.
        assertThat(send(basic(get("/engine-rest/task"), "hd.thanuyen.5", "sai-mat-khau")).statusCode()).isEqualTo(401);
        assertThat(send(basic(get("/api/units"), "khong-co-ai", "demo")).statusCode()).isEqualTo(401);
    }

    @Test
    void tasklistFilterColumnsShowTheNomineeAwardAndUnitOfTheUnitsOwnDossiers() throws Exception {
        String code = workflow.start(new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Lò Văn Cột", "012345670001",
                1980, "MALE", "Trưởng bản", "Bản Pu Sam Cáp, xã Pu Sam Cáp", null, null, null, "Dẫn đầu phong trào.", 2019), "xa.pusamcap");
        try {
            String filterId = filterService.createFilterQuery().filterName("Hồ sơ cần hoàn thiện").singleResult().getId();
            // What Tasklist asks for: the filter's tasks with their list variables embedded (HAL).
            HttpResponse<String> list = send(basic(get("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50")
                    .header("Accept", "application/hal+json"), "xa.pusamcap", "demo"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Hoàn thiện hồ sơ: Lò Văn Cột", "\"name\":\"taskNominee\"", "\"value\":\"Lò Văn Cột\"",
                    "\"value\":\"Bằng khen của Chủ tịch UBND tỉnh\"", "\"value\":\"Xã Pu Sam Cáp\"");
            // Another commune's official, with the same filter: none of Pu Sam Cáp's dossiers, so no column values either.
            HttpResponse<String> other = send(basic(get("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50")
                    .header("Accept", "application/hal+json"), "xa.phucthan", "demo"));
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).doesNotContain("Lò Văn Cột");
        } finally {
            runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId(),
                    "test cleanup");
        }
    }

    @Test
    void communeOfficialsSeeOnlyTheTasksOfTheirCommune() throws Exception {
        assertThat(send(basic(get("/engine-rest/task"), "xa.pusamcap", "demo")).body()).contains(taskId);
        HttpResponse<String> other = send(basic(get("/engine-rest/task"), "xa.phucthan", "demo"));
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(taskId);
        assertThat(send(basic(get("/engine-rest/task/" + taskId), "xa.phucthan", "demo")).statusCode()).isEqualTo(404);
        HttpResponse<String> claim = send(basic(post("/engine-rest/task/" + taskId + "/claim", "application/json",
                "{\"userId\":\"xa.phucthan\"}"), "xa.phucthan", "demo"));
        assertThat(claim.statusCode()).isEqualTo(403);
        HttpResponse<String> complete = send(basic(post("/engine-rest/task/" + taskId + "/complete", "application/json",
                "{\"variables\":{\"outcome\":{\"value\":\"approve\"}}}"), "xa.phucthan", "demo"));
        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNotEqualTo("xa.phucthan");
        assertThat(send(basic(get("/engine-rest/task"), "huyen.sinho", "demo")).body()).doesNotContain(taskId);
    }

    @Test
    void aVariableOnATaskOutsideAnyProcessIsRefusedWith400EvenForItsOwnCandidate() throws Exception {
        // A standalone task has no step in the allow-list, so it accepts no variable; the answer is a 400, not a 500.
        HttpResponse<String> complete = send(basic(post("/engine-rest/task/" + taskId + "/complete", "application/json",
                "{\"variables\":{\"outcome\":{\"value\":\"approve\"}}}"), "xa.pusamcap", "demo"));
        assertThat(complete.statusCode()).isEqualTo(400);
        assertThat(complete.body()).contains("outcome");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        // Without variables the candidate completes it.
        assertThat(send(basic(post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}"), "xa.pusamcap", "demo"))
                .statusCode()).isEqualTo(204);
    }

    @Test
    void auditorReadsTasksButCannotCompleteThem() throws Exception {
        assertThat(send(basic(get("/engine-rest/task"), "thanhtra", "demo")).body()).contains(taskId);
        assertThat(send(basic(get("/engine-rest/task/" + taskId), "thanhtra", "demo")).statusCode()).isEqualTo(200);
        HttpResponse<String> complete = send(basic(post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}"), "thanhtra", "demo"));
        assertThat(complete.statusCode()).isEqualTo(403);
        // Refused before the engine: the auditor is read-only (EngineAccessFilter).
        assertThat(complete.body()).contains("thanh tra chỉ được xem").contains("read-only");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        // The candidate may work on it.
        assertThat(send(basic(post("/engine-rest/task/" + taskId + "/claim", "application/json", "{\"userId\":\"xa.pusamcap\"}"),
                "xa.pusamcap", "demo")).statusCode()).isEqualTo(204);
    }

    @Test
    void administratorSeesEverythingAnOfficialCannot() throws Exception {
        assertThat(send(basic(get("/engine-rest/task"), "admin", "demo")).body()).contains(taskId);
        assertThat(send(basic(get("/engine-rest/process-definition/key/nomination"), "admin", "demo")).statusCode()).isEqualTo(200);
        assertThat(send(basic(get("/engine-rest/user/count"), "admin", "demo")).body()).doesNotContain("\"count\":1}");
        assertThat(send(basic(get("/engine-rest/user/count"), "xa.phucthan", "demo")).body()).contains("\"count\":1}");
        // The auditor reads every user and group (who acted, for which unit), and changes none.
        assertThat(send(basic(get("/engine-rest/user/count"), "thanhtra", "demo")).body()).doesNotContain("\"count\":1}");
        assertThat(send(basic(get("/engine-rest/group?id=council.sinho"), "thanhtra", "demo")).body()).contains("council.sinho");
        // The same list as a POST query (Welcome's profile asks so), but no new group.
        assertThat(send(basic(post("/engine-rest/group?maxResults=25&firstResult=0", "application/json", "{\"member\":\"thanhtra\"}"),
                "thanhtra", "demo")).statusCode()).isEqualTo(200);
        assertThat(send(basic(post("/engine-rest/group/create", "application/json", "{\"id\":\"kt.rogue\",\"name\":\"X\",\"type\":\"WORKFLOW\"}"),
                "thanhtra", "demo")).statusCode()).isEqualTo(403);
        assertThat(send(basic(put("/engine-rest/user/xa.phucthan/profile", "application/json",
                "{\"id\":\"xa.phucthan\",\"firstName\":\"X\"}"), "thanhtra", "demo")).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsRedeployFlows() throws Exception {
        for (String user : new String[] {"xa.pusamcap", "tinh.chutich", "thanhtra"}) {
            HttpResponse<String> refused = send(basic(post("/api/admin/flows/deploy", "application/json", ""), user, "demo"));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> deployed = send(basic(post("/api/admin/flows/deploy", "application/json", ""), "admin", "demo"));
        assertThat(deployed.statusCode()).isEqualTo(200);
        assertThat(deployed.body()).contains("deploymentId");
        // Anonymous, without credentials or a CSRF token: Spring's CSRF check refuses it before authentication.
        assertThat(send(post("/api/admin/flows/deploy", "application/json", "")).statusCode()).isEqualTo(403);
    }

    @Test
    void formLoginGivesTheCamundaWebappsTheSameUserAndTheirLogoutEndsIt() throws Exception {
        HttpResponse<String> loginPage = send(get("/login"));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("Đăng nhập");
        String csrf = cookie(loginPage, SecurityConfig.CSRF_COOKIE);
        String anonymousSession = cookie(loginPage, "JSESSIONID");

        String form = "username=tinh.thamdinh&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpRequest.Builder login = post("/login", "application/x-www-form-urlencoded", form)
                .header("Cookie", SecurityConfig.CSRF_COOKIE + "=" + csrf + (anonymousSession == null ? "" : "; JSESSIONID=" + anonymousSession));
        HttpResponse<String> loggedIn = send(login);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
        String session = cookie(loggedIn, "JSESSIONID");

        // Opening Tasklist hands the login to the webapps.
        HttpResponse<String> tasklist = send(get("/camunda/app/tasklist/default/").header("Cookie", "JSESSIONID=" + session));
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String camundaCsrf = cookie(tasklist, "XSRF-TOKEN");
        assertThat(camundaCsrf).isNotBlank();
        HttpResponse<String> camundaUser = send(get("/camunda/api/admin/auth/user/default")
                .header("Cookie", "JSESSIONID=" + session));
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"tinh.thamdinh\"").contains("tasklist");
        assertThat(send(get("/api/units").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(200);
        // A cookie-authenticated POST to our API without the CSRF token is refused.
        assertThat(send(post("/api/nominations", "application/json", "{}").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(403);

        HttpResponse<String> logout = send(post("/camunda/api/admin/auth/user/default/logout", "application/x-www-form-urlencoded", "")
                .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + camundaCsrf).header("X-XSRF-TOKEN", camundaCsrf));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(send(get("/api/units").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(401);
        assertThat(send(get("/camunda/app/tasklist/default/").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(302);

        // The webapps' own login form signs in to everything as well. The webapp first asks who is signed in
        // (404: nobody), which also gives it Camunda's CSRF token for the login.
        HttpResponse<String> nobody = send(get("/camunda/api/admin/auth/user/default").header("X-XSRF-TOKEN", "Fetch"));
        assertThat(nobody.statusCode()).isEqualTo(404);
        String webappCsrf = nobody.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String anonymous = "JSESSIONID=" + cookie(nobody, "JSESSIONID") + "; XSRF-TOKEN=" + webappCsrf;
        HttpResponse<String> refused = send(post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=hd.thanuyen.4&password=sai")
                .header("Cookie", anonymous).header("X-XSRF-TOKEN", webappCsrf));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(cookie(refused, "JSESSIONID") == null
                || send(get("/api/units").header("Cookie", "JSESSIONID=" + cookie(refused, "JSESSIONID"))).statusCode() == 401).isTrue();
        HttpResponse<String> webappLogin = send(post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=huyen.thanuyen&password=demo")
                .header("Cookie", anonymous).header("X-XSRF-TOKEN", webappCsrf));
        assertThat(webappLogin.statusCode()).isEqualTo(200);
        assertThat(webappLogin.body()).contains("\"userId\":\"huyen.thanuyen\"");
        String webappSession = cookie(webappLogin, "JSESSIONID");
        assertThat(send(get("/api/units").header("Cookie", "JSESSIONID=" + webappSession)).statusCode()).isEqualTo(200);
        assertThat(send(get("/camunda/api/admin/auth/user/default").header("Cookie", "JSESSIONID=" + webappSession)).body())
                .contains("\"userId\":\"huyen.thanuyen\"");
    }

    @Test
    void rootLeadsToTheWebappsAfterLogin() throws Exception {
        assertThat(send(get("/")).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String session = formLogin("tinh.chutich", "demo");
        HttpResponse<String> root = send(get("/").header("Cookie", "JSESSIONID=" + session));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/camunda/app/"));
    }

    @Test
    void publicEndpointsNeedNoLogin() throws Exception {
        assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
        assertThat(send(get("/v3/api-docs")).statusCode()).isEqualTo(200);
        assertThat(send(get("/ho-so.html")).statusCode()).isEqualTo(302);
    }

    @Test
    void officialsKnowRolesUnitsAndWhatTheyMayRead() {
        Official commune = officials.find("xa.pusamcap").orElseThrow();
        assertThat(commune.displayName()).isEqualTo("Lò Văn Thắng");
        assertThat(commune.unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactly("pusamcap");
        Official district = officials.find("huyen.sinho").orElseThrow();
        Official council = officials.find("hd.thanuyen.2").orElseThrow();
        Official appraiser = officials.find("tinh.thamdinh").orElseThrow();
        Official auditor = officials.find("thanhtra").orElseThrow();
        Official admin = officials.find("admin").orElseThrow();
        assertThat(auditor.hasRole(Roles.AUDITOR)).isTrue();
        assertThat(officials.find("khong-co-ai")).isEmpty();

        Map<Official, Set<String>> readable = Map.of(
                commune, Set.of("pusamcap"),
                district, Set.of("sinho", "pusamcap", "phangsolin", "namtam", "namcha", "sadephin", "taphin"),
                council, Set.of("thanuyen", "phucthan", "muongkim"),
                appraiser, Set.of("laichau", "sinho", "pusamcap", "phucthan", "banbo"),
                auditor, Set.of("laichau", "thanuyen", "phucthan", "huoiluong"),
                admin, Set.of("laichau", "tp-laichau", "pusamcap"));
        List<String> all = catalog.units().stream().map(u -> u.code()).toList();
        readable.forEach((official, expected) -> {
            for (String unit : all) {
                boolean province = official == appraiser || official == auditor || official == admin;
                assertThat(officials.canRead(official, unit))
                        .as(official.userId() + " reads " + unit)
                        .isEqualTo(province || expected.contains(unit));
            }
        });
        assertThat(officials.canRead(commune, "laichau")).isFalse();
        assertThat(officials.canRead(district, "thanuyen")).isFalse();
        assertThat(officials.canRead(commune, "khong-co")).isFalse();

        assertThat(officials.members(Roles.COUNCIL_MEMBER, "sinho"))
                .containsExactly("hd.sinho.1", "hd.sinho.2", "hd.sinho.3", "hd.sinho.4", "hd.sinho.5");
        assertThat(officials.members(Roles.COUNCIL_MEMBER, "muongte")).isEmpty();
        // The council's roster reads ids and names in one query: the same users, named as find() names them.
        var names = officials.memberNames(Roles.COUNCIL_MEMBER, "sinho");
        assertThat(names.keySet()).containsExactlyElementsOf(officials.members(Roles.COUNCIL_MEMBER, "sinho"));
        names.forEach((id, name) -> assertThat(name).as(id).isEqualTo(officials.find(id).orElseThrow().displayName()).isNotEqualTo(id));
        assertThat(officials.memberNames(Roles.COUNCIL_MEMBER, "muongte")).isEmpty();
    }

    @Test
    void groupsExistPerUnitAndRoleAndStartUpIsIdempotent() {
        assertThat(identityService.createGroupQuery().groupId("commune-official.banbo").count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupId("council.tp-laichau").count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupId("chairman.laichau").count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupId("district-officer.pusamcap").count()).isZero();
        long groups = identityService.createGroupQuery().count();
        long users = identityService.createUserQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();

        identitySetup.setUp();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(identityService.checkPassword("tinh.chutich", "demo")).isTrue();
    }

    @Test
    void catalogueHoldsTheDistrictsAndCommunesOfLaiChau() {
        assertThat(catalog.units().stream().filter(u -> u.tier() == Tier.DISTRICT).map(u -> u.code()))
                .containsExactlyInAnyOrder("tp-laichau", "phongtho", "tanuyen", "tamduong", "muongte", "sinho", "namnhun", "thanuyen");
        assertThat(catalog.units().stream().filter(u -> u.tier() == Tier.COMMUNE).map(u -> u.code()))
                .contains("pusamcap", "phucthan", "muongkim", "phangsolin", "namtam", "namcha", "sadephin", "taphin", "huoiluong", "banbo");
        assertThat(catalog.lineage("pusamcap").stream().map(u -> u.code())).containsExactly("pusamcap", "sinho", "laichau");
        assertThat(catalog.unit("muongkim").orElseThrow().name()).isEqualTo("Xã Mường Kim");
        assertThat(catalog.awardKind("GK_HUYEN").orElseThrow().validTo()).hasToString("2025-06-30");
        assertThat(catalog.awardKind("CSTD_CS").orElseThrow().secretBallot()).isTrue();
        // The board may add movements (/api/movements); the four of the seeds are always there.
        assertThat(catalog.movements().stream().map(m -> m.code()))
                .contains("NTM_GNBV_2016_2020", "VI_NGUOI_NGHEO_2016_2020", "DN_HOI_NHAP_2019", "VAN_HOA_CONG_SO_2019");
    }

    // --- HTTP helpers ---

    /** Signs in through our login page; returns the session id. */
    String formLogin(String user, String password) throws Exception {
        HttpResponse<String> page = send(get("/login"));
        String csrf = cookie(page, SecurityConfig.CSRF_COOKIE);
        HttpResponse<String> response = send(post("/login", "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + password + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
                .header("Cookie", SecurityConfig.CSRF_COOKIE + "=" + csrf));
        assertThat(response.statusCode()).isEqualTo(302);
        return cookie(response, "JSESSIONID");
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpRequest.Builder put(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response, String name) {
        Pattern pattern = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)");
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = pattern.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
