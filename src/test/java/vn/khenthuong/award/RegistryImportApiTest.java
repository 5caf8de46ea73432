package vn.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.eligibility.Finding;
import vn.khenthuong.testsupport.Registry;

/**
 * The registry of past years (issue 16, point 2): the template's round trip, every kind of row error, duplicates, the
 * same file twice, eligibility counting imported awards as filed ones, wrong users and malformed files — and that a
 * refused upload writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryImportApiTest {

    static final String TEMPLATE = "/api/award-registry/import-template.xlsx";
    static final String IMPORTS = "/api/award-registry/imports";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired AwardRegistry awards;
    @Autowired Eligibility eligibility;
    @Autowired RegistryImports imports;

    byte[] template() throws Exception {
        return mvc.perform(get(TEMPLATE).with(user("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /**
     * The downloaded template with rows filled in as a person would: dates as date cells in the column's format, money
     * and years as numbers, drop-down columns with the list's own texts. Each row: number, date, signer, award kind,
     * nominee kind, name, birth year, position, unit, money, year, procedure kind.
     */
    byte[] filled(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(RegistryTemplate.SHEET);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (sheet.getColumnStyle(c) != null) {
                        cell.setCellStyle(sheet.getColumnStyle(c));
                    }
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A row of the template: an individual of Pu Sam Cáp with a Bằng khen tỉnh, unless the caller changes a cell. */
    static Object[] row(String number, Object date, String name, Integer birthYear) {
        return new Object[] {number, date, "Chủ tịch UBND tỉnh Lai Châu", "Bằng khen của Chủ tịch UBND tỉnh (BK_TINH)", "Cá nhân", name, birthYear,
                "Trưởng bản", "Xã Pu Sam Cáp (pusamcap)", 1_490_000, null, null};
    }

    static Object[] with(Object[] row, RegistryColumn column, Object value) {
        Object[] copy = Arrays.copyOf(row, row.length);
        copy[column.ordinal()] = value;
        return copy;
    }

    ResultActions upload(String who, byte[] content, boolean validRowsOnly) throws Exception {
        return mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "so-cu.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                .param("validRowsOnly", String.valueOf(validRowsOnly)).with(csrf()).with(user(who)));
    }

    long written() {
        return jdbc.queryForObject("select count(*) from award where source = 'IMPORTED'", Long.class)
                + jdbc.queryForObject("select count(*) from award_import", Long.class) * 1_000_000
                + jdbc.queryForObject("select count(*) from audit_event where event_type = 'AWARD_REGISTRY_IMPORTED'", Long.class) * 1_000_000_000L;
    }

    /** The registry page asks what the official may do instead of probing refused requests; the doors themselves still refuse. */
    @Test
    void thePageIsToldWhoImportsAndWhoReadsPastImports() throws Exception {
        mvc.perform(get("/api/award-registry/access").with(user("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayImport").value(true)).andExpect(jsonPath("$.mayReadImports").value(true));
        mvc.perform(get("/api/award-registry/access").with(user("thanhtra"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayImport").value(false)).andExpect(jsonPath("$.mayReadImports").value(true));
        mvc.perform(get("/api/award-registry/access").with(user("tinh.thamdinh"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayImport").value(false)).andExpect(jsonPath("$.mayReadImports").value(false));
        mvc.perform(get("/api/award-registry/imports").with(user("tinh.thamdinh"))).andExpect(status().isForbidden());
    }

    @Test
    void theTemplateComesBackFilledAndItsLinesAreInTheRegistryMarkedImportedWithTheFilesHashInTheTrail() throws Exception {
        byte[] blank = template();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            Row header = wb.getSheet(RegistryTemplate.SHEET).getRow(0);
            for (RegistryColumn c : RegistryColumn.values()) {
                assertThat(header.getCell(c.ordinal()).getStringCellValue()).startsWith(c.header());
            }
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Số quyết định *");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(RegistryTemplate.LISTS))).isTrue();
            XSSFSheet sheet = wb.getSheet(RegistryTemplate.SHEET);
            assertThat(sheet.getDataValidations()).hasSize(4);
            List<String> units = new ArrayList<>();
            wb.getSheet(RegistryTemplate.LISTS).forEach(r -> {
                if (r.getCell(2) != null) {
                    units.add(r.getCell(2).getStringCellValue());
                }
            });
            assertThat(units).contains("Xã Pu Sam Cáp (pusamcap)", "Huyện Phong Thổ (phongtho)");
        }

        byte[] file = filled(row("101/QĐ-UBND", LocalDate.of(2022, 12, 20), "Lò Văn Khứ", 1978),
                with(with(row("15/QĐ.UB", LocalDate.of(2018, 1, 10), "Tổ hợp tác Nà Khum", null), RegistryColumn.NOMINEE_KIND, "Tập thể"),
                        RegistryColumn.YEAR, 2017));
        String body = upload("admin", file, false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.sha256").value(RegistryImports.sha256(file)))
                .andReturn().getResponse().getContentAsString();
        long importId = com.jayway.jsonpath.JsonPath.<Number>read(body, "$.importId").longValue();

        AwardEntry person = awards.search("lo van khu", "pusamcap", 2022).get(0);
        assertThat(person.source()).isEqualTo(AwardSource.IMPORTED);
        assertThat(person.importId()).isEqualTo(importId);
        assertThat(person.nominationCode()).isNull();
        assertThat(person.decisionDate()).isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(person.rewardAmount()).isEqualTo(1_490_000L);
        assertThat(person.awardKindCode()).isEqualTo("BK_TINH");
        // An older way of numbering (before 05/03/2020) is accepted; the year of achievement may precede the decision's.
        AwardEntry collective = awards.search("to hop tac na khum", null, null).get(0);
        assertThat(collective.decisionNumber()).isEqualTo("15/QĐ.UB");
        assertThat(collective.year()).isEqualTo(2017);
        assertThat(collective.nomineeKind()).isEqualTo("COLLECTIVE");

        mvc.perform(get("/api/awards").param("nominee", "Lò Văn Khứ").with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].source").value("IMPORTED"))
                .andExpect(jsonPath("$[0].sourceLabel").value("Nhập từ sổ cũ"));
        mvc.perform(get(IMPORTS).with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + importId + ")].fileName").value("so-cu.xlsx"))
                .andExpect(jsonPath("$[?(@.id == " + importId + ")].importedBy").value("admin"));
        assertThat(jdbc.queryForMap("select actor, nomination_code, details from audit_event where event_type = 'AWARD_REGISTRY_IMPORTED' "
                + "and details like ?", "%" + RegistryImports.sha256(file) + "%"))
                .containsEntry("ACTOR", "admin").containsEntry("NOMINATION_CODE", null)
                .satisfies(m -> assertThat((String) m.get("DETAILS")).contains("\"imported\":2").contains("so-cu.xlsx"));
        assertThat(jdbc.queryForObject("select source from award where id = ?", String.class, person.id())).isEqualTo("IMPORTED");

        // The administrators' page: template, upload, row report, imports, and the registry search marking imported lines.
        String page = new String(mvc.perform(get("/so-khen-thuong.html").with(user("admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Sổ khen thưởng các năm trước", "/api/award-registry/import-template.xlsx", "Chỉ nhập các dòng hợp lệ");
        String script = new String(mvc.perform(get("/so-khen-thuong.js").with(user("admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).contains("'nhập từ sổ cũ'", "/api/award-registry/imports", "/api/awards");
    }

    @Test
    void everyKindOfRowErrorIsReportedByRowAndColumnAndNothingIsWrittenUnlessOnlyValidRowsAreAsked() throws Exception {
        Object[] good = row("202/QĐ-UBND", LocalDate.of(2023, 6, 1), "Giàng A Phềnh", 1980);
        byte[] file = filled(good,
                with(row("203/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 3", 1980), RegistryColumn.AWARD_KIND, "Huân chương không có"),
                with(row("204/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 4", 1980), RegistryColumn.UNIT, "Xã Không Tồn Tại"),
                row("205/QĐ-UBND", LocalDate.now().plusDays(3), "Dòng lỗi 5", 1980),
                row("206 QĐ UBND", LocalDate.of(2021, 6, 1), "Dòng lỗi 6", 1980),
                with(row("207/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 7", 1980), RegistryColumn.MONEY, -5),
                row("208/QĐ-UBND", LocalDate.of(2023, 6, 1), null, 1980),
                with(with(row("209/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 9", 1980), RegistryColumn.AWARD_KIND, "Lao động tiên tiến (LDTT)"),
                        RegistryColumn.NOMINEE_KIND, "Hộ gia đình"),
                with(row("210/QĐ-UBND", LocalDate.of(2025, 8, 1), "Dòng lỗi 10", 1980), RegistryColumn.UNIT, "Huyện Phong Thổ (phongtho)"),
                row("211/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 11", 1850),
                row("212/QĐ-UBND", "31/02/2023", "Dòng lỗi 12", 1980),
                with(row("213/QĐ-UBND", LocalDate.of(2023, 6, 1), "Dòng lỗi 13", 1980), RegistryColumn.PROCEDURE_KIND, "Bất thường"));
        long before = written();
        upload("admin", file, false)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Sổ khen thưởng không được nhập"))
                .andExpect(jsonPath("$.detail", containsString("11 dòng có lỗi")))
                .andExpect(jsonPath("$.detailEn", containsString("nothing was imported")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].column").value("D"))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].message").value("Không có hình thức khen thưởng «Huân chương không có» trong danh mục"))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].column").value("I"))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message").value("Ngày quyết định sau hôm nay: chỉ nhập quyết định đã ký"))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].message")
                        .value("Số quyết định từ ngày 05/03/2020 phải theo dạng 1234/QĐ-UBND, 123/QĐ-TTg"))
                .andExpect(jsonPath("$.errors[?(@.row == 7)].message").value("Số tiền không được âm"))
                .andExpect(jsonPath("$.errors[?(@.row == 8)].field").value("Họ tên/tên tập thể"))
                .andExpect(jsonPath("$.errors[?(@.row == 9)].message").value("Lao động tiên tiến không xét cho hộ gia đình"))
                .andExpect(jsonPath("$.errors[?(@.row == 10)].message").value("Huyện Phong Thổ chưa có hoặc không còn vào ngày quyết định"))
                .andExpect(jsonPath("$.errors[?(@.row == 11)].column").value("G"))
                .andExpect(jsonPath("$.errors[?(@.row == 12)].message").value("Ngày quyết định không đọc được (ghi dạng 20/12/2019)"))
                .andExpect(jsonPath("$.errors[?(@.row == 13)].column").value("L"))
                .andExpect(jsonPath("$.errors[?(@.row == 2)]").isEmpty())
                .andExpect(jsonPath("$.report.rejected").value(11));
        assertThat(written()).isEqualTo(before);
        assertThat(awards.search("Giàng A Phềnh", null, null)).isEmpty();

        upload("admin", file, true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(11))
                .andExpect(jsonPath("$.problems[*].row", hasItem(13)));
        assertThat(awards.search("Giàng A Phềnh", "pusamcap", 2023)).hasSize(1);
        assertThat(awards.search("dong loi", null, null)).isEmpty();
    }

    @Test
    void duplicatesInTheFileAndInTheRegistryAreReportedNotImportedAndTheSameFileTwiceImportsNothing() throws Exception {
        // A line filed through a nomination, decided by 301/QĐ-UBND.
        String code = new Registry(jdbc).nomination("pusamcap", "BK_TINH", 2023, "PERIODIC", "INDIVIDUAL", "Sùng Thị Dua", null, "AWARDED");
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, year, nominee_kind, nominee_name, nominee_name_folded, "
                + "decision_number, decision_date, signer, recorded_at) SELECT id, award_kind_code, unit_code, year, nominee_kind, nominee_name, "
                + "'sung thi dua', '301/QĐ-UBND', ?, 'Chủ tịch UBND tỉnh', ? FROM nomination WHERE code = ?",
                LocalDate.of(2023, 12, 1), OffsetDateTime.now(ZoneOffset.UTC), code);

        byte[] file = filled(row("301/QĐ-UBND", LocalDate.of(2023, 12, 1), "SÙNG THỊ DUA", 1990),
                row("302/QĐ-UBND", LocalDate.of(2023, 12, 1), "Lý Văn Tẩn", 1975),
                row("302/QĐ-UBND", LocalDate.of(2023, 12, 1), "Ly Van Tan", 1975),
                row("302/QĐ-UBND", LocalDate.of(2023, 12, 1), "Lý Văn Tẩn", 1999));
        String first = upload("admin", file, false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.duplicates").value(2))
                .andExpect(jsonPath("$.duplicateRows[?(@.row == 2)].message", hasItem(containsString("Đã có trong sổ khen thưởng"))))
                .andExpect(jsonPath("$.duplicateRows[?(@.row == 4)].sameAsRow", hasItem(3)))
                .andReturn().getResponse().getContentAsString();
        long importId = com.jayway.jsonpath.JsonPath.<Number>read(first, "$.importId").longValue();
        // Two namesakes born in different years are two people.
        assertThat(awards.search("ly van tan", "pusamcap", 2023)).hasSize(2);
        assertThat(awards.search("sung thi dua", "pusamcap", 2023)).hasSize(1);

        long before = written();
        upload("admin", file, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.duplicates").value(4))
                .andExpect(jsonPath("$.importId").doesNotExist())
                .andExpect(jsonPath("$.previousImportId").value(importId));
        assertThat(written()).isEqualTo(before);
        assertThat(awards.search("ly van tan", "pusamcap", 2023)).hasSize(2);
    }

    @Test
    void theSameFileUploadedTwiceAtOnceIsImportedOnce() throws Exception {
        byte[] file = filled(row("501/QĐ-UBND", LocalDate.of(2024, 5, 5), "Tao Thị Đồng", 1988),
                row("501/QĐ-UBND", LocalDate.of(2024, 5, 5), "Tao Văn Pọm", 1984));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<RegistryImports.Report>> reports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                reports.add(two.submit(() -> {
                    start.await();
                    return imports.importWorkbook("cung-luc.xlsx", file, "admin", false);
                }));
            }
            start.countDown();
            List<Integer> imported = new ArrayList<>();
            for (var r : reports) {
                imported.add(r.get(60, java.util.concurrent.TimeUnit.SECONDS).imported());
            }
            assertThat(imported).containsExactlyInAnyOrder(2, 0);
        } finally {
            two.shutdownNow();
        }
        assertThat(awards.search("tao thi dong", "pusamcap", 2024)).hasSize(1);
        assertThat(awards.search("tao van pom", "pusamcap", 2024)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from award_import where file_sha256 = ?", Long.class, RegistryImports.sha256(file)))
                .isEqualTo(1);
    }

    @Test
    void importedAwardsCountForEligibilityExactlyAsFiledOnes() throws Exception {
        Registry registry = new Registry(jdbc);
        // Bằng khen tỉnh 2025 for an individual: 02 consecutive years of Chiến sĩ thi đua cơ sở (processes/eligibility.dmn).
        String imported = registry.nomination("pusamcap", "BK_TINH", 2025, "PERIODIC", "INDIVIDUAL", "Vàng Thị Mỷ", null, "IN_PROGRESS");
        String filed = registry.nomination("pusamcap", "BK_TINH", 2025, "PERIODIC", "INDIVIDUAL", "Vàng Thị Mẩy", null, "IN_PROGRESS");
        String adHoc = registry.nomination("pusamcap", "BK_TINH", 2025, "PERIODIC", "INDIVIDUAL", "Vàng Thị Mai Anh", null, "IN_PROGRESS");
        for (String code : List.of(imported, filed, adHoc)) {
            assertThat(eligibility.preview(code).findings()).as(code).anyMatch(f -> f.rule().equals("bangKhenTinhTwoCstdCoSo"));
        }

        String cstd = "Chiến sĩ thi đua cơ sở (CSTD_CS)";
        upload("admin", filled(
                with(with(row("45/QĐ-UBND", LocalDate.of(2024, 12, 20), "Vàng Thị Mỷ", 1985), RegistryColumn.AWARD_KIND, cstd), RegistryColumn.MONEY, null),
                with(with(row("51/QĐ-UBND", LocalDate.of(2025, 12, 18), "Vàng Thị Mỷ", 1985), RegistryColumn.AWARD_KIND, cstd), RegistryColumn.MONEY, null),
                with(row("46/QĐ-UBND", LocalDate.of(2024, 12, 20), "Vàng Thị Mai Anh", 1986), RegistryColumn.AWARD_KIND, cstd),
                with(with(row("52/QĐ-UBND", LocalDate.of(2025, 12, 18), "Vàng Thị Mai Anh", 1986), RegistryColumn.AWARD_KIND, cstd),
                        RegistryColumn.PROCEDURE_KIND, "Đột xuất")), false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(4));
        registry.award("pusamcap", "CSTD_CS", 2024, "PERIODIC", "Vàng Thị Mẩy", null);
        registry.award("pusamcap", "CSTD_CS", 2025, "PERIODIC", "Vàng Thị Mẩy", null);

        assertThat(eligibility.preview(imported).findings()).noneMatch(f -> f.rule().equals("bangKhenTinhTwoCstdCoSo"));
        assertThat(eligibility.preview(filed).findings()).noneMatch(f -> f.rule().equals("bangKhenTinhTwoCstdCoSo"));
        // An imported ad hoc award is not a prerequisite, as a filed one would not be.
        Finding stillMissing = eligibility.preview(adHoc).findings().stream().filter(f -> f.rule().equals("bangKhenTinhTwoCstdCoSo")).findFirst()
                .orElseThrow();
        assertThat(stillMissing.message()).contains("năm 2025").contains("đột xuất năm 2025 không được tính làm căn cứ");
    }

    @Test
    void onlyAdministratorsDownloadAndImportAndAWrongUserWritesNothing() throws Exception {
        byte[] file = filled(row("401/QĐ-UBND", LocalDate.of(2023, 3, 3), "Người thử quyền", 1970));
        long before = written();
        for (String who : List.of("tinh.thamdinh", "thanhtra", "xa.pusamcap")) {
            mvc.perform(get(TEMPLATE).with(user(who)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Không có quyền"));
            upload(who, file, false)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detailEn").value("only administrators may import the registry of past years"));
            upload(who, file, true).andExpect(status().isForbidden());
        }
        mvc.perform(get(IMPORTS).with(user("xa.pusamcap"))).andExpect(status().isForbidden());
        mvc.perform(get(IMPORTS).with(user("tinh.thamdinh"))).andExpect(status().isForbidden());
        mvc.perform(get(IMPORTS).with(user("thanhtra"))).andExpect(status().isOk());
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "x.xlsx", null, file)).with(csrf())).andExpect(status().isUnauthorized());
        // Without the CSRF token a browser session cannot post either.
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "x.xlsx", null, file)).with(user("admin")))
                .andExpect(status().isForbidden());
        assertThat(written()).isEqualTo(before);
        assertThat(awards.search("Người thử quyền", null, null)).isEmpty();
    }

    @Test
    void aFileThatIsNotAFilledTemplateIsA400InVietnameseAndEnglishAndWritesNothing() throws Exception {
        long before = written();
        upload("admin", "đây không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tệp không đúng mẫu"))
                .andExpect(jsonPath("$.detail").value("Tệp không đọc được như bảng tính Excel (.xlsx); hãy tải mẫu, điền rồi tải lên lại"))
                .andExpect(jsonPath("$.detailEn").value("the file is not a readable .xlsx workbook"));
        upload("admin", new byte[0], false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp rỗng"));
        upload("admin", template(), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").value("the sheet has no rows below its header"));
        byte[] zipNotWorkbook = zipWithOneEntry();
        upload("admin", zipNotWorkbook, false).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Tệp không đúng mẫu"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = wb.createSheet("Trang 1").createRow(0);
            header.createCell(0).setCellValue("Số quyết định");
            header.createCell(1).setCellValue("Họ và tên");
            wb.getSheet("Trang 1").createRow(1).createCell(0).setCellValue("1/QĐ-UBND");
            wb.write(out);
            upload("admin", out.toByteArray(), false)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("Tệp không theo mẫu: thiếu cột Ngày quyết định")))
                    .andExpect(jsonPath("$.detailEn", containsString("missing columns")));
        }
        assertThat(written()).isEqualTo(before);
    }

    private static byte[] zipWithOneEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
