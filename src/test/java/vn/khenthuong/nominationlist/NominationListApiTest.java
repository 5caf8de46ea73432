package vn.khenthuong.nominationlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * /api/nomination-lists: the template filled and uploaded back (round trip), the row report for every kind of error,
 * the two filing modes, a file uploaded twice, documents from a .zip, wrong users and files that are no list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NominationListApiTest {

    static final String OFFICIAL = "xa.pusamcap";
    static final String OTHER_COMMUNE = "xa.phucthan";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int YEAR = LocalDate.now().getYear();
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.khenthuong.audit.AuditLog audit;
    final ObjectMapper json = new ObjectMapper();

    // ----- helpers -------------------------------------------------------------------------------------------------

    /** A name no other test (nor an earlier run against the same database) uses. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String cccd() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    /** Columns A–O of one row, by the headers' order; null leaves the cell empty. */
    static String[] individual(String name) {
        return new String[] {"Cá nhân", "BK_TINH - Bằng khen của Chủ tịch UBND tỉnh", name, "1985", "Nam", cccd(), "Trưởng bản Pu Sam Cáp",
                "Bản Pu Sam Cáp", null, null, null, null, "Thường xuyên", String.valueOf(YEAR), "Vận động Nhân dân hiến đất làm 3 km đường."};
    }

    static String[] collective(String name) {
        return new String[] {"Tập thể", "BK_TINH", name, null, null, null, null, "Xã Pu Sam Cáp", "15", "Lò Văn Ơn", null, null, null, null,
                "Đàn thỏ phát triển thêm 920 con."};
    }

    static String[] household(String head) {
        return new String[] {"Hộ gia đình", "GK_XA - Giấy khen của Chủ tịch UBND xã", null, null, null, null, null, "Bản Thẩm Phé", "6", head,
                null, null, null, null, "Hiến 500 m² đất làm nhà văn hoá bản."};
    }

    static List<String[]> rows(String[]... rows) {
        return List.of(rows);
    }

    static String[] with(String[] row, Column column, String value) {
        String[] copy = java.util.Arrays.copyOf(row, Math.max(row.length, column.index() + 1));
        copy[column.index()] = value;
        return copy;
    }

    byte[] template(String user) throws Exception {
        return mvc.perform(get("/api/nomination-lists/template.xlsx").with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The downloaded template, filled with POI as an official's spreadsheet program would. */
    byte[] filled(List<String[]> lines) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(OFFICIAL))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(ListTemplate.LIST_SHEET);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < lines.get(r).length; c++) {
                    String v = lines.get(r)[c];
                    if (v == null) {
                        continue;
                    }
                    boolean number = (c == Column.BIRTH_YEAR.index() || c == Column.MEMBER_COUNT.index() || c == Column.YEAR.index()) && v.matches("\\d+");
                    if (number) {
                        row.createCell(c).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    MockMultipartHttpServletRequestBuilder upload(byte[] file, String mode, String user) {
        MockMultipartHttpServletRequestBuilder b = multipart("/api/nomination-lists");
        b.file(new MockMultipartFile("file", "danh-sach.xlsx", XLSX, file));
        if (mode != null) {
            b.param("mode", mode);
        }
        b.with(user(user)).with(csrf());
        return b;
    }

    JsonNode post(byte[] file, String mode, int expectedStatus) throws Exception {
        MvcResult r = mvc.perform(upload(file, mode, OFFICIAL)).andExpect(status().is(expectedStatus)).andReturn();
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static Map<Integer, JsonNode> rowsByNumber(JsonNode report) {
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        report.get("rows").forEach(r -> rows.put(r.get("row").asInt(), r));
        return rows;
    }

    int nominationsNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE nominee_name = ?", Integer.class, name);
    }

    int lists() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM nomination_list", Integer.class);
    }

    // ----- the template ---------------------------------------------------------------------------------------------

    @Test
    void theTemplateHasVietnameseHeadersDropDownsOfTodaysChoicesAndAGuide() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(OFFICIAL)))) {
            XSSFSheet list = wb.getSheet(ListTemplate.LIST_SHEET);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Loại đối tượng (*)");
            assertThat(list.getRow(0).getCell(Column.ACHIEVEMENTS.index()).getStringCellValue()).isEqualTo("Tóm tắt thành tích (*)");
            List<? extends DataValidation> validations = list.getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("DS_DOI_TUONG", "DS_KHEN_THUONG", "DS_GIOI_TINH", "DS_PHONG_TRAO", "DS_LOAI_KHEN_THUONG", "DS_CO_KHONG");
            assertThat(list.getRow(0).getCell(Column.POSTHUMOUS.index()).getStringCellValue()).isEqualTo("Truy tặng");
            assertThat(list.getRow(0).getCell(Column.RECEIVER_NAME.index()).getStringCellValue()).isEqualTo("Thân nhân nhận thay (khi truy tặng)");
            assertThat(validations).filteredOn(v -> "DS_CO_KHONG".equals(v.getValidationConstraint().getFormula1())).singleElement()
                    .satisfies(v -> assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(Column.POSTHUMOUS.index()));
            assertThat(wb.getName("DS_CO_KHONG").getRefersToFormula()).isEqualTo("'Danh mục'!$F$2:$F$3");
            assertThat(wb.getSheet(ListTemplate.CHOICES_SHEET).getRow(1).getCell(5).getStringCellValue()).isEqualTo("Có");
            assertThat(wb.getSheet(ListTemplate.CHOICES_SHEET).getRow(2).getCell(5).getStringCellValue()).isEqualTo("Không");
            Sheet choices = wb.getSheet(ListTemplate.CHOICES_SHEET);
            assertThat(wb.isSheetHidden(wb.getSheetIndex(choices))).isTrue();
            List<String> awardKinds = new ArrayList<>();
            for (int r = 1; r <= choices.getLastRowNum(); r++) {
                if (choices.getRow(r).getCell(1) != null) {
                    awardKinds.add(choices.getRow(r).getCell(1).getStringCellValue());
                }
            }
            // Two-tier local government since 1 July 2025: no district chairman's Giấy khen for this year's dossiers.
            assertThat(awardKinds).contains("BK_TINH - Bằng khen của Chủ tịch UBND tỉnh", "GK_XA - Giấy khen của Chủ tịch UBND xã")
                    .noneMatch(k -> k.startsWith("GK_HUYEN"));
            assertThat(wb.getSheet(ListTemplate.GUIDE_SHEET).getRow(0).getCell(0).getStringCellValue()).startsWith("HƯỚNG DẪN LẬP DANH SÁCH");
            assertThat(wb.getName("DS_GIOI_TINH").getRefersToFormula()).isEqualTo("'Danh mục'!$C$2:$C$3");
        }
    }

    // ----- the round trip -------------------------------------------------------------------------------------------

    @Test
    void aFilledTemplateFilesEveryRowAsAnOrdinaryNomination() throws Exception {
        String person = unique("Giàng A Chứ");
        String group = unique("Tổ hợp tác nuôi thỏ");
        String head = unique("Lò Văn Pọm");
        // The household row keeps the movement drop-down's placeholder (no movement open): it names no movement.
        JsonNode report = post(filled(rows(individual(person), collective(group), with(household(head), Column.MOVEMENT, ListTemplate.NO_MOVEMENT))),
                "VALID_ROWS", 201);

        assertThat(report.get("rowCount").asInt()).isEqualTo(3);
        assertThat(report.get("filedCount").asInt()).isEqualTo(3);
        assertThat(report.get("invalidCount").asInt()).isZero();
        assertThat(report.get("alreadyFiled").asBoolean()).isFalse();
        Map<Integer, JsonNode> rows = rowsByNumber(report);
        assertThat(rows.keySet()).containsExactly(2, 3, 4);
        for (JsonNode r : rows.values()) {
            assertThat(r.get("outcome").asText()).isEqualTo("FILED");
            String code = r.get("code").asText();
            assertThat(code).startsWith("LC-" + YEAR + "-");
            // The same filing as the form's: row, audit, process started with the code as business key.
            assertThat(jdbc.queryForObject("SELECT created_by FROM nomination WHERE code = ?", String.class, code)).isEqualTo(OFFICIAL);
            assertThat(jdbc.queryForObject("SELECT unit_code FROM nomination WHERE code = ?", String.class, code)).isEqualTo("pusamcap");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE nomination_code = ? AND event_type = 'NOMINATION_FILED'",
                    Integer.class, code)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?", Integer.class, code)).isPositive();
        }
        assertThat(nominationsNamed(person)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT nominee_kind FROM nomination WHERE nominee_name = ?", String.class, group)).isEqualTo("COLLECTIVE");
        assertThat(jdbc.queryForObject("SELECT award_kind_code FROM nomination WHERE head_name = ?", String.class, head)).isEqualTo("GK_XA");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE head_name = ? AND movement_code IS NULL", Integer.class, head)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT nominee_gender FROM nomination WHERE nominee_name = ?", String.class, person)).isEqualTo("MALE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE event_type = 'NOMINATION_LIST_FILED' AND actor = ? AND details LIKE ?",
                Integer.class, OFFICIAL, "%\"listId\":" + report.get("id").asLong() + ",%")).isEqualTo(1);
        // The list's row is a link of the global chain, the nominations' rows of their own: every chain still verifies.
        assertThat(audit.verify().valid()).isTrue();
    }

    /**
     * A chunk's process starts run in one engine command (NominationLists.fileChunk): across a chunk's end each row is
     * still its own nomination, its own process instance started by the official and waiting for its documents, with
     * its own audit row, and the codes follow the rows.
     */
    @Test
    void aListLongerThanAChunkFilesEachRowAsItsOwnProcessInstanceWaitingForItsDocuments() throws Exception {
        String prefix = unique("Lường Văn Lô");
        List<String[]> lines = new java.util.ArrayList<>();
        for (int i = 0; i < NominationLists.CHUNK + 3; i++) {
            lines.add(individual(prefix + " " + i));
        }
        JsonNode report = post(filled(lines), "VALID_ROWS", 201);

        assertThat(report.get("filedCount").asInt()).isEqualTo(lines.size());
        List<String> codes = new java.util.ArrayList<>();
        rowsByNumber(report).forEach((row, r) -> {
            assertThat(r.get("outcome").asText()).isEqualTo("FILED");
            String code = r.get("code").asText();
            codes.add(code);
            assertThat(jdbc.queryForObject("SELECT nominee_name FROM nomination WHERE code = ?", String.class, code)).isEqualTo(prefix + " " + (row - 2));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL", Integer.class, code))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                    + "WHERE e.BUSINESS_KEY_ = ?", String.class, code)).isEqualTo("prepareDossier");
            assertThat(jdbc.queryForObject("SELECT p.START_USER_ID_ FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = ?", String.class, code))
                    .isEqualTo(OFFICIAL);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE nomination_code = ? AND event_type = 'NOMINATION_FILED'",
                    Integer.class, code)).isEqualTo(1);
        });
        // Consecutive codes in the rows' order: each row took the next number of the year, as one filing after another does.
        for (int i = 1; i < codes.size(); i++) {
            int previous = Integer.parseInt(codes.get(i - 1).substring(codes.get(i - 1).lastIndexOf('-') + 1));
            assertThat(Integer.parseInt(codes.get(i).substring(codes.get(i).lastIndexOf('-') + 1))).isEqualTo(previous + 1);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    // ----- the row report -------------------------------------------------------------------------------------------

    @Test
    void theRowReportNamesRowColumnAndReasonForEveryKindOfError() throws Exception {
        String twice = unique("Trùng Văn Lặp");
        String[] duplicated = individual(twice);
        List<String[]> lines = rows(
                individual(unique("Hợp Lệ")),                                                     // 2 valid
                with(individual(unique("Thiếu Thành Tích")), Column.ACHIEVEMENTS, null),          // 3 missing required cell
                with(individual(unique("Sai Mã")), Column.AWARD_KIND, "KHONG_CO"),                // 4 unknown award kind
                with(individual(unique("Huyện Cũ")), Column.AWARD_KIND, "GK_HUYEN"),              // 5 not allowed today (two tiers)
                with(individual(unique("Năm Chữ")), Column.BIRTH_YEAR, "một chín tám lăm"),        // 6 birth year not a number
                with(individual(unique("Năm Xa")), Column.BIRTH_YEAR, "1850"),                    // 7 implausible birth year
                with(individual(unique("Giới Lạ")), Column.GENDER, "Khác"),                       // 8 bad gender
                with(individual(unique("Phong Trào Lạ")), Column.MOVEMENT, "PT_KHONG_CO - Không có"), // 9 unknown movement
                duplicated,                                                                        // 10
                duplicated,                                                                        // 11 duplicate of row 10
                with(individual(unique("Tổ Chức")), Column.NOMINEE_KIND, "Tổ chức"),              // 12 unknown nominee kind
                with(collective(unique("Tập Thể Lao Động")), Column.AWARD_KIND, "LDTT"),          // 13 award kind not for collectives
                with(individual(unique("Căn Cước Ngắn")), Column.ID_NUMBER, "12345"),             // 14 bad CCCD
                with(with(individual(unique("Huyện Năm Ngoái")), Column.AWARD_KIND, "GK_HUYEN"), Column.YEAR, "2025")); // 15 districts gone by end of 2025
        JsonNode report = post(filled(lines), "CHECK_ONLY", 201);

        assertThat(report.get("filedCount").asInt()).isZero();
        assertThat(report.get("validCount").asInt()).isEqualTo(2);
        assertThat(report.get("invalidCount").asInt()).isEqualTo(12);
        Map<Integer, JsonNode> byRow = rowsByNumber(report);
        assertThat(byRow.get(2).get("outcome").asText()).isEqualTo("VALID");
        assertThat(byRow.get(10).get("outcome").asText()).isEqualTo("VALID");
        assertProblem(byRow.get(3), "O", "achievements", "Cần tóm tắt thành tích");
        assertProblem(byRow.get(4), "B", "awardKindCode", "Không có danh hiệu/hình thức khen thưởng mã KHONG_CO");
        assertProblem(byRow.get(5), "B", "awardKindCode", "\"Giấy khen của Chủ tịch UBND huyện\" không áp dụng cho thành tích năm " + YEAR);
        assertProblem(byRow.get(15), "B", "awardKindCode", "chỉ áp dụng đến hết ngày 30/06/2025");
        assertProblem(byRow.get(6), "D", "nomineeBirthYear", "Năm sinh phải là một số");
        assertProblem(byRow.get(7), "D", "nomineeBirthYear", "Năm sinh 1850 không hợp lệ");
        assertProblem(byRow.get(8), "E", "nomineeGender", "Giới tính không hợp lệ: Khác");
        assertProblem(byRow.get(9), "L", "movementCode", "Không có phong trào thi đua mã PT_KHONG_CO");
        assertProblem(byRow.get(11), "F", "nomineeIdNumber", "Trùng đối tượng với dòng 10");
        assertProblem(byRow.get(12), "A", "nomineeKind", "Loại đối tượng \"Tổ chức\" không có trong danh sách");
        assertProblem(byRow.get(13), "B", "awardKindCode", "không xét cho tập thể");
        assertProblem(byRow.get(14), "F", "nomineeIdNumber", "Số căn cước công dân phải gồm 12 chữ số");
        assertThat(byRow.get(12).get("problems").get(0).get("columnName").asText()).isEqualTo("Loại đối tượng (*)");
        assertThat(byRow.get(12).get("problems").get(0).get("messageEn").asText()).isNotBlank();
        assertThat(nominationsNamed(twice)).isZero();

        // The same answer, read again and as the annotated sheet.
        long id = report.get("id").asLong();
        JsonNode again = json.readTree(mvc.perform(get("/api/nomination-lists/" + id).with(user(OFFICIAL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.get("rows")).isEqualTo(report.get("rows"));
        byte[] annotated = mvc.perform(get("/api/nomination-lists/" + id + "/report.xlsx").with(user(OFFICIAL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            Sheet sheet = wb.getSheet(ListTemplate.LIST_SHEET);
            int result = Column.values().length;
            assertThat(sheet.getRow(0).getCell(result).getStringCellValue()).isEqualTo("Kết quả kiểm tra");
            assertThat(sheet.getRow(1).getCell(result).getStringCellValue()).isEqualTo("Hợp lệ (chưa nộp)");
            assertThat(sheet.getRow(3).getCell(result).getStringCellValue()).startsWith("Cột B (Danh hiệu / hình thức khen thưởng (*)): Không có danh hiệu");
            assertThat(sheet.getRow(3).getCell(Column.AWARD_KIND.index()).getCellStyle().getFillForegroundColor()).isNotZero();
            assertThat(sheet.getRow(3).getCell(Column.NOMINEE_NAME.index()).getStringCellValue()).startsWith("Sai Mã");
        }
    }

    /**
     * Truy tặng through the list as through the form: "Có" with the receiver files a posthumous dossier; the form's own
     * checks refuse a receiver without the flag, a posthumous collective, a missing receiver, and a value not in the
     * drop-down — each in its column. "Không" or blank is not posthumous.
     */
    @Test
    void aPosthumousRowRoundTripsAndIsCheckedAsTheFormChecksIt() throws Exception {
        String dead = unique("Lò Văn Truy");
        String living = unique("Lò Văn Sống");
        String[] posthumous = with(with(with(individual(dead), Column.POSTHUMOUS, "Có"), Column.RECEIVER_NAME, "Lò Thị Mai"),
                Column.RECEIVER_RELATION, "vợ");
        List<String[]> lines = rows(
                posthumous,                                                                                         // 2 valid, posthumous
                with(individual(living), Column.POSTHUMOUS, "Không"),                                               // 3 valid, not posthumous
                with(with(individual(unique("Nhận Thay Thừa")), Column.POSTHUMOUS, "Không"), Column.RECEIVER_NAME, "Lò Thị Mai"), // 4
                with(with(with(collective(unique("Tập Thể Truy")), Column.POSTHUMOUS, "Có"), Column.RECEIVER_NAME, "Lò Văn Ơn"),
                        Column.RECEIVER_RELATION, "con"),                                                          // 5 collective
                with(individual(unique("Thiếu Người Nhận")), Column.POSTHUMOUS, "có"),                             // 6 no receiver
                with(individual(unique("Có Lẽ")), Column.POSTHUMOUS, "Có lẽ"));                                    // 7 not a choice
        JsonNode report = post(filled(lines), "VALID_ROWS", 201);

        assertThat(report.get("filedCount").asInt()).isEqualTo(2);
        Map<Integer, JsonNode> byRow = rowsByNumber(report);
        assertProblem(byRow.get(4), "P", "posthumous", "Chỉ ghi thân nhân nhận thay khi đề nghị truy tặng");
        assertProblem(byRow.get(5), "P", "posthumous", "Chỉ truy tặng cho cá nhân");
        assertProblem(byRow.get(6), "Q", "receiverName", "Cần họ và tên thân nhân nhận thay");
        assertProblem(byRow.get(6), "R", "receiverRelation", "Cần quan hệ của người nhận thay");
        assertProblem(byRow.get(7), "P", "posthumous", "chỉ ghi \"Có\" hoặc \"Không\"");
        Map<String, Object> filed = jdbc.queryForMap("SELECT posthumous, receiver_name, receiver_relation FROM nomination WHERE nominee_name = ?", dead);
        assertThat(filed).containsEntry("posthumous", true).containsEntry("receiver_name", "Lò Thị Mai").containsEntry("receiver_relation", "vợ");
        assertThat(jdbc.queryForObject("SELECT posthumous FROM nomination WHERE nominee_name = ?", Boolean.class, living)).isFalse();

        // The annotated sheet keeps the three columns as filed and puts the answer after them.
        byte[] annotated = mvc.perform(get("/api/nomination-lists/" + report.get("id").asLong() + "/report.xlsx").with(user(OFFICIAL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            Sheet sheet = wb.getSheet(ListTemplate.LIST_SHEET);
            assertThat(sheet.getRow(1).getCell(Column.POSTHUMOUS.index()).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(1).getCell(Column.RECEIVER_RELATION.index()).getStringCellValue()).isEqualTo("vợ");
            assertThat(sheet.getRow(0).getCell(Column.RECEIVER_RELATION.index() + 1).getStringCellValue()).isEqualTo("Kết quả kiểm tra");
        }
    }

    /** A list made from the template before the posthumous columns is still read, every row as not posthumous. */
    @Test
    void aListFromTheTemplateBeforeThePosthumousColumnsIsStillRead() throws Exception {
        String name = unique("Lò Văn Mẫu Cũ");
        byte[] file = filled(rows(individual(name)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row head = wb.getSheet(ListTemplate.LIST_SHEET).getRow(0);
            for (Column c : Column.ADDED_FOR_POSTHUMOUS) {
                head.removeCell(head.getCell(c.index()));
            }
            wb.write(out);
            file = out.toByteArray();
        }
        JsonNode report = post(file, "VALID_ROWS", 201);
        assertThat(report.get("filedCount").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT posthumous FROM nomination WHERE nominee_name = ?", Boolean.class, name)).isFalse();
    }

    static void assertProblem(JsonNode row, String column, String field, String messagePart) {
        assertThat(row.get("outcome").asText()).isEqualTo("INVALID");
        assertThat(row.get("problems")).as(row.toString())
                .anySatisfy(p -> {
                    assertThat(p.get("column").asText()).isEqualTo(column);
                    assertThat(p.get("field").asText()).isEqualTo(field);
                    assertThat(p.get("message").asText()).contains(messagePart);
                });
    }

    // ----- modes and idempotence ------------------------------------------------------------------------------------

    @Test
    void allOrNothingFilesNothingWhileOneRowFailsAndTheSameFileMayThenBeFiledRowByRow() throws Exception {
        String good = unique("Lò Văn Tốt");
        byte[] file = filled(rows(individual(good), with(individual(unique("Lò Văn Thiếu")), Column.POSITION, null)));

        JsonNode nothing = post(file, "ALL_OR_NOTHING", 201);
        assertThat(nothing.get("filedCount").asInt()).isZero();
        assertThat(rowsByNumber(nothing).get(2).get("outcome").asText()).isEqualTo("VALID");
        assertProblem(rowsByNumber(nothing).get(3), "G", "nomineePosition", "Cần chức vụ");
        assertThat(nominationsNamed(good)).isZero();

        // Nothing was filed from it, so the file is not "already filed": in VALID_ROWS mode its good row goes in.
        JsonNode some = post(file, "VALID_ROWS", 201);
        assertThat(some.get("filedCount").asInt()).isEqualTo(1);
        assertThat(some.get("invalidCount").asInt()).isEqualTo(1);
        assertThat(nominationsNamed(good)).isEqualTo(1);
    }

    @Test
    void allOrNothingFilesEveryRowWhenAllAreValid() throws Exception {
        String a = unique("Tòng Văn A");
        String b = unique("Tòng Thị B");
        JsonNode all = post(filled(rows(individual(a), individual(b))), "ALL_OR_NOTHING", 201);
        assertThat(all.get("filedCount").asInt()).isEqualTo(2);
        assertThat(nominationsNamed(a) + nominationsNamed(b)).isEqualTo(2);
    }

    @Test
    void theSameFileUploadedTwiceFilesNothingTwiceAndAnEditedCopyFilesOnlyItsNewRows() throws Exception {
        String first = unique("Vàng A Dính");
        String second = unique("Vàng Thị Mỷ");
        String[] firstRow = individual(first);
        String[] secondRow = household(second);
        byte[] file = filled(rows(firstRow, secondRow));
        JsonNode filed = post(file, "VALID_ROWS", 201);
        assertThat(filed.get("filedCount").asInt()).isEqualTo(2);
        int listsBefore = lists();

        JsonNode again = post(file, "VALID_ROWS", 200);
        assertThat(again.get("alreadyFiled").asBoolean()).isTrue();
        assertThat(again.get("id").asLong()).isEqualTo(filed.get("id").asLong());
        assertThat(lists()).isEqualTo(listsBefore);
        assertThat(nominationsNamed(first)).isEqualTo(1);

        // A copy with one row added (another file, another hash): the rows already filed are duplicates of their nominations.
        String third = unique("Vàng A Sử");
        JsonNode edited = post(filled(rows(firstRow, secondRow, individual(third))), "VALID_ROWS", 201);
        assertThat(edited.get("filedCount").asInt()).isEqualTo(1);
        Map<Integer, JsonNode> rows = rowsByNumber(edited);
        assertProblem(rows.get(2), "F", "nomineeIdNumber", "Trùng đối tượng với hồ sơ " + rowsByNumber(filed).get(2).get("code").asText());
        assertProblem(rows.get(3), "C", "nomineeName", "Trùng đối tượng với hồ sơ " + rowsByNumber(filed).get(3).get("code").asText());
        assertThat(rows.get(4).get("outcome").asText()).isEqualTo("FILED");
        assertThat(nominationsNamed(first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE head_name = ?", Integer.class, second)).isEqualTo(1);
    }

    // ----- documents ----------------------------------------------------------------------------------------------

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    @Test
    void documentsNamedByRowAttachToThatRowsDossierAndARefusedDocumentRefusesItsRow() throws Exception {
        String withDocs = unique("Lò Thị Hồ Sơ");
        String badDoc = unique("Lò Văn Tệp Lạ");
        byte[] file = filled(rows(individual(withDocs), individual(badDoc)));
        byte[] docs = zip(Map.of("2-bao-cao-thanh-tich.pdf", PDF, "ho-so/2-to-trinh.pdf", PDF, "3-bao-cao-thanh-tich.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)));
        MockMultipartHttpServletRequestBuilder request = upload(file, "VALID_ROWS", OFFICIAL);
        request.file(new MockMultipartFile("documents", "tai-lieu.zip", "application/zip", docs));
        JsonNode report = json.readTree(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        Map<Integer, JsonNode> rows = rowsByNumber(report);
        assertThat(rows.get(2).get("outcome").asText()).isEqualTo("FILED");
        assertThat(rows.get(2).get("documents").asInt()).isEqualTo(2);
        assertThat(report.get("documentCount").asInt()).isEqualTo(2);
        String code = rows.get(2).get("code").asText();
        assertThat(jdbc.queryForList("SELECT d.kind FROM nomination_document d JOIN nomination n ON n.id = d.nomination_id WHERE n.code = ? ORDER BY d.kind",
                String.class, code)).containsExactly("ACHIEVEMENT_REPORT", "PROPOSAL_LETTER");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE nomination_code = ? AND event_type = 'DOCUMENT_UPLOADED'",
                Integer.class, code)).isEqualTo(2);
        assertThat(rows.get(3).get("outcome").asText()).isEqualTo("INVALID");
        assertThat(rows.get(3).get("problems").get(0).get("field").asText()).isEqualTo("document");
        assertThat(rows.get(3).get("problems").get(0).get("message").asText()).contains("3-bao-cao-thanh-tich.pdf").contains("Chỉ nhận tệp PDF");
        assertThat(nominationsNamed(badDoc)).isZero();
    }

    @Test
    void aZipWithDocumentsNamedByNoRuleRefusesTheUploadAndFilesNothing() throws Exception {
        String name = unique("Lò Văn Không Nộp");
        MockMultipartHttpServletRequestBuilder request = upload(filled(rows(individual(name))), "VALID_ROWS", OFFICIAL);
        request.file(new MockMultipartFile("documents", "tai-lieu.zip", "application/zip", zip(Map.of("bao-cao.pdf", PDF, "9-bao-cao-thanh-tich.pdf", PDF))));
        int before = lists();
        String body = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("bao-cao.pdf").contains("detailEn");
        assertThat(nominationsNamed(name)).isZero();
        assertThat(lists()).isEqualTo(before);
    }

    // ----- wrong users ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"huyen.sinho", "thanhtra", "hd.sinho.1", "hd.pusamcap.2", "chutich.pusamcap", "tinh.thamdinh", "admin"})
    void onlyACommuneOfficialGetsTheTemplateOrFilesAList(String userId) throws Exception {
        String name = unique("Người Không Được Nộp");
        byte[] file = filled(rows(individual(name)));
        int before = lists();
        String body = mvc.perform(upload(file, "VALID_ROWS", userId)).andExpect(status().isForbidden()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Chỉ cán bộ cấp xã").contains("detailEn");
        mvc.perform(get("/api/nomination-lists/template.xlsx").with(user(userId))).andExpect(status().isForbidden());
        assertThat(nominationsNamed(name)).isZero();
        assertThat(lists()).isEqualTo(before);
    }

    @Test
    void anotherCommunesOfficialCannotReadTheListNorItsSheetTheAuditorCan() throws Exception {
        JsonNode report = post(filled(rows(individual(unique("Lò Văn Riêng")))), "CHECK_ONLY", 201);
        long id = report.get("id").asLong();
        mvc.perform(get("/api/nomination-lists/" + id).with(user(OTHER_COMMUNE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/nomination-lists/" + id + "/report.xlsx").with(user(OTHER_COMMUNE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/nomination-lists/" + id).with(user("thanhtra"))).andExpect(status().isOk());
        mvc.perform(get("/api/nomination-lists/999999999").with(user(OFFICIAL))).andExpect(status().isNotFound());
        String others = mvc.perform(get("/api/nomination-lists").with(user(OTHER_COMMUNE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(others).findValues("id")).noneMatch(n -> n.asLong() == id);
        String mine = mvc.perform(get("/api/nomination-lists").with(user(OFFICIAL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(mine).findValues("id")).anyMatch(n -> n.asLong() == id);
    }

    @Test
    void thePageIsServedWithoutInlineScriptAndTheWelcomePageLinksIt() throws Exception {
        String page = mvc.perform(get("/nop-danh-sach.html").with(user(OFFICIAL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Nộp danh sách đề nghị khen thưởng</h1>", "/api/nomination-lists/template.xlsx",
                "<script src=\"chung.js\"></script>\n<script src=\"bang-trong.js\"></script>\n<script src=\"nop-danh-sach.js\"></script>", "ho-so.css");
        assertThat(page.replaceAll("<script src=\"[a-z-]+\\.js\"></script>", ""))
                .doesNotContain("<script", "<style", " style=", " onclick=");
        mvc.perform(get("/chung.js").with(user(OFFICIAL))).andExpect(status().isOk());
        mvc.perform(get("/nop-danh-sach.js").with(user(OFFICIAL))).andExpect(status().isOk());
        mvc.perform(get("/nop-danh-sach.css").with(user(OFFICIAL))).andExpect(status().isOk());
        String welcome = new org.springframework.core.io.ClassPathResource("META-INF/resources/webjars/camunda/app/welcome/scripts/config.js")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(welcome).contains("href: '/nop-danh-sach.html'");
    }

    // ----- files that are no list ------------------------------------------------------------------------------------

    @Test
    void aFileThatIsNoListIsRefusedWith400InVietnameseAndEnglish() throws Exception {
        int before = lists();
        assertBadRequest(upload("Họ và tên,Năm sinh\nGiàng A Chứ,1985\n".getBytes(StandardCharsets.UTF_8), "VALID_ROWS", OFFICIAL), "không phải bảng tính Excel");
        assertBadRequest(upload(zip(Map.of("word/document.xml", "<w:document/>".getBytes())), "VALID_ROWS", OFFICIAL), "không phải bảng tính Excel");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet(ListTemplate.LIST_SHEET).createRow(0).createCell(0).setCellValue("Họ tên");
            wb.write(out);
            assertBadRequest(upload(out.toByteArray(), "VALID_ROWS", OFFICIAL), "Dòng tiêu đề không đúng mẫu");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            assertBadRequest(upload(out.toByteArray(), "VALID_ROWS", OFFICIAL), "Tệp không có trang");
        }
        assertBadRequest(upload(filled(rows()), "VALID_ROWS", OFFICIAL), "chưa có dòng nào");
        assertBadRequest(upload(filled(rows(individual(unique("Không Chế Độ")))), null, OFFICIAL), "mode");
        assertBadRequest(upload(filled(rows(individual(unique("Chế Độ Lạ")))), "FILE_SOME", OFFICIAL), "Cách nộp không hợp lệ");
        assertThat(lists()).isEqualTo(before);
    }

    void assertBadRequest(MockMultipartHttpServletRequestBuilder request, String detailPart) throws Exception {
        MvcResult r = mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(detailPart);
        assertThat(problem.get("detailEn").asText()).isNotBlank().doesNotContain("ệ");
    }

    @Test
    void aZipBombNamedXlsxIsRefusedWith413() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        int before = lists();
        String body = mvc.perform(upload(out.toByteArray(), "VALID_ROWS", OFFICIAL)).andExpect(status().isPayloadTooLarge()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Tệp nén bất thường").contains("detailEn");
        assertThat(lists()).isEqualTo(before);
    }
}
