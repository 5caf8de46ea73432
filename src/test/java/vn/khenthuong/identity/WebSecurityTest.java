package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cookies never authorize a cross-site write (issue 13, point 3), over real HTTP: /engine-rest takes HTTP Basic only,
 * the webapps' engine API wants Camunda's CSRF token and our origin, cookies are SameSite=Lax, our pages carry a
 * Content-Security-Policy; an account without a password is a 401 and a path the firewall rejects a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTest {

    static final String EVIL = "https://evil.example";
    /** A process whose timer would run an expression by itself: what the attacker of issue 13 deployed. */
    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                         xmlns:di="http://www.omg.org/spec/DD/20100524/DI" targetNamespace="http://khenthuong.vn/test">
              <process id="webSecurityProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="end"/>
                <endEvent id="end"/>
              </process>
              <bpmndi:BPMNDiagram id="diagram">
                <bpmndi:BPMNPlane id="plane" bpmnElement="webSecurityProbe">
                  <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="200" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </definitions>
            """;

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    Web web;
    long deployments;

    @BeforeEach
    void setUp() {
        web = new Web(port);
        deployments = repositoryService.createDeploymentQuery().count();
    }

    @AfterEach
    void cleanUp() {
        repositoryService.createDeploymentQuery().deploymentName("probe").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void aCookieOnlyCrossSiteDeploymentToEngineRestIs401AndDeploysNothing() throws Exception {
        String session = web.session("admin", "demo");
        // The session is valid: our API answers it.
        assertThat(web.send(web.get("/api/units").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(200);

        HttpResponse<String> forged = web.send(web.multipart("/engine-rest/deployment/create", "probe.bpmn", "probe.bpmn", BPMN,
                        "deployment-name", "probe")
                .header("Cookie", "JSESSIONID=" + session).header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate"));
        assertThat(forged.statusCode()).isEqualTo(401);
        // Reading with the cookie alone is refused as well: the cookie is simply not a login here.
        assertThat(web.send(web.get("/engine-rest/deployment").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(401);
        // A browser that once answered the Basic prompt sends the credentials by itself: a cross-site form post is refused.
        HttpResponse<String> cachedBasic = web.send(Web.basic(web.multipart("/engine-rest/deployment/create", "probe.bpmn",
                        "probe.bpmn", BPMN, "deployment-name", "probe"), "admin", "demo")
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate"));
        assertThat(cachedBasic.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("webSecurityProbe").count()).isZero();
    }

    @Test
    void modelerDeploysThroughEngineRestWithBasicAndOnlyAsAdministrator() throws Exception {
        HttpResponse<String> official = web.send(Web.basic(web.multipart("/engine-rest/deployment/create", "probe.bpmn",
                "probe.bpmn", BPMN, "deployment-name", "probe", "deployment-source", "Camunda Modeler"), "xa.pusamcap", "demo"));
        assertThat(official.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

        HttpResponse<String> deployed = web.send(Web.basic(web.multipart("/engine-rest/deployment/create", "probe.bpmn",
                "probe.bpmn", BPMN, "deployment-name", "probe", "deployment-source", "Camunda Modeler"), "admin", "demo"));
        assertThat(deployed.statusCode()).isEqualTo(200);
        assertThat(deployed.body()).contains("webSecurityProbe");
        // Stateless: Basic opens no session.
        assertThat(Web.cookie(deployed, "JSESSIONID")).isNull();
    }

    @Test
    void theWebappsEngineApiRefusesACookieOnlyWriteFromAForeignOrigin() throws Exception {
        Web.Browser admin = web.webapp("admin", "demo");
        String path = "/camunda/api/engine/engine/default/deployment/create";

        HttpResponse<String> noToken = web.send(web.multipart(path, "probe.bpmn", "probe.bpmn", BPMN, "deployment-name", "probe")
                .header("Cookie", "JSESSIONID=" + admin.session()).header("Origin", EVIL));
        assertThat(noToken.statusCode()).isEqualTo(403);
        // (Camunda does not compare the Origin once the token matches; the token, which another site cannot read or
        // send without a CORS preflight, is the protection.)
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

        // The same request from our own origin with the token is what Cockpit does, and works (a fresh sign-in: after
        // the refused write the old session no longer signs in to Spring Security, which is only stricter).
        admin = web.webapp("admin", "demo");
        HttpResponse<String> own = web.send(web.inWebapp(web.multipart(path, "probe.bpmn", "probe.bpmn", BPMN, "deployment-name", "probe"), admin));
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void cookiesAreSameSiteLaxAndNotSecureUnlessConfigured() throws Exception {
        HttpResponse<String> page = web.send(web.get("/login"));
        assertThat(Web.setCookie(page, SecurityConfig.CSRF_COOKIE)).contains("SameSite=Lax").doesNotContain("Secure");
        HttpResponse<String> login = web.loginForm("tinh.thamdinh", "demo");
        String sessionCookie = Web.setCookie(login, "JSESSIONID");
        assertThat(sessionCookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        HttpResponse<String> tasklist = web.send(web.get("/camunda/app/tasklist/default/")
                .header("Cookie", "JSESSIONID=" + Web.cookie(login, "JSESSIONID")));
        assertThat(Web.setCookie(tasklist, "XSRF-TOKEN")).containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void ourPagesAndApiCarryAContentSecurityPolicyAndTheWebappsKeepTheirOwn() throws Exception {
        for (HttpResponse<String> ours : List.of(web.send(web.get("/login")), web.send(web.get("/dang-nhap.html")),
                web.send(Web.basic(web.get("/api/units"), "xa.pusamcap", "demo")),
                web.send(Web.basic(web.get("/ho-so.html"), "xa.pusamcap", "demo")))) {
            assertThat(ours.statusCode()).isEqualTo(200);
            assertThat(ours.headers().firstValue("Content-Security-Policy")).as(ours.uri().toString())
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(ours.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'self'").doesNotContain("unsafe-inline");
        String session = web.session("xa.pusamcap", "demo");
        HttpResponse<String> tasklist = web.send(web.get("/camunda/app/tasklist/default/").header("Cookie", "JSESSIONID=" + session));
        assertThat(tasklist.statusCode()).isEqualTo(200);
        // Tasklist needs its own policy (nonces, inline styles): ours is not added there.
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).doesNotContain(SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void anAccountWithoutAPasswordIsRefusedWith401NotAServerError() throws Exception {
        User user = identityService.newUser("khong.mat.khau");
        user.setFirstName("Không");
        user.setLastName("Mật khẩu");
        identityService.saveUser(user);
        identityService.createMembership("khong.mat.khau", Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap"));
        try {
            for (String password : new String[] {"", "x", "demo"}) {
                assertThat(web.send(Web.basic(web.get("/engine-rest/task"), "khong.mat.khau", password)).statusCode()).isEqualTo(401);
                assertThat(web.send(Web.basic(web.get("/api/units"), "khong.mat.khau", password)).statusCode()).isEqualTo(401);
                jdbc.update("DELETE FROM login_throttle"); // the throttle would answer 429 from the fifth failure on
            }
            assertThat(web.loginForm("khong.mat.khau", "x").headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
            HttpResponse<String> nobody = web.send(web.get("/camunda/api/admin/auth/user/default").header("X-XSRF-TOKEN", "Fetch"));
            String xsrf = nobody.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            HttpResponse<String> webappLogin = web.send(web.post("/camunda/api/admin/auth/user/default/login/tasklist",
                    "application/x-www-form-urlencoded", "username=khong.mat.khau&password=x")
                    .header("Cookie", "JSESSIONID=" + Web.cookie(nobody, "JSESSIONID") + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf));
            assertThat(webappLogin.statusCode()).isEqualTo(401);
        } finally {
            identityService.deleteUser("khong.mat.khau");
        }
    }

    @Test
    void pathsTheFirewallRejectsAre400WithAProblemDetail() throws Exception {
        String session = web.session("xa.pusamcap", "demo");
        for (String path : List.of("/camunda/api/engine/engine/default/task/../job",
                "/camunda/api/engine/engine/default/task;jsessionid=x",
                "/camunda/api/admin/auth/user/default/%2e%2e/x",
                "/api/units/./x", "/camunda/api//engine")) {
            HttpResponse<String> response = web.send(web.get(path).header("Cookie", "JSESSIONID=" + session));
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Yêu cầu không hợp lệ").contains("Bad request");
        }
        // The same request on a clean path is fine.
        assertThat(web.send(web.get("/camunda/api/engine/engine/default/task").header("Cookie", "JSESSIONID=" + session)).statusCode())
                .isEqualTo(200);
    }
}
