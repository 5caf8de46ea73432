package vn.khenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Year end in a real browser (issue 16): a commune official downloads the list template, fills it (Apache POI here,
 * a spreadsheet program for a person) with two good rows and a wrong one, checks it on /nop-danh-sach.html, reads the
 * row report, and files the valid rows; the provincial chairman groups two dossiers waiting for his decision into one
 * award decision on /xu-ly-hang-loat.html, numbers and signs it, and its PDF and certificates answer. Every screen
 * passes the same checks as {@link ScreenByScreenBrowserTest}; its pictures serve the user guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"khenthuong.seeds.sample-dossiers=true", "spring.application.name=khenthuong-e2e-screens"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndBrowserE2ETest {

    static final int YEAR = LocalDate.now().getYear();

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
    Path workbook;

    @BeforeAll
    void start() throws IOException {
        web = new Browser(port, "", Duration.ofSeconds(40));
        log = ServerLog.attach();
        workbook = Files.createTempFile("danh-sach-", ".xlsx");
    }

    @AfterAll
    void stop() throws IOException {
        if (web != null) {
            web.close();
        }
        if (log != null) {
            log.close();
        }
        Files.deleteIfExists(workbook);
    }

    @Test
    void aCommuneFilesAListAndTheChairmanSignsOneDecisionForMany() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String person = "Giàng A Chứ " + suffix;
        String head = "Lò Văn Pọm " + suffix;
        String wrong = "Sai Năm Sinh " + suffix;

        // --- the commune official files a list -------------------------------------------------------------------
        web.signIn("xa.pusamcap");
        web.open("/nop-danh-sach.html");
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-nop")));
        screen("can-bo-xa-nop-danh-sach");
        byte[] template = download("/api/nomination-lists/template.xlsx");
        Files.write(workbook, filled(template, List.of(
                individual(person),
                household(head),
                // A birth year the rules refuse: the row report names row 4, column D and the reason.
                withBirthYear(individual(wrong), "1850"))));

        upload("CHECK_ONLY");
        WebElement report = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("khoi-bao-cao")));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bc-dong"), wrong));
        assertThat(web.driver.findElement(By.id("bc-so-lieu")).getText()).contains("Số dòng: 3", "Hợp lệ: 2", "Không hợp lệ: 1", "Đã nộp: 0");
        WebElement wrongRow = web.driver.findElement(By.xpath("//tbody[@id='bc-dong']/tr[td[1][normalize-space()='4']]"));
        assertThat(wrongRow.getText()).contains("Cột D", "Năm sinh 1850 không hợp lệ");
        assertThat(count("select count(*) from nomination where nominee_name in (?, ?)", person, wrong)).isZero();
        web.script("arguments[0].scrollIntoView({block: 'start'});", report);
        screen("can-bo-xa-nop-danh-sach-kiem-tra");

        upload("VALID_ROWS");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bc-so-lieu"), "Đã nộp: 2"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã nộp 2/3 dòng"));
        List<String> filed = web.driver.findElements(By.cssSelector("#bc-dong a")).stream().map(WebElement::getText).toList();
        assertThat(filed).hasSize(2).allMatch(c -> c.startsWith("LC-" + YEAR + "-"));
        assertThat(count("select count(*) from nomination where nominee_name = ? and created_by = 'xa.pusamcap' and unit_code = 'pusamcap'", person))
                .isEqualTo(1);
        assertThat(count("select count(*) from nomination where head_name = ?", head)).isEqualTo(1);
        assertThat(count("select count(*) from nomination where nominee_name = ?", wrong)).isZero();
        web.script("arguments[0].scrollIntoView({block: 'start'});", web.driver.findElement(By.id("khoi-bao-cao")));
        screen("can-bo-xa-nop-danh-sach-da-nop");

        // --- the chairman signs one decision for two dossiers ----------------------------------------------------------
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String first = dossiers.atDecision("Lò Thị Mai " + suffix);
        String second = dossiers.atDecision("Vàng A Sình " + suffix);

        web.signIn("tinh.chutich");
        web.open("/xu-ly-hang-loat.html");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hang-cho"), second));
        screen("chu-tich-cho-quyet-dinh");
        web.click(By.cssSelector("#cac-the button[data-the='qd']"));
        web.click(By.id("nut-lap-qd"));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("khoi-chi-tiet-qd")));
        for (String code : List.of(first, second)) {
            web.click(By.xpath("//tbody[@id='qd-ung-vien']//input[@value='" + code + "']"));
        }
        web.click(By.id("nut-them-ung-vien"));
        web.wait.until(d -> d.findElements(By.cssSelector("#qd-dong tr")).size() == 2);
        String number = (ThreadLocalRandom.current().nextInt(1000, 9999)) + "/QĐ-UBND";
        web.type("qd-so", number);
        // Typed day first, as the official reads it whatever the computer's language (static/ngay.js sends yyyy-MM-dd).
        web.type("qd-ngay", LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        web.click(By.cssSelector("#qd-luu-khu button[type='submit']"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã lưu dự thảo"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qd-tieu-de"), number));
        web.script("arguments[0].scrollIntoView({block: 'start'});", web.driver.findElement(By.id("khoi-chi-tiet-qd")));
        screen("chu-tich-quyet-dinh-du-thao");

        web.click(By.id("nut-ky"));
        web.wait.until(ExpectedConditions.alertIsPresent()).accept();
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã ký quyết định"));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qd-bang-khen")));
        for (String code : List.of(first, second)) {
            assertThat(count("select count(*) from award a join nomination n on n.id = a.nomination_id where n.code = ? and a.decision_number = ?",
                    code, number)).as(code + " recorded in the registry with the decision").isEqualTo(1);
        }
        // The decision's PDF and the certificates answer, as the links open them.
        assertPdf(web.driver.findElement(By.id("qd-pdf")).getAttribute("href"));
        assertPdf(web.driver.findElement(By.id("qd-bang-khen")).getAttribute("href"));
        web.script("arguments[0].scrollIntoView({block: 'start'});", web.driver.findElement(By.id("khoi-chi-tiet-qd")));
        screen("chu-tich-quyet-dinh-da-ky");

        assertThat(findings).as("what these screens showed that they must not (screenshots in target/screenshots/)").isEmpty();
    }

    // --- the list --------------------------------------------------------------------------------------------------

    private void upload(String mode) {
        web.click(By.cssSelector("input[name='mode'][value='" + mode + "']"));
        web.driver.findElement(By.id("tep")).sendKeys(workbook.toAbsolutePath().toString());
        web.click(By.id("nut-nop"));
    }

    /** Columns A–O of a row, in the template's order; null leaves the cell empty. */
    private static String[] individual(String name) {
        return new String[] {"Cá nhân", "BK_TINH - Bằng khen của Chủ tịch UBND tỉnh", name, "1985", "Nam", idNumber(), "Trưởng bản Pu Sam Cáp",
                "Bản Pu Sam Cáp", null, null, null, null, "Thường xuyên", String.valueOf(YEAR), "Vận động Nhân dân hiến đất làm 3 km đường."};
    }

    private static String[] household(String head) {
        return new String[] {"Hộ gia đình", "GK_XA - Giấy khen của Chủ tịch UBND xã", null, null, null, null, null, "Bản Thẩm Phé", "6", head,
                null, null, null, null, "Hiến 500 m² đất làm nhà văn hoá bản."};
    }

    private static String[] withBirthYear(String[] row, String year) {
        String[] copy = row.clone();
        copy[3] = year;
        return copy;
    }

    private static String idNumber() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    /** The downloaded template with the rows written under its header row, as a spreadsheet program would save it. */
    private static byte[] filled(byte[] template, List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Danh sách");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null) {
                        continue;
                    }
                    // Birth year (D), member count (I), year (N): numbers in a spreadsheet.
                    if ((c == 3 || c == 8 || c == 13) && values[c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(values[c]));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write((OutputStream) out);
            return out.toByteArray();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A GET with the browser's own session, as a click on a download link would send it. */
    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        String cookies = web.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : web.url(url))).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private void assertPdf(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private void screen(String name) {
        Browser.pause(500);
        check.findings(web.wordsText()).forEach(f -> findings.add(name + ": " + f));
        web.consoleErrors().forEach(e -> findings.add(name + ": console error " + e));
        log.drain().forEach(e -> findings.add(name + ": server error " + e));
        web.guideScreenshot(name);
    }
}
