package vn.khenthuong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.e2e.Browser;

/**
 * The report page in a real browser (Debian's chromium, headless), under the pages' Content-Security-Policy: the
 * board's appraiser signs in, opens the page on 2019, reads the generated paragraph, sees the two ECharts charts
 * drawn (a canvas each) and no error in the console; a commune official gets the Vietnamese refusal. Screenshots go
 * to target/screenshots/. Browser set-up: {@link Browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.seeds.sample-dossiers=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageBrowserTest {

    @LocalServerPort int port;

    Browser web;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        web = new Browser(port, "", Duration.ofSeconds(60));
        browser = web.driver;
        wait = web.wait;
    }

    @AfterAll
    void stopBrowser() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void theBoardReadsThe2019SummaryWithItsChartsAndACommuneOfficialIsTurnedAway() {
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
        assertThat(web.consoleErrors()).as("browser console errors (a CSP refusal shows here)").isEmpty();

        signIn("xa.pusamcap");
        browser.get("http://localhost:" + port + "/bao-cao.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Không có quyền xem báo cáo thống kê"));
        screenshot("bao-cao-403");
    }

    private void signIn(String user) {
        web.signIn(user);
    }

    private void screenshot(String name) {
        web.screenshot(name);
    }
}
