package vn.khenthuong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report API and page on the demo registry of 2019 (the source report's awards) and on a few dossiers of 2023
 * written here, inside the test's transaction (rolled back after each test): counts with every filter, a district
 * with its communes, working days per step against days counted by hand on the 2023 calendar, the 2019 paragraph,
 * the XLSX files read back, and the officials who may not read.
 */
@SpringBootTest(properties = "khenthuong.seeds.sample-dossiers=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportApiTest {

    /** The source report's summary of 2019, generated from the registry (head unit first, then by name). */
    static final String PARAGRAPH_2019 = "Huyện Phong Thổ có 5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 2 hộ gia đình được Thủ tướng "
            + "Chính phủ tặng Bằng khen. Huyện Tam Đường có 7 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 2 hộ gia đình được Thủ tướng "
            + "Chính phủ tặng Bằng khen. Huyện Tân Uyên có 1 cá nhân và 3 hộ gia đình được Thủ tướng Chính phủ tặng Bằng khen. Thành phố "
            + "Lai Châu có 8 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    // ---------------------------------------------------------------------------------------------------------------
    // The 2019 summary

    @Test
    void theTwentyNineteenSummaryCountsTheReportsAwardsAndWritesItsParagraph() throws Exception {
        mvc.perform(get("/api/reports/award-summary").param("year", "2019").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paragraph").value(PARAGRAPH_2019))
                .andExpect(jsonPath("$.lines", hasSize(7)))
                .andExpect(jsonPath("$.lines[0].unitCode").value("phongtho"))
                .andExpect(jsonPath("$.lines[0].awardKindCode").value("BK_TINH"))
                .andExpect(jsonPath("$.lines[0].nomineeKind").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.lines[0].awards").value(5))
                .andExpect(jsonPath("$.lines[0].givenBy").value("Chủ tịch UBND tỉnh"))
                .andExpect(jsonPath("$.lines[1].awardKindCode").value("BK_TTG"))
                .andExpect(jsonPath("$.lines[1].nomineeKind").value("HOUSEHOLD"))
                .andExpect(jsonPath("$.lines[1].awards").value(2));
        // The same through the block: its members, its head unit first.
        mvc.perform(get("/api/reports/award-summary").param("year", "2019").param("block", "KHOI_HUYEN_TP").with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paragraph").value(PARAGRAPH_2019));
        // A district alone: its communes' awards, under the commune that filed them.
        mvc.perform(get("/api/reports/award-summary").param("year", "2019").param("unit", "tamduong").with(user("tinh.chutich")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paragraph").value("Xã Bản Bo có 7 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 2 hộ gia đình được "
                        + "Thủ tướng Chính phủ tặng Bằng khen."));
        mvc.perform(get("/api/reports/award-summary").with(user("thanhtra")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void theTwentyNineteenAwardsAddUpPerDistrictAndPerAwardKind() throws Exception {
        mvc.perform(get("/api/reports").param("year", "2019").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.awards").value(28))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'phongtho')].figures.awards").value(7))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'tp-laichau')].figures.awards").value(8))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'tanuyen')].figures.awards").value(4))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'tamduong')].figures.awards").value(9))
                .andExpect(jsonPath("$.awardKinds[?(@.awardKindCode == 'BK_TINH')].figures.awards").value(12))
                .andExpect(jsonPath("$.awardKinds[?(@.awardKindCode == 'BK_TTG')].figures.awards").value(16));
        mvc.perform(get("/api/reports").param("year", "2019").param("block", "KHOI_HUYEN_TP").param("nomineeKind", "HOUSEHOLD")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value(containsString("Khối")))
                .andExpect(jsonPath("$.totals.awards").value(7));
        mvc.perform(get("/api/reports").param("year", "2019").param("awardKind", "BK_TINH").param("unit", "phongtho").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.awards").value(5))
                .andExpect(jsonPath("$.units", hasSize(1)))
                .andExpect(jsonPath("$.units[0].unitCode").value("huoiluong"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Counts with filters, a district with its communes, working days per step

    @Test
    @Transactional
    void aDistrictCountsItsCommunesAndEveryFilterNarrowsTheFigures() throws Exception {
        fourDossiersOf2023();
        mvc.perform(get("/api/reports").param("year", "2023").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.nominations").value(4))
                .andExpect(jsonPath("$.totals.inProgress").value(1))
                .andExpect(jsonPath("$.totals.rejections").value(1))
                .andExpect(jsonPath("$.totals.awards").value(2))
                .andExpect(jsonPath("$.totals.rewardAmount").value(3_980_000))
                .andExpect(jsonPath("$.units", hasSize(2)))
                .andExpect(jsonPath("$.units[0].unitName").value("Huyện Sìn Hồ"))
                .andExpect(jsonPath("$.units[0].figures.nominations").value(3))
                .andExpect(jsonPath("$.units[0].figures.awards").value(2))
                .andExpect(jsonPath("$.units[1].unitName").value("Huyện Than Uyên"))
                .andExpect(jsonPath("$.units[1].figures.nominations").value(1));
        // Under a district: its communes and itself, each on its own line.
        mvc.perform(get("/api/reports").param("year", "2023").param("unit", "sinho").with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("Huyện Sìn Hồ"))
                .andExpect(jsonPath("$.totals.nominations").value(3))
                .andExpect(jsonPath("$.totals.awards").value(2))
                .andExpect(jsonPath("$.units", hasSize(3)))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'pusamcap')].figures.awards").value(1))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'namtam')].figures.rejections").value(1))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'sinho')].figures.rewardAmount").value(2_980_000));
        mvc.perform(get("/api/reports").param("year", "2023").param("unit", "pusamcap").with(user("admin")))
                .andExpect(jsonPath("$.totals.nominations").value(1))
                .andExpect(jsonPath("$.totals.awards").value(1));
        mvc.perform(get("/api/reports").param("year", "2023").param("nomineeKind", "COLLECTIVE").with(user("admin")))
                .andExpect(jsonPath("$.totals.nominations").value(1))
                .andExpect(jsonPath("$.totals.rejections").value(1))
                .andExpect(jsonPath("$.totals.awards").value(0));
        mvc.perform(get("/api/reports").param("year", "2023").param("awardKind", "BK_TINH").with(user("admin")))
                .andExpect(jsonPath("$.totals.nominations").value(2))
                .andExpect(jsonPath("$.totals.awards").value(1))
                .andExpect(jsonPath("$.awardKinds", hasSize(1)));
        mvc.perform(get("/api/reports").param("year", "2023").param("movement", "NTM_GNBV_2016_2020").with(user("admin")))
                .andExpect(jsonPath("$.totals.nominations").value(1))
                .andExpect(jsonPath("$.totals.awards").value(1))
                .andExpect(jsonPath("$.totals.rewardAmount").value(1_000_000));
        // The trend ignores the year filter: 2019's registry and 2023 side by side.
        mvc.perform(get("/api/reports").param("year", "2023").with(user("admin")))
                .andExpect(jsonPath("$.trend[?(@.year == 2019)].figures.awards").value(28))
                .andExpect(jsonPath("$.trend[?(@.year == 2023)].figures.nominations").value(4));
    }

    /**
     * Working days counted by hand on the 2023 calendar (days off 1–3 May and 1, 4 September):
     * prepareDossier 1, 2, 1 → 1.3; communeReview 2 (27/4 → 4/5), 3 (28/4 → 8/5), 1 → 2.0; decision 1;
     * handleOverdueSupplementation 7 (7/9 → 18/9), recorded as overdue.
     */
    @Test
    @Transactional
    void workingDaysPerStepSkipWeekendsAndHolidaysAndOverdueStepsAreCounted() throws Exception {
        fourDossiersOf2023();
        mvc.perform(get("/api/reports/steps").param("year", "2023").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("Tỉnh Lai Châu"))
                .andExpect(jsonPath("$.steps", hasSize(4)))
                .andExpect(jsonPath("$.steps[0].step").value("prepareDossier"))
                .andExpect(jsonPath("$.steps[0].stepName").value("Hoàn thiện hồ sơ (cấp xã)"))
                .andExpect(jsonPath("$.steps[0].completed").value(3))
                .andExpect(jsonPath("$.steps[0].averageWorkingDays").value(1.3))
                .andExpect(jsonPath("$.steps[?(@.step == 'communeReview')].averageWorkingDays").value(2.0))
                .andExpect(jsonPath("$.steps[?(@.step == 'communeReview')].completed").value(3))
                .andExpect(jsonPath("$.steps[?(@.step == 'decision')].averageWorkingDays").value(1.0))
                .andExpect(jsonPath("$.steps[?(@.step == 'handleOverdueSupplementation')].averageWorkingDays").value(7.0))
                .andExpect(jsonPath("$.steps[?(@.step == 'handleOverdueSupplementation')].overdue").value(1))
                .andExpect(jsonPath("$.steps[?(@.step == 'communeReview')].overdue").value(0));
        mvc.perform(get("/api/reports/steps").param("year", "2023").param("unit", "thanuyen").with(user("thanhtra")))
                .andExpect(jsonPath("$.steps", hasSize(3)))
                .andExpect(jsonPath("$.steps[?(@.step == 'prepareDossier')].averageWorkingDays").value(1.0));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // XLSX

    @Test
    void everyTableIsAnXlsxFileWithVietnameseHeadersAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = xlsx("/api/reports/units.xlsx?year=2019")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Theo đơn vị");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số liệu theo đơn vị — Tỉnh Lai Châu, năm 2019");
            assertThat(texts(sheet.getRow(2))).containsExactly("Mã đơn vị", "Đơn vị", "Số hồ sơ đề nghị", "Đang xử lý", "Không được khen thưởng",
                    "Số khen thưởng", "Tiền thưởng (đồng)");
            Map<String, Double> awards = new HashMap<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Cell count = sheet.getRow(r).getCell(5);
                assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
                awards.put(sheet.getRow(r).getCell(1).getStringCellValue(), count.getNumericCellValue());
            }
            assertThat(awards).containsEntry("Huyện Phong Thổ", 7.0).containsEntry("Thành phố Lai Châu", 8.0)
                    .containsEntry("Huyện Tân Uyên", 4.0).containsEntry("Huyện Tam Đường", 9.0);
        }
        try (XSSFWorkbook book = xlsx("/api/reports/award-summary.xlsx?year=2019")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(PARAGRAPH_2019);
            assertThat(texts(sheet.getRow(2))).containsExactly("Đơn vị", "Hình thức khen thưởng", "Cấp quyết định", "Loại đối tượng", "Số lượng");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Huyện Phong Thổ");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("cá nhân");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(5.0);
        }
        try (XSSFWorkbook book = xlsx("/api/reports/trend.xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(2)).get(0)).isEqualTo("Năm");
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        try (XSSFWorkbook book = xlsx("/api/reports/award-kinds.xlsx?year=2019")) {
            assertThat(texts(book.getSheetAt(0).getRow(2)).get(1)).isEqualTo("Hình thức khen thưởng");
        }
        try (XSSFWorkbook book = xlsx("/api/reports/steps.xlsx?year=2019")) {
            assertThat(texts(book.getSheetAt(0).getRow(2))).containsExactly("Mã bước", "Bước", "Số lượt đã xử lý", "Số ngày làm việc bình quân",
                    "Số lượt quá hạn");
        }
    }

    private XSSFWorkbook xlsx(String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"")))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static List<String> texts(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Who may read, bad input

    @Test
    void provincialStaffAndAuditorsReadTheReportsAndThePage() throws Exception {
        for (String reader : List.of("thanhtra", "admin", "tinh.thamdinh", "tinh.chutich")) {
            mvc.perform(get("/api/reports").param("year", "2019").with(user(reader))).andExpect(status().isOk());
            mvc.perform(get("/api/reports/steps").param("year", "2019").with(user(reader))).andExpect(status().isOk());
            mvc.perform(get("/api/reports/options").with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.units[0].code").value("laichau"))
                    .andExpect(jsonPath("$.blocks[?(@.code == 'KHOI_HUYEN_TP')]").exists());
            mvc.perform(get("/bao-cao.html").with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("Báo cáo thống kê thi đua, khen thưởng")))
                    .andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")));
        }
    }

    /** The chart library comes from its webjar on our own origin, which the pages' Content-Security-Policy allows. */
    @Test
    void theChartLibraryIsServedFromOurOriginUnderTheContentSecurityPolicy() throws Exception {
        mvc.perform(get("/bao-cao.html").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(content().string(containsString("echarts")));
        mvc.perform(get("/bao-cao.js").with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/reports")));
    }

    @Test
    void districtAndCommuneOfficialsAndProvincialCouncilMembersAreRefused() throws Exception {
        List<String> urls = List.of("/api/reports?year=2019", "/api/reports/options", "/api/reports/award-summary?year=2019", "/api/reports/steps",
                "/api/reports/units.xlsx?year=2019", "/api/reports/award-kinds.xlsx", "/api/reports/trend.xlsx", "/api/reports/steps.xlsx",
                "/api/reports/award-summary.xlsx?year=2019", "/api/reports/ranking?year=2019&block=KHOI_HUYEN_TP",
                "/api/reports/ranking.xlsx?year=2019&block=KHOI_HUYEN_TP");
        for (String official : List.of("xa.pusamcap", "huyen.sinho", "chutich.sinho", "chutich.pusamcap", "hd.laichau.1")) {
            for (String url : urls) {
                mvc.perform(get(url).with(user(official)))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.detail").value(containsString("chỉ dành cho Ban Thi đua – Khen thưởng tỉnh")))
                        .andExpect(jsonPath("$.detailEn").value(ReportAccess.REFUSAL_EN));
            }
            mvc.perform(get("/bao-cao.html").with(user(official)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("Không có quyền xem báo cáo thống kê")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("echarts"))));
        }
        mvc.perform(get("/api/reports")).andExpect(status().isUnauthorized());
    }

    @Test
    void theBlocksRankingSaysItIsNotScoredYetAndNeedsAYearAndABlock() throws Exception {
        // The 2019 pact is seeded but its year end is not scored here: columns from the pact, no rows, a note in words.
        mvc.perform(get("/api/reports/ranking").param("year", "2019").param("block", "KHOI_HUYEN_TP").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scored").value(false))
                .andExpect(jsonPath("$.note").value(containsString("Khối chưa chấm điểm năm 2019")))
                .andExpect(jsonPath("$.indicators.length()").value(8))
                .andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(get("/api/reports/ranking").param("year", "2019").with(user("thanhtra")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("block"))
                .andExpect(jsonPath("$.errors[0].message").value("Chọn khối thi đua để xem xếp hạng"));
        mvc.perform(get("/api/reports/ranking").param("year", "2030").param("block", "KHOI_HUYEN_TP").with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Khối thi đua mã KHOI_HUYEN_TP không có giao ước năm 2030"))
                .andExpect(jsonPath("$.detailEn").value("Emulation block KHOI_HUYEN_TP has no pact for 2030"));
    }

    @Test
    void unknownFiltersAreRefusedInVietnameseAndEnglish() throws Exception {
        mvc.perform(get("/api/reports").param("unit", "khongco").param("nomineeKind", "ROBOT").param("awardKind", "X").param("movement", "Y")
                        .with(user("thanhtra")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Điều kiện lọc báo cáo không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(containsString("Không có đơn vị mã khongco")))
                .andExpect(jsonPath("$.detailEn").value(containsString("No unit with code khongco")))
                .andExpect(jsonPath("$.errors", hasSize(4)));
        mvc.perform(get("/api/reports").param("year", "2023").param("block", "KHOI_HUYEN_TP").with(user("thanhtra")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("block"));
        for (String path : List.of("/api/reports", "/api/reports/steps", "/api/reports/units.xlsx")) {
            mvc.perform(get(path).param("year", "hai nghìn").with(user("thanhtra")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Yêu cầu thiếu hoặc sai tham số"))
                    .andExpect(jsonPath("$.detail").value("Thiếu hoặc sai tham số: year"))
                    .andExpect(jsonPath("$.detailEn").value("Missing or invalid parameter: year"))
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        mvc.perform(get("/api/reports").param("year", "1800").with(user("thanhtra")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Four dossiers of 2023 (the year has no other data): Sìn Hồ's communes Pu Sam Cáp (awarded, in a movement) and
     * Nậm Tăm (rejected), the district of Sìn Hồ itself (awarded, Bằng khen), Than Uyên's commune Phúc Than (in
     * progress, its supplementation overdue).
     */
    void fourDossiersOf2023() {
        long n1 = nomination("LC-2023-900001", "pusamcap", "LDTT", "NTM_GNBV_2016_2020", "INDIVIDUAL", "AWARDED", "2023-04-26");
        step(n1, "prepareDossier", "submit", "2023-04-27");
        step(n1, "communeReview", "approve", "2023-05-04");
        step(n1, "decision", "approve", "2023-05-05");
        award(n1, "pusamcap", "LDTT", "NTM_GNBV_2016_2020", "INDIVIDUAL", 1_000_000L);
        long n2 = nomination("LC-2023-900002", "namtam", "LDTT", null, "COLLECTIVE", "REJECTED", "2023-04-26");
        step(n2, "prepareDossier", "submit", "2023-04-28");
        step(n2, "communeReview", "reject", "2023-05-08");
        long n3 = nomination("LC-2023-900003", "phucthan", "BK_TINH", null, "HOUSEHOLD", "IN_PROGRESS", "2023-09-05");
        step(n3, "prepareDossier", "submit", "2023-09-06");
        step(n3, "communeReview", "return", "2023-09-07");
        step(n3, "handleOverdueSupplementation", "overdue", "2023-09-18");
        long n4 = nomination("LC-2023-900004", "sinho", "BK_TINH", null, "INDIVIDUAL", "AWARDED", "2023-10-02");
        award(n4, "sinho", "BK_TINH", null, "INDIVIDUAL", 2_980_000L);
    }

    private long nomination(String code, String unit, String kind, String movement, String nomineeKind, String status, String filedOn) {
        OffsetDateTime at = OffsetDateTime.parse(filedOn + "T10:00:00+07:00");
        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, movement_code, nominee_kind, nominee_name, achievements, "
                        + "status, created_by, created_at, updated_at) VALUES (?, 2023, ?, ?, ?, ?, ?, 'Thành tích minh hoạ', ?, 'xa.pusamcap', ?, ?)",
                code, unit, kind, movement, nomineeKind, "Đối tượng minh hoạ " + code, status, at, at);
        return jdbc.queryForObject("SELECT id FROM nomination WHERE code = ?", Long.class, code);
    }

    private void step(long nomination, String step, String outcome, String on) {
        // As the nomination feature writes it: the step starts when the dossier's latest step ended, or at the filing.
        OffsetDateTime at = OffsetDateTime.parse(on + "T10:00:00+07:00");
        jdbc.update("INSERT INTO nomination_step (nomination_id, year, step, outcome, actor, acted_at, ended_on, started_on) SELECT n.id, n.year, ?, ?, "
                        + "'xa.pusamcap', ?, CAST(? AS DATE), CAST(COALESCE((SELECT MAX(s.acted_at) FROM nomination_step s WHERE s.nomination_id = n.id), "
                        + "n.created_at) AS DATE) FROM nomination n WHERE n.id = ?",
                step, outcome, at, at, nomination);
    }

    private void award(long nomination, String unit, String kind, String movement, String nomineeKind, long amount) {
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, movement_code, year, nominee_kind, nominee_name, decision_number, "
                        + "decision_date, signer, recorded_at, reward_amount) VALUES (?, ?, ?, ?, 2023, ?, 'Đối tượng minh hoạ', '9/QĐ-UBND', "
                        + "DATE '2023-12-20', 'tinh.chutich', ?, ?)",
                nomination, kind, unit, movement, nomineeKind, OffsetDateTime.parse("2023-12-20T10:00:00+07:00"), amount);
    }
}
