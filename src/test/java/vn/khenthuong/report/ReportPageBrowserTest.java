package vn.khenthuong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report page in a real browser (Debian's chromium, headless), under the pages' Content-Security-Policy: the
 * board's appraiser signs in, opens the page on 2019, reads the generated paragraph, sees the two ECharts charts
 * drawn (a canvas each) and no error in the console; a commune official gets the Vietnamese refusal. Screenshots go
 * to target/screenshots/. Without chromium this test fails: .ci/run installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.seeds.sample-dossiers=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    WebDriver browser;
    WebDriverWait wait;
    Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM).canExecute()).as("chromium (apt-get install chromium; .ci/run does it)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("chromedriver (apt-get install chromium-driver)").isTrue();
        profile = Files.createTempDirectory("kt-chromium-report-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1366,2400", "--lang=vi");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theBoardReadsThe2019SummaryWithItsChartsAndACommuneOfficialIsTurnedAway() throws IOException {
        signIn("tinh.thamdinh");
        browser.get("http://localhost:" + port + "/bao-cao.html?year=2019");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doan-van"), "Huyện Phong Thổ có 5 cá nhân"));
        assertThat(browser.findElement(By.id("doan-van")).getText()).isEqualTo(ReportApiTest.PARAGRAPH_2019);
        wait.until(d -> d.findElements(By.cssSelector("#bieu-do-don-vi canvas")).size() == 1
                && d.findElements(By.cssSelector("#bieu-do-nam canvas")).size() == 1);
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return typeof echarts !== 'undefined' "
                + "&& echarts.getInstanceByDom(document.getElementById('bieu-do-don-vi')).getOption().xAxis[0].data.includes('Huyện Phong Thổ')"))
                .isTrue();
        assertThat(browser.findElement(By.id("bang-don-vi")).getText()).contains("Huyện Tam Đường");
        assertThat(browser.findElement(By.cssSelector("a.tai[data-bang='units']")).getAttribute("href"))
                .endsWith("/api/reports/units.xlsx?year=2019");
        screenshot("bao-cao-2019");
        // The browser asks for /favicon.ico by itself (none is served): not the page's doing.
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("/favicon.ico")).toList();
        assertThat(errors).as("browser console errors (a CSP refusal shows here)").isEmpty();

        signIn("xa.pusamcap");
        browser.get("http://localhost:" + port + "/bao-cao.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Không có quyền xem báo cáo thống kê"));
        screenshot("bao-cao-403");
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    }

    private void screenshot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
