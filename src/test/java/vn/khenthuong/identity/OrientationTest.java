package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each role lands where its work is, and a page a role may not use says so in Vietnamese (issue 17, point 3), over
 * real HTTP: the auditor after signing in is on the audit page, an official in Tasklist; a commune official opening
 * the audit page reads a short Vietnamese page (not JSON) with the way back; the site has a favicon; Tasklist does
 * not offer "Tạo nhiệm vụ" nor an unlabelled priority.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrientationTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void eachRoleLandsWhereItsWorkIs() throws Exception {
        Web web = new Web(port);
        assertThat(web.loginForm("thanhtra", "demo").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tra-cuu.html"));
        for (String user : new String[] {"xa.pusamcap", "hd.sinho.2", "tinh.chutich", "admin"}) {
            assertThat(web.loginForm(user, "demo").headers().firstValue("Location")).as(user)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
        }
    }

    @Test
    void aPageTheRoleMayNotUseExplainsItselfInVietnamese() throws Exception {
        Web web = new Web(port);
        String session = web.session("xa.pusamcap", "demo");
        HttpResponse<String> page = web.send(web.get("/tra-cuu.html").header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Không có quyền dùng trang này").contains("Thanh tra, kiểm tra và quản trị viên")
                .contains("href=\"/camunda/app/tasklist/\"").doesNotContain("\"status\"").doesNotContain("Forbidden");
        // The API stays a problem detail for programs.
        HttpResponse<String> api = web.send(web.get("/api/audit/nominations").header("Cookie", "JSESSIONID=" + session));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        // A sign-in form left open too long (no valid CSRF token) says what to do, not that the role is wrong.
        HttpResponse<String> stale = web.send(web.post("/login", "application/x-www-form-urlencoded", "username=xa.pusamcap&password=demo"));
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("hãy tải lại trang").doesNotContain("không dành cho vai trò");
                // The auditor opens it.
        String auditor = web.session("thanhtra", "demo");
        assertThat(web.send(web.get("/tra-cuu.html").header("Cookie", "JSESSIONID=" + auditor)).statusCode()).isEqualTo(200);
    }

    @Test
    void theSiteHasAFaviconAndTasklistOffersNoHandMadeTaskNorAnUnlabelledNumber() throws Exception {
        Web web = new Web(port);
        HttpResponse<String> favicon = web.send(web.get("/favicon.ico"));
        assertThat(favicon.statusCode()).isEqualTo(200);
        String session = web.session("xa.pusamcap", "demo");
        HttpResponse<String> css = web.send(web.get("/camunda/app/tasklist/styles/user-styles.css").header("Cookie", "JSESSIONID=" + session));
        assertThat(css.statusCode()).isEqualTo(200);
        // The rules name Camunda's own, more specific paths (a bare class loses to them): that they are displayed
        // nowhere is what ScreenByScreenBrowserTest checks on every screen.
        assertThat(css.body()).contains("li.create-task-action { display: none; }").contains("div.priority { display: none; }")
                .contains(".ce-eol-banner { display: none; }");
    }
}
