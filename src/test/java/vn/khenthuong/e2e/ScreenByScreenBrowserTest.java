package vn.khenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;

/**
 * Screen by screen, for every role, what a person of that role sees (issue 17 point 4): Tasklist with each of its
 * filters and an open task form, the dossier page, the app's own pages, Cockpit and Admin for the administrator.
 * On each screen: no English word of the deny-list, no raw code, no login instead of a name, no "null"
 * ({@link ScreenCheck}, the dossier frame inside a task included), no error in the browser console, no error in the
 * server's log; none of Camunda's parts nobody should see ({@link #SHOWN_TO_NOBODY}); in Cockpit and Admin no date
 * as the engine stores it. Every screen is checked, the rules page, Cockpit's decision table and Admin's
 * authorizations included (a DMN table's rule cells are FEEL, read as code). Each screen is kept as target/screenshots/&lt;role&gt;-&lt;screen&gt;.png; the user guide
 * (docs/huong-dan/) uses them: {@code -Dguide.screenshots=docs/huong-dan/img} writes them there as well.
 * All findings of a role are reported together. Demo data: the sample dossiers of seeds/sample-dossiers.yaml and one
 * dossier brought to the provincial chairman's decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"khenthuong.seeds.sample-dossiers=true", "spring.application.name=khenthuong-e2e-screens"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenByScreenBrowserTest {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    Browser web;
    ServerLog log;
    final ScreenCheck check = ScreenCheck.withDemoLogins();
    final List<String> findings = new ArrayList<>();
    /** A dossier at the provincial chairman's decision (the sample dossiers stop earlier). */
    String atDecision;
    /** Who is signed in. */
    String user;

    @BeforeAll
    void start() {
        atDecision = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots)
                .atDecision("Giàng A Páo");
        web = new Browser(port, "", Duration.ofSeconds(40));
        log = ServerLog.attach();
    }

    @AfterAll
    void stop() {
        if (web != null) {
            web.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    @Order(1)
    void communeOfficial() {
        String role = "can-bo-xa";
        signIn(role, "xa.pusamcap");
        tasklistAndFilters(role);
        // The start dialog of a new nomination, its form as the official first sees it.
        web.click(By.xpath("//a[contains(normalize-space(),'Bắt đầu quy trình')]"));
        web.click(By.xpath("//div[contains(@class,'modal-body')]//a[contains(normalize-space(),'Đề nghị khen thưởng')]"));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='startNominationForm'] #awardKindCode")));
        settle();
        screen(role, "lap-ho-so");
        String code = code("Nhân dân xã Pu Sam Cáp, huyện Sìn Hồ");
        openTask(role, code, "communeReview");
        dossierPage(role, code);
        page(role, "nop-danh-sach", "/nop-danh-sach.html", "Tải mẫu danh sách");
        page(role, "phong-trao", "/phong-trao.html", "Phong trào");
        page(role, "thong-bao", "/thong-bao.html", "Thông báo");
        page(role, "welcome", "/camunda/app/welcome/default/#!/welcome", "Hướng dẫn sử dụng");
        // The user guide, linked from the welcome page, read in the app with its pictures.
        page(role, "huong-dan", "/huong-dan.html?trang=can-bo-xa", "Xem việc cần làm");
        assertThat(web.driver.findElements(By.cssSelector("#noi-dung img"))).as("the guide's pictures").isNotEmpty();
        // A page of another role explains itself in Vietnamese instead of raw JSON.
        page(role, "tra-cuu-khong-co-quyen", "/tra-cuu.html", "chỉ dành cho Thanh tra");
        assertNoFindings(role);
    }

    @Test
    @Order(2)
    void councilMember() {
        String role = "hoi-dong-thanh-vien";
        signIn(role, "hd.sinho.2");
        tasklistAndFilters(role);
        String code = code("Chẻo Sìn Páo");
        openTask(role, code, "councilVote");
        dossierPage(role, code);
        page(role, "thong-bao", "/thong-bao.html", "Thông báo");
        assertNoFindings(role);
    }

    @Test
    @Order(3)
    void councilSecretary() {
        String role = "hoi-dong-thu-ky";
        signIn(role, "hd.sinho.1");
        tasklistAndFilters(role);
        openTask(role, code("Chẻo Sìn Páo"), "councilVote");
        assertNoFindings(role);
    }

    @Test
    @Order(4)
    void districtOfficer() {
        String role = "can-bo-huyen";
        signIn(role, "huyen.thanuyen");
        tasklistAndFilters(role);
        page(role, "khoi-thi-dua", "/khoi-thi-dua.html", "Khối thi đua");
        assertNoFindings(role);
    }

    @Test
    @Order(5)
    void board() {
        String role = "ban-thi-dua";
        signIn(role, "tinh.thamdinh");
        tasklistAndFilters(role);
        String code = code("Hộ gia đình bà Lò Thị Dung");
        openTask(role, code, "provincialAppraisal");
        dossierPage(role, code);
        page(role, "xu-ly-hang-loat", "/xu-ly-hang-loat.html", "Hộ gia đình bà Lò Thị Dung");
        page(role, "bao-cao", "/bao-cao.html?year=2019", "Huyện Phong Thổ");
        page(role, "phong-trao", "/phong-trao.html", "Phong trào");
        // A date typed day first whatever the computer's language, or picked from a Vietnamese calendar; the page's
        // script (and so the API) still reads yyyy-MM-dd (static/ngay.js).
        web.click(By.id("nut-them"));
        WebElement starts = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-startsOn")));
        assertThat(starts.getAttribute("type")).isEqualTo("text");
        starts.click();
        WebElement calendar = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.lich")));
        assertThat(calendar.getText()).contains("Tháng").contains("năm").contains("T2").contains("CN").contains("Hôm nay");
        screen(role, "phong-trao-chon-ngay");
        starts.sendKeys("07/12/2026");
        assertThat(web.script("return document.getElementById('f-startsOn').value;")).isEqualTo("2026-12-07");
        page(role, "so-khen-thuong", "/so-khen-thuong.html", "Sổ khen thưởng");
        page(role, "thong-bao", "/thong-bao.html", "Thông báo");
        assertNoFindings(role);
    }

    @Test
    @Order(6)
    void chairman() {
        String role = "chu-tich";
        signIn(role, "tinh.chutich");
        tasklistAndFilters(role);
        openTask(role, atDecision, "decision");
        page(role, "xu-ly-hang-loat", "/xu-ly-hang-loat.html", "Giàng A Páo");
        page(role, "bao-cao", "/bao-cao.html?year=2019", "Huyện Phong Thổ");
        page(role, "thong-bao", "/thong-bao.html", "Thông báo");
        assertNoFindings(role);
    }

    @Test
    @Order(7)
    void auditor() {
        String role = "thanh-tra";
        signIn(role, "thanhtra");
        settle();
        screen(role, "tra-cuu");
        String code = code("Hộ gia đình bà Lò Thị Dung");
        page(role, "nhat-ky", "/tra-cuu.html?code=" + code, "Lịch sử hồ sơ");
        dossierPage(role, code);
        page(role, "can-cu", "/can-cu.html", "Căn cứ");
        page(role, "bao-cao", "/bao-cao.html?year=2019", "Huyện Phong Thổ");
        page(role, "so-khen-thuong", "/so-khen-thuong.html", "Sổ khen thưởng");
        page(role, "welcome", "/camunda/app/welcome/default/#!/welcome", "Tra cứu");
        assertNoFindings(role);
    }

    @Test
    @Order(8)
    void administrator() {
        String role = "quan-tri";
        signIn(role, "admin");
        tasklistAndFilters(role);
        page(role, "welcome", "/camunda/app/welcome/default/#!/welcome", "Tra cứu");
        page(role, "cockpit", "/camunda/app/cockpit/default/#/dashboard", "Quy trình");
        page(role, "cockpit-quy-trinh", "/camunda/app/cockpit/default/#/processes", "nomination");
        String decision = jdbc.queryForObject("select ID_ from ACT_RE_DECISION_DEF where KEY_ = 'nominationRoute' order by VERSION_ desc limit 1",
                String.class);
        page(role, "cockpit-bang-quyet-dinh", "/camunda/app/cockpit/default/#/decision-definition/" + decision, "Tuyến xét duyệt");
        page(role, "admin-nguoi-dung", "/camunda/app/admin/default/#/users", "Lò Văn");
        page(role, "admin-nhom", "/camunda/app/admin/default/#/groups", "auditor");
        page(role, "admin-phan-quyen", "/camunda/app/admin/default/#/authorization?resource=0", "CHO PHÉP");
        page(role, "hop-thu-demo", "/hop-thu-demo.html", "Hộp thư");
        page(role, "so-khen-thuong", "/so-khen-thuong.html", "Sổ khen thưởng");
        assertNoFindings(role);
    }

    // --- screens ---------------------------------------------------------------------------------------------------

    private void signIn(String role, String user) {
        this.user = user;
        web.signIn(user);
        // Signing in leaves nothing to report: what came before belongs to the previous role.
        web.consoleErrors();
        log.drain();
    }

    /** Tasklist as the role lands on it, then each of its filters. */
    private void tasklistAndFilters(String role) {
        web.openFresh(TASKLIST);
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
        settle();
        screen(role, "tasklist");
        List<WebElement> filters = web.driver.findElements(By.cssSelector(".task-filter h4.name a"));
        for (int i = 1; i < filters.size(); i++) {
            WebElement filter = web.driver.findElements(By.cssSelector(".task-filter h4.name a")).get(i);
            // Scrolled and clicked by script: with many filters (the administrator's) the page footer covers the last ones.
            web.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", filter);
            settle();
            screen(role, "tasklist-bo-loc-" + (i + 1));
        }
    }

    private void openTask(String role, String code, String taskKey) {
        String user = this.user;
        // A council's vote is one task per member: the one of the user signed in.
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).list();
        Task task = tasks.stream().filter(t -> user.equals(t.getAssignee())).findFirst().orElse(tasks.get(0));
        web.openFresh(TASKLIST + "?task=" + task.getId());
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='" + taskKey + "Form']")));
        settle();
        if (!web.driver.findElements(By.cssSelector("iframe.kt-dossier")).isEmpty()) {
            WebElement frame = web.driver.findElement(By.cssSelector("iframe.kt-dossier"));
            web.driver.switchTo().frame(frame);
            try {
                web.wait.until(d -> !d.findElement(By.id("trang-thai")).getText().isBlank());
                findings(role, "nhiem-vu (ho so)", web.wordsText());
            } finally {
                web.driver.switchTo().defaultContent();
            }
        }
        screen(role, "nhiem-vu");
        // The answer's fields and the complete button, below the dossier.
        web.script("arguments[0].scrollIntoView({block: 'end'});", web.driver.findElement(By.xpath("//button[@ng-click='complete()']")));
        Browser.pause(300);
        screen(role, "nhiem-vu-tra-loi");
    }

    private void dossierPage(String role, String code) {
        page(role, "ho-so", "/ho-so.html?code=" + code, code);
    }

    private void page(String role, String screen, String path, String expected) {
        web.openFresh(path);
        try {
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            findings.add(role + "-" + screen + ": the screen never showed «" + expected + "»: " + web.text());
        }
        settle();
        screen(role, screen);
    }

    /**
     * Camunda's parts nobody of the route should see (issue 17): the red end-of-life banner of Camunda 7 CE (the
     * administrator reads about it in the README), "Tạo nhiệm vụ" (the route creates every task) and the task card's
     * unlabelled priority "50". Hidden by the apps' styles/user-styles.css; checked as displayed, not as written.
     */
    static final Map<String, String> SHOWN_TO_NOBODY = Map.of(
            ".ce-eol-banner", "Camunda's end-of-life banner",
            "li.create-task-action", "\"Tạo nhiệm vụ\"",
            ".tasks-list div.priority", "the task's unlabelled priority");
    /**
     * What a screen shows as code, not as words: what our pages set as code, and the rule cells of a DMN table in
     * Cockpit (FEEL expressions such as "COMMUNE_REVIEW", kept as the engine reads them; the columns' labels, the hit
     * policy and the rules' annotations around them are words, and checked).
     */
    static final String CODE = "code, kbd, samp, .tjs-container td.input-cell, .tjs-container td.output-cell";
    /** A date as the engine stores it (2026-12-07, 2026-12-07T11:24): Cockpit and Admin show dd/MM/yyyy HH:mm. */
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?\\b");

    /** Checks the screen as it is and keeps its picture. */
    private void screen(String role, String screen) {
        String words = web.wordsText(CODE);
        findings(role, screen, words);
        // What no word check sees: Vietnamese words or a bare number that must not be there at all.
        SHOWN_TO_NOBODY.forEach((selector, what) -> {
            if (web.driver.findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed)) {
                findings.add(role + "-" + screen + ": " + what + " is shown");
            }
        });
        if (screen.startsWith("cockpit") || screen.startsWith("admin-")) {
            Matcher iso = ISO_DATE.matcher(words);
            if (iso.find()) {
                findings.add(role + "-" + screen + ": date not dd/MM/yyyy «" + iso.group() + "»");
            }
        }
        for (String error : web.consoleErrors()) {
            if (expectedConsoleError(screen, error)) {
                continue;
            }
            findings.add(role + "-" + screen + ": console error " + error);
        }
        for (String error : log.drain()) {
            findings.add(role + "-" + screen + ": server error " + error);
        }
        web.guideScreenshot(role + "-" + screen);
    }

    /**
     * Two requests that fail by design: a refused page's own 403 (the screen is the Vietnamese refusal), and Welcome
     * asking for the password policy, which answers 404 while no policy is enabled (Camunda reads that as "none").
     */
    static boolean expectedConsoleError(String screen, String error) {
        return screen.endsWith("khong-co-quyen") && error.contains("status of 403")
                || error.contains("/identity/password-policy") && error.contains("status of 404");
    }

    private void findings(String role, String screen, String text) {
        // Admin's users and groups are where accounts are managed by their logins.
        check.findings(text).stream().filter(f -> !(screen.startsWith("admin-") && f.startsWith("login ")))
                .forEach(f -> findings.add(role + "-" + screen + ": " + f));
    }

    /** Waits until the page's scripts have filled it: the visible text stays the same for a moment. */
    private void settle() {
        web.wait.until(d -> "complete".equals(web.script("return document.readyState")));
        String before = null;
        for (int i = 0; i < 20; i++) {
            Browser.pause(400);
            String now = web.text();
            if (now.equals(before) && !now.isBlank()) {
                return;
            }
            before = now;
        }
    }

    private String code(String nominee) {
        return jdbc.queryForObject("select code from nomination where nominee_name = ? order by code desc limit 1", String.class, nominee);
    }

    private void assertNoFindings(String role) {
        List<String> mine = List.copyOf(findings);
        findings.clear();
        assertThat(mine).as("what the screens of " + role + " showed that they must not (screenshots in target/screenshots/)").isEmpty();
    }
}
