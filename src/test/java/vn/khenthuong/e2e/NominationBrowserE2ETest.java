package vn.khenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.Catalog;

/**
 * The whole route in a real browser (Debian's chromium and chromedriver, headless, Vietnamese): a commune
 * official signs in on our login page, files a nomination through the Tasklist start form, attaches the
 * documents on the dossier page, and then whoever the open task belongs to signs in and completes it in
 * Tasklist, until the process ends with an award; an auditor finds it afterwards. The route itself is not
 * written here: each round asks the engine for the open task and its candidate group, as the DMN-driven route
 * may add or skip steps. Screenshots of every step go to target/screenshots/nomination/ for review.
 * Browser set-up: {@link Browser}.
 */
// A context of its own (the property only sets it apart): a fresh database, so what other tests filed
// (pending matters, quotas) cannot change this nomination's route.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=browser")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NominationBrowserE2ETest {

    static final String AWARD_KIND = "BK_TINH";
    static final String NOMINEE = "Hộ bà Lò Thị Dung";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired Catalog catalog;

    Browser web;
    WebDriver browser;
    WebDriverWait wait;
    Path attachment;
    int shot;
    /** Group → the demo user who acts for it (seeds/users.yaml). */
    Map<String, String> actorOfGroup;

    @BeforeAll
    void startBrowser() throws IOException {
        // Numbered pictures of the route in a folder of their own, emptied first.
        web = new Browser(port, "nomination", WAIT).clearScreenshots();
        browser = web.driver;
        wait = web.wait;
        attachment = Files.createTempFile("to-trinh-", ".pdf");
        Files.write(attachment, ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        actorOfGroup = demoActors();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (web != null) {
            web.close();
        }
        if (attachment != null) {
            Files.deleteIfExists(attachment);
        }
    }

    @Test
    void aNominationTravelsTheWholeRouteInTheBrowser() throws IOException {
        signIn("xa.pusamcap");
        String processInstanceId = startNominationThroughTheStartForm();

        Map<String, Integer> rounds = new LinkedHashMap<>();
        boolean outsiderChecked = false;
        for (int round = 0; round < 40; round++) {
            List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                    .sorted(Comparator.comparing((Task t) -> "recordWrittenBallots".equals(t.getTaskDefinitionKey())))
                    .toList();
            if (open.isEmpty()) {
                if (!letTimeRunOut(processInstanceId)) {
                    break;
                }
                continue;
            }
            // The secretary closes the council meeting only after every member has voted.
            Task task = open.get(0);
            String user = actorOf(task);
            if (!outsiderChecked && "communeReview".equals(task.getTaskDefinitionKey())) {
                anotherCommuneDoesNotSeeTheTask(task);
                outsiderChecked = true;
            }
            signIn(user);
            completeInTasklist(task, user);
            rounds.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
        }

        HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        assertThat(finished.getEndTime()).as("the process ended; steps done: " + rounds).isNotNull();
        assertThat(rounds).containsKeys("prepareDossier", "communeReview", "provincialAppraisal", "decision");
        assertThat(outsiderChecked).as("xa.phucthan was shown the commune review").isTrue();

        auditorFindsTheAward(finished.getBusinessKey());
    }

    private String startNominationThroughTheStartForm() throws IOException {
        open("/camunda/app/tasklist/default/#/");
        click(By.xpath("//a[contains(normalize-space(),'Bắt đầu quy trình')]"));
        click(By.xpath("//div[contains(@class,'modal-body')]//a[contains(normalize-space(),'Đề nghị khen thưởng')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='startNominationForm'] #awardKindCode")));
        // Options come from /api/award-kinds.
        wait.until(d -> new Select(d.findElement(By.id("awardKindCode"))).getOptions().size() > 5);
        screenshot("start-form-empty");

        // Nothing filled in: the form refuses, in Vietnamese, and nothing is started.
        click(startButton());
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='startNominationForm'] .kt-error")));
        assertThat(error.getText()).isEqualTo("Hồ sơ chưa lập được: vui lòng sửa các ô được đánh dấu đỏ.");
        // Each missing field says so under itself, in Vietnamese.
        assertThat(browser.findElements(By.cssSelector("form[name='startNominationForm'] .has-error .kt-field-error")))
                .extracting(WebElement::getText).contains("Chọn danh hiệu hoặc hình thức khen thưởng.", "Nhập tóm tắt thành tích.");
        screenshot("start-form-refused");

        new Select(browser.findElement(By.id("awardKindCode"))).selectByValue(AWARD_KIND);
        new Select(browser.findElement(By.id("nomineeKind"))).selectByValue("HOUSEHOLD");
        type("nomineeName", NOMINEE);
        type("nomineeIdNumber", String.format("%012d", System.currentTimeMillis() % 1_000_000_000_000L));
        type("headName", "Lò Thị Dung");
        type("memberCount", "5");
        type("nomineeAddress", "Bản Pu Sam Cáp, xã Pu Sam Cáp");
        type("achievements", "Nuôi cá lồng trên hồ thủy điện, tạo việc làm cho 12 lao động trong bản.");
        screenshot("start-form-filled");
        long before = historyService.createHistoricProcessInstanceQuery().startedBy("xa.pusamcap").count();
        click(startButton());
        try {
            wait.until(d -> historyService.createHistoricProcessInstanceQuery().startedBy("xa.pusamcap").count() > before);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("start-form-not-started");
            throw new AssertionError("the nomination was not started: " + browser.findElement(By.tagName("body")).getText(), e);
        }
        HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("nomination").startedBy("xa.pusamcap").orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).get(0);
        assertThat(started.getBusinessKey()).as("nomination code").isNotBlank();
        // The dialog tells the official the code of the dossier just filed.
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='startNominationForm'] .kt-filed-code")));
        assertThat(code.getText()).isEqualTo(started.getBusinessKey());
        screenshot("start-form-filed");
        return started.getId();
    }

    private By startButton() {
        return By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']");
    }

    private void completeInTasklist(Task task, String user) throws IOException {
        String key = task.getTaskDefinitionKey();
        // A full page load: on Tasklist's own page a hash change races Tasklist's start-up, which may still rewrite
        // the address with its first filter and drop the task (seen on a loaded CI machine).
        browser.get("about:blank");
        open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='" + key + "Form']")));
        // The task name says whose dossier it is.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), NOMINEE));
        if (task.getAssignee() == null) {
            click(By.cssSelector("button.claim"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
            form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='" + key + "Form']")));
        }
        if (!form.findElements(By.cssSelector("iframe.kt-dossier")).isEmpty()) {
            waitForDossierFrame(form);
        }
        if ("prepareDossier".equals(key) || "supplementDossier".equals(key)) {
            attachRequiredDocuments(form);
        }
        fillApprovingAnswer(form, key);
        noEnglishLeftOnScreen();
        screenshot(key + "-" + user);
        click(By.xpath("//button[@ng-click='complete()']"));
        wait.until(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    }

    private void waitForDossierFrame(WebElement form) {
        WebElement frame = form.findElement(By.cssSelector("iframe.kt-dossier"));
        browser.switchTo().frame(frame);
        try {
            wait.until(d -> !d.findElement(By.id("trang-thai")).getText().isBlank());
            // The step waited at in words, not its BPMN id ("recordWrittenBallots").
            assertThat(browser.findElement(By.id("buoc-hien-tai")).getText()).doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]+\\b");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    private void attachRequiredDocuments(WebElement form) {
        browser.switchTo().frame(form.findElement(By.cssSelector("iframe.kt-dossier")));
        try {
            for (String kind : catalog.awardKind(AWARD_KIND).orElseThrow().requiredDocuments()) {
                new Select(browser.findElement(By.id("loai-tai-lieu"))).selectByValue(kind);
                browser.findElement(By.id("tep")).sendKeys(attachment.toAbsolutePath().toString());
                jsClick(browser.findElement(By.id("nut-tai-len")));
                WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ket-qua-tai-len")));
                screenshotQuietly("upload-" + kind);
                assertThat(result.getAttribute("class")).as(result.getText()).contains("tot");
                ((JavascriptExecutor) browser).executeScript("document.getElementById('ket-qua-tai-len').hidden = true;");
            }
            screenshotQuietly("dossier-page-with-attachments");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /**
     * Nobody has work and the process still runs: it waits for a deadline (the public disclosure window).
     * Time passing is simulated by running the timer jobs now.
     */
    private boolean letTimeRunOut(String processInstanceId) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(processInstanceId).timers().list();
        timers.forEach(job -> managementService.executeJob(job.getId()));
        return !timers.isEmpty();
    }

    /** The answer that carries a dossier forward, whatever the form: approve, vote yes, sign the decision. */
    private void fillApprovingAnswer(WebElement form, String key) throws IOException {
        for (WebElement select : form.findElements(By.cssSelector("select[cam-variable-name='outcome']"))) {
            new Select(select).selectByValue("approve");
        }
        for (WebElement select : form.findElements(By.cssSelector("select[cam-variable-name='vote'], select[name='ballot']"))) {
            new Select(select).selectByValue("yes");
        }
        for (WebElement summary : form.findElements(By.cssSelector(".kt-summary"))) {
            // The council's unit in words, not its code ("Hội đồng thi đua pusamcap").
            wait.until(d -> !summary.getText().isBlank());
            assertThat(summary.getText()).doesNotContainPattern("Hội đồng thi đua [a-z0-9-]+ biểu quyết");
        }
        for (WebElement select : form.findElements(By.cssSelector("select[cam-variable-name='conclusion']"))) {
            new Select(select).selectByValue("propose");
        }
        if (!form.findElements(By.id("decisionNumber")).isEmpty()) {
            // A wrong decision number first: refused in Vietnamese, the task stays open.
            form.findElement(By.id("decisionNumber")).sendKeys("hai nghìn");
            form.findElement(By.id("decisionDate")).sendKeys(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            click(By.xpath("//button[@ng-click='complete()']"));
            WebElement error = wait.until(d -> {
                WebElement e = form.findElement(By.cssSelector(".kt-error"));
                return e.getText().isBlank() ? null : e;
            });
            assertThat(error.getText()).isEqualTo("Số quyết định không hợp lệ. Ví dụ đúng: 2551/QĐ-UBND.");
            screenshot(key + "-refused");
            form.findElement(By.id("decisionNumber")).clear();
            form.findElement(By.id("decisionNumber")).sendKeys("2551/QĐ-UBND");
        }
    }

    /** Words of Camunda's English interface that must not show once the Vietnamese tables are in use. */
    private void noEnglishLeftOnScreen() {
        String screen = browser.findElement(By.tagName("body")).getText();
        assertThat(screen).doesNotContain("a few seconds ago", "minutes ago", "Created", "Complete", "Claim", "Start process",
                "Add Comment", "Filter Tasks", "Camunda 7 CE");
        assertThat(screen).contains("Ngày tạo", "Hoàn thành");
    }

    private void anotherCommuneDoesNotSeeTheTask(Task task) throws IOException {
        signIn("xa.phucthan");
        open("/camunda/app/tasklist/default/#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks]")));
        pause(2000); // let the list load
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(NOMINEE);
        // A full page load: on Tasklist's own page a hash change races Tasklist's start-up, which may still rewrite
        // the address with its first filter and drop the task (seen on a loaded CI machine).
        browser.get("about:blank");
        open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        pause(3000);
        assertThat(browser.findElements(By.cssSelector("form[name='communeReviewForm']"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(NOMINEE);
        screenshot("other-commune-sees-nothing");
    }

    /** The auditor searches the award trail by the nominee's name typed without diacritics and opens its history. */
    private void auditorFindsTheAward(String code) throws IOException {
        signIn("thanhtra");
        open("/tra-cuu.html");
        WebElement nominee = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tim input[name='nominee']")));
        nominee.sendKeys("ho ba lo thi dung");
        click(By.cssSelector("#tim button[type='submit']"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='dong']/tr[td/a[normalize-space()='" + code + "']]")));
        assertThat(row.getText()).contains(NOMINEE, "Đã khen thưởng", "2551/QĐ-UBND");
        screenshot("audit-search");
        click(By.xpath("//tbody[@id='dong']//a[normalize-space()='" + code + "']"));
        WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nhat-ky")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nk-ma"), code));
        assertThat(trail.getText()).contains("2551/QĐ-UBND");
        screenshot("audit-trail");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void signIn(String user) {
        web.signIn(user);
    }

    private String actorOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(actorOfGroup::containsKey)
                .map(actorOfGroup::get)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo user for the task " + task.getTaskDefinitionKey()));
    }

    private static Map<String, String> demoActors() throws IOException {
        Map<String, String> actors = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("seeds/users.yaml").getInputStream()) {
            JsonNode users = new ObjectMapper(new YAMLFactory()).readTree(in).get("users");
            for (JsonNode user : users) {
                for (JsonNode group : user.get("groups")) {
                    actors.putIfAbsent(group.asText(), user.get("id").asText());
                }
            }
        }
        return actors;
    }

    private void open(String path) {
        web.open(path);
    }

    private void click(By by) {
        web.click(by);
    }

    private void jsClick(WebElement element) {
        web.jsClick(element);
    }

    private void type(String id, String text) {
        web.type(id, text);
    }

    private void screenshot(String name) {
        web.screenshot(String.format("%02d-%s", ++shot, name));
    }

    private void screenshotQuietly(String name) {
        screenshot(name);
    }

    private static void pause(long millis) {
        Browser.pause(millis);
    }
}
