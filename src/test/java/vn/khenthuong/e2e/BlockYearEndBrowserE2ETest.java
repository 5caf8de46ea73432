package vn.khenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's 2019 block year end in a real browser (headless chromium, Vietnamese), as a newcomer walks it: Than
 * Uyên's officer opens the entry task, sees the plan and the figures already entered, and submits; the head unit's
 * officer (Phong Thổ) opens the check of Than Uyên's results and accepts them. Browser set-up: {@link Browser}.
 */
// Its own application context (and database): the demo's 2019 year end must be exactly as the seeder left it, not as
// tests sharing the cached context left it (in the full suite a shared context showed Tasklist no such task).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"khenthuong.seeds.sample-dossiers=true", "spring.application.name=khenthuong-e2e-block"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlockYearEndBrowserE2ETest {


    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    Browser web;
    WebDriver browser;
    WebDriverWait wait;
    int shot;

    @BeforeAll
    void startBrowser() {
        web = new Browser(port, "block-year-end");
        browser = web.driver;
        wait = web.wait;
    }

    @AfterAll
    void stopBrowser() {
        if (web != null) {
            web.close();
        }
    }

    Task task(String key, String unit) {
        return taskService.createTaskQuery().processDefinitionKey("blockYearEnd").taskDefinitionKey(key).list().stream()
                .filter(t -> unit.equals(taskService.getVariable(t.getId(), "memberUnit"))).findFirst().orElseThrow();
    }

    String state(String unit) {
        return jdbc.queryForObject("select m.state from block_member_result m join block_year_end y on y.id = m.round_id"
                + " where y.year = 2019 and m.unit_code = ?", String.class, unit);
    }

    @Test
    void aMemberSubmitsItsResultsAndTheHeadUnitAcceptsThem() {
        Task entry = task("enterBlockResults", "thanuyen");
        signIn("huyen.thanuyen");
        WebElement form = openTask(entry, "enterBlockResultsForm");
        wait.until(d -> form.findElements(By.cssSelector(".kt-results tbody tr")).size() == 8);
        assertThat(form.findElement(By.cssSelector(".kt-block-title")).getText()).contains("Huyện Than Uyên", "2019");
        assertThat(form.findElement(By.cssSelector(".kt-results")).getText()).contains("Tỷ lệ che phủ rừng", "33.19 (minh hoạ)");
        screenshot("enter-results-thanuyen");
        click(By.xpath("//button[@ng-click='complete()']"));
        wait.until(d -> taskService.createTaskQuery().taskId(entry.getId()).count() == 0);
        assertThat(state("thanuyen")).isEqualTo("SUBMITTED");

        Task check = task("checkBlockResults", "thanuyen");
        signIn("huyen.phongtho");
        WebElement checkForm = openTask(check, "checkBlockResultsForm");
        wait.until(d -> checkForm.findElements(By.cssSelector(".kt-results tbody tr")).size() == 8);
        assertThat(checkForm.findElement(By.cssSelector(".kt-results")).getText()).contains("35.18");
        new Select(checkForm.findElement(By.id("checkBlockResultsOutcome"))).selectByValue("accept");
        screenshot("check-results-thanuyen");
        click(By.xpath("//button[@ng-click='complete()']"));
        wait.until(d -> taskService.createTaskQuery().taskId(check.getId()).count() == 0);
        assertThat(state("thanuyen")).isEqualTo("ACCEPTED");
        assertThat(state("sinho")).isEqualTo("SUBMITTED");
    }

    private WebElement openTask(Task task, String formName) {
        // A full page load: on Tasklist's own page a hash change races Tasklist's start-up, which may still rewrite
        // the address with its first filter and drop the task (seen on a loaded CI machine).
        browser.get("about:blank");
        open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), "năm 2019"));
        if (!browser.findElements(By.cssSelector("button.claim")).isEmpty()) {
            click(By.cssSelector("button.claim"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        }
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='" + formName + "']")));
    }

    private void signIn(String user) {
        web.signIn(user);
    }

    private void open(String path) {
        web.open(path);
    }

    private void click(By by) {
        web.click(by);
    }

    private void screenshot(String name) {
        web.screenshot(String.format("%02d-%s", ++shot, name));
    }
}
