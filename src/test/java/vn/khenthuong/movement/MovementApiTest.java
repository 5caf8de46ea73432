package vn.khenthuong.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.NomineeKind;

/** /api/movements: who reads, who writes, what is refused, and the audit row of every change. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MovementApiTest {

    static final String BOARD = "tinh.thamdinh";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Catalog catalog;
    @Autowired Nominations nominations;
    @Autowired AwardRegistry awards;
    @Autowired AuditLog audit;

    static String newCode() {
        return "PT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static String body(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"launchingLevel\":\"PROVINCE\",\"launchedBy\":\"laichau\","
                + "\"startsOn\":\"2025-01-01\",\"endsOn\":\"2026-12-31\",\"targets\":\"100% xã có mô hình điểm\",\"awardKindCodes\":[\"BK_TINH\",\"CO_TD_TINH\"]}";
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, String userId) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(user(userId)).with(csrf());
    }

    int auditRows(String type, String code, String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE event_type = ? AND actor = ? AND nomination_code IS NULL"
                + " AND details LIKE ?", Integer.class, type, actor, "%\"movementCode\":\"" + code + "\"%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa.pusamcap", "huyen.sinho", "thanhtra", BOARD, "admin"})
    void everySignedInOfficialAndTheAuditorReadTheSeededMovements(String userId) throws Exception {
        mvc.perform(get("/api/movements").with(user(userId))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("NTM_GNBV_2016_2020", "VI_NGUOI_NGHEO_2016_2020", "DN_HOI_NHAP_2019", "VAN_HOA_CONG_SO_2019")));
        mvc.perform(get("/api/movements/NTM_GNBV_2016_2020").with(user(userId))).andExpect(status().isOk())
                .andExpect(jsonPath("$.launchingLevel").value("CENTRAL"))
                .andExpect(jsonPath("$.yearFrom").value(2016))
                .andExpect(jsonPath("$.awardKindCodes", hasItem("BK_TTG")));
    }

    @Test
    void theProvincialBoardCreatesChangesAndClosesAMovementAndEachChangeIsAudited() throws Exception {
        String code = newCode();
        mvc.perform(json(post("/api/movements"), body(code, "Thi đua chuyển đổi số"), BOARD))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/movements/" + code))
                .andExpect(jsonPath("$.name").value("Thi đua chuyển đổi số"))
                .andExpect(jsonPath("$.yearFrom").value(2025))
                .andExpect(jsonPath("$.yearTo").value(2026))
                .andExpect(jsonPath("$.editedBy").value(BOARD));
        assertThat(catalog.movement(code)).get().extracting(m -> m.awardKindCodes()).asList().containsExactly("BK_TINH", "CO_TD_TINH");
        assertThat(auditRows("MOVEMENT_CREATED", code, BOARD)).isEqualTo(1);
        mvc.perform(get("/api/movements/permissions").with(user(BOARD))).andExpect(jsonPath("$.mayEdit").value(true));

        mvc.perform(json(put("/api/movements/" + code), body(code, "Thi đua chuyển đổi số năm 2025–2026").replace("[\"BK_TINH\",\"CO_TD_TINH\"]",
                        "[\"BK_TINH\"]"), "admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Thi đua chuyển đổi số năm 2025–2026"))
                .andExpect(jsonPath("$.awardKindCodes.length()").value(1));
        assertThat(auditRows("MOVEMENT_CHANGED", code, "admin")).isEqualTo(1);

        mvc.perform(json(post("/api/movements/" + code + "/close"), "{\"endsOn\":\"2025-10-31\"}", BOARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endsOn").value("2025-10-31"))
                .andExpect(jsonPath("$.yearTo").value(2025));
        assertThat(auditRows("MOVEMENT_CLOSED", code, BOARD)).isEqualTo(1);
        assertThat(catalog.movement(code).orElseThrow().endedBy(LocalDate.of(2025, 11, 1))).isTrue();
        // The three rows are links of the global chain: the chains still verify.
        assertThat(audit.verify().valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa.pusamcap", "thanhtra", "huyen.sinho", "hd.laichau.1", "tinh.chutich"})
    void nobodyElseWritesAMovement(String userId) throws Exception {
        String code = newCode();
        mvc.perform(json(post("/api/movements"), body(code, "Không được tạo"), userId))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detailEn").exists());
        mvc.perform(json(put("/api/movements/DN_HOI_NHAP_2019"), body("DN_HOI_NHAP_2019", "Bị đổi tên"), userId))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/movements/DN_HOI_NHAP_2019/close"), "{\"endsOn\":\"2019-06-30\"}", userId))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/movements/permissions").with(user(userId))).andExpect(jsonPath("$.mayEdit").value(false));
        assertThat(catalog.movement(code)).isEmpty();
        assertThat(catalog.movement("DN_HOI_NHAP_2019").orElseThrow().name()).isEqualTo("Doanh nghiệp Lai Châu hội nhập và phát triển");
        assertThat(catalog.movement("DN_HOI_NHAP_2019").orElseThrow().yearTo()).isEqualTo(2019);
    }

    @Test
    void badInputIsAProblemInVietnameseAndEnglishAndNothingIsWritten() throws Exception {
        String code = newCode();
        String bad = "{\"code\":\"" + code + "\",\"name\":\"  \",\"launchingLevel\":\"DISTRICT\",\"launchedBy\":\"laichau\","
                + "\"startsOn\":\"2025-12-31\",\"endsOn\":\"2025-01-01\",\"awardKindCodes\":[\"KHONG_CO\"]}";
        mvc.perform(json(post("/api/movements"), bad, BOARD))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Phong trào thi đua chưa hợp lệ"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("name", "launchedBy", "endsOn", "awardKindCodes")))
                .andExpect(jsonPath("$.errors[0].message").value("Cần tên phong trào"))
                .andExpect(jsonPath("$.errors[0].messageEn").value("The name is required"));
        mvc.perform(json(post("/api/movements"), body("thuong", "Mã chữ thường"), BOARD))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        // Unreadable JSON and an unknown field are refused in words that fit a movement, not a dossier.
        mvc.perform(json(post("/api/movements"), "{\"code\":", BOARD)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nội dung gửi lên không phải JSON hợp lệ hoặc có giá trị sai kiểu"));
        String withUnknownField = body(code, "Phong trào có trường lạ").replaceFirst("\\{", "{\"createdBy\":\"admin\",");
        mvc.perform(json(post("/api/movements"), withUnknownField, BOARD)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Trường createdBy không được nhận ở yêu cầu này"))
                .andExpect(jsonPath("$.errors[0].field").value("createdBy"));
        mvc.perform(json(post("/api/movements/VAN_HOA_CONG_SO_2019/close"), "{\"endsOn\":\"2018-12-31\"}", BOARD))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        assertThat(catalog.movement(code)).isEmpty();
        assertThat(catalog.movement("VAN_HOA_CONG_SO_2019").orElseThrow().yearTo()).isEqualTo(2019);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE details LIKE ?", Integer.class, "%" + code + "%")).isZero();
    }

    @Test
    void aDuplicateCodeIsAConflictAndAnUnknownCodeIsNotFound() throws Exception {
        mvc.perform(json(post("/api/movements"), body("DN_HOI_NHAP_2019", "Trùng mã"), BOARD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Trùng mã phong trào thi đua"))
                .andExpect(jsonPath("$.detailEn").value("A movement with code DN_HOI_NHAP_2019 already exists"));
        assertThat(catalog.movement("DN_HOI_NHAP_2019").orElseThrow().name()).isEqualTo("Doanh nghiệp Lai Châu hội nhập và phát triển");
        mvc.perform(get("/api/movements/KHONG_CO").with(user("xa.pusamcap"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detailEn").value("No movement with code KHONG_CO"));
        mvc.perform(get("/api/movements/KHONG_CO/activity").with(user("thanhtra"))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/movements/KHONG_CO"), body("KHONG_CO", "Không có"), BOARD)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/movements/KHONG_CO/close"), "{\"endsOn\":\"2025-01-01\"}", BOARD)).andExpect(status().isNotFound());
    }

    @Test
    void aMovementsPageShowsItsNominationsAndAwardsWithinWhatTheOfficialMayRead() throws Exception {
        String code = newCode();
        mvc.perform(json(post("/api/movements"), body(code, "Phong trào có hồ sơ").replace("2025-01-01", "2019-01-01"), BOARD))
                .andExpect(status().isCreated());
        String awarded = nominations.register(new NewDossier("BK_TINH", code, "PERIODIC", NomineeKind.INDIVIDUAL, "Lò Thị Dung", null, 1978,
                "FEMALE", "Nông dân", null, null, null, null, "Nuôi cá lồng trên hồ thủy điện.", 2019), "xa.pusamcap").code();
        awards.record(awarded, "88/QĐ-UBND", LocalDate.of(2020, 1, 20), "tinh.chutich");
        String filed = nominations.register(new NewDossier("BK_TINH", code, "PERIODIC", NomineeKind.INDIVIDUAL, "Chẻo Sìn Páo", null, 1970,
                "MALE", "Nông dân", null, null, null, null, "Gương mẫu phát triển kinh tế.", 2019), "xa.phucthan").code();

        mvc.perform(get("/api/movements/" + code + "/activity").with(user("thanhtra"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.movement.code").value(code))
                .andExpect(jsonPath("$.mayEdit").value(false))
                .andExpect(jsonPath("$.nominations[*].code", hasItems(awarded, filed)))
                .andExpect(jsonPath("$.nominations[?(@.code == '" + filed + "')].statusLabel").value("Đang xử lý"))
                .andExpect(jsonPath("$.awards[*].nominationCode").value(hasItem(awarded)))
                .andExpect(jsonPath("$.awards[0].decisionNumber").value("88/QĐ-UBND"));
        mvc.perform(get("/api/movements/" + code + "/activity").with(user(BOARD)))
                .andExpect(jsonPath("$.mayEdit").value(true));
        // A commune official sees only their own unit's nominations and awards.
        mvc.perform(get("/api/movements/" + code + "/activity").with(user("xa.phucthan"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.nominations[*].code", hasItem(filed)))
                .andExpect(jsonPath("$.nominations[*].code", not(hasItem(awarded))))
                .andExpect(jsonPath("$.awards.length()").value(0));
    }

    @Test
    void thePageIsServedInVietnameseWithoutInlineScriptsAndLinkedFromTheOtherPages() throws Exception {
        String page = mvc.perform(get("/phong-trao.html").with(user("thanhtra"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Phong trào thi đua</h1>", "<script src=\"chung.js\"></script>\n<script src=\"bang-trong.js\"></script>\n<script src=\"ngay.js\"></script>\n<script src=\"phong-trao.js\"></script>",
                "Hồ sơ đề nghị khen thưởng của phong trào");
        // The Content-Security-Policy allows scripts and styles from files only (the shared helpers first, then the page's own).
        assertThat(page.replaceAll("<script src=\"[a-z-]+\\.js\"></script>", ""))
                .doesNotContain("<script", "<style", " style=", " onclick=");
        mvc.perform(get("/chung.js").with(user("xa.pusamcap"))).andExpect(status().isOk());
        mvc.perform(get("/phong-trao.js").with(user("xa.pusamcap"))).andExpect(status().isOk());
        mvc.perform(get("/phong-trao.css").with(user("xa.pusamcap"))).andExpect(status().isOk());
        String welcome = new org.springframework.core.io.ClassPathResource("META-INF/resources/webjars/camunda/app/welcome/scripts/config.js")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(welcome).contains("href: '/phong-trao.html'");
        assertThat(new org.springframework.core.io.ClassPathResource("static/tra-cuu.html").getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("href=\"/phong-trao.html\"");
    }
}
