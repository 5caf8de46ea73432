package vn.khenthuong.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/emulation-blocks: who may write and read, the problems it answers, and the audit row of every change. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PactApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    /** A block of two communes from 1 July 2025 on, with one indicator of each scoring method. */
    static String communeBlock(String code, int year, String head, int total) {
        return """
                {"blockCode": "%s", "year": %d, "name": "Khối thi đua các xã phía Bắc", "headUnit": "%s", "effectiveFrom": "%d-07-01",
                 "totalWeight": %d, "members": ["pusamcap", "phucthan"],
                 "indicators": [
                   {"code": "THU_NGAN_SACH", "name": "Thu ngân sách so với dự toán", "unitOfMeasure": "%% dự toán", "weight": 50,
                    "scoring": "PERCENT_OF_PLAN_CAPPED", "capPercent": 120, "bonusPoints": 1, "penaltyPoints": 1},
                   {"code": "TY_LE_HO_NGHEO", "name": "Tỷ lệ hộ nghèo", "unitOfMeasure": "%%", "weight": 30, "scoring": "LOWER_IS_BETTER"},
                   {"code": "KY_KET", "name": "Ký kết giao ước", "unitOfMeasure": "có/không", "weight": 20, "scoring": "YES_NO"}],
                 "targets": [
                   {"unitCode": "pusamcap", "indicatorCode": "THU_NGAN_SACH", "value": 100},
                   {"unitCode": "pusamcap", "indicatorCode": "TY_LE_HO_NGHEO", "value": 24.5, "minhHoa": true},
                   {"unitCode": "pusamcap", "indicatorCode": "KY_KET", "value": 1},
                   {"unitCode": "phucthan", "indicatorCode": "THU_NGAN_SACH", "value": 100},
                   {"unitCode": "phucthan", "indicatorCode": "TY_LE_HO_NGHEO", "value": 12},
                   {"unitCode": "phucthan", "indicatorCode": "KY_KET", "value": 1}]}
                """.formatted(code, year, head, year, total);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long auditRows(String type, String blockCode) {
        return jdbc.queryForObject("select count(*) from audit_event where event_type = ? and details like ?", Long.class, type,
                "%\"" + blockCode + "\"%");
    }

    @Test
    void the2019BlockIsReadByAMembersOfficerWithItsPactAndItsIllustrativeValuesMarked() throws Exception {
        mvc.perform(get("/api/emulation-blocks/KHOI_HUYEN_TP/2019").with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headUnit").value("phongtho"))
                .andExpect(jsonPath("$.members.length()").value(8))
                .andExpect(jsonPath("$.members[?(@.code == 'phongtho')].head").value(true))
                .andExpect(jsonPath("$.members[?(@.code == 'phongtho')].name").value("Huyện Phong Thổ"))
                .andExpect(jsonPath("$.totalWeight").value(100))
                .andExpect(jsonPath("$.indicators.length()").value(8))
                .andExpect(jsonPath("$.indicators[?(@.code == 'TY_LE_HO_NGHEO')].scoringLabel").value("Càng thấp càng tốt (so với kế hoạch)"))
                .andExpect(jsonPath("$.indicators[0].note").value("minh hoạ"))
                .andExpect(jsonPath("$.targets.length()").value(64))
                .andExpect(jsonPath("$.targets[?(@.unitCode == 'sinho' && @.indicatorCode == 'CHE_PHU_RUNG')].value").value(38.64))
                .andExpect(jsonPath("$.targets[?(@.unitCode == 'sinho' && @.indicatorCode == 'CHE_PHU_RUNG')].minhHoa").value(false))
                .andExpect(jsonPath("$.targets[?(@.unitCode == 'phongtho' && @.indicatorCode == 'VIEC_LAM_MOI')].note").value("minh hoạ"));
        mvc.perform(get("/api/emulation-blocks").param("year", "2019").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].blockCode", hasItem("KHOI_HUYEN_TP")))
                .andExpect(jsonPath("$[0].pactDefined").value(true));
    }

    @Test
    void aCommuneOfficialAndTheAuditorMayNotWrite() throws Exception {
        for (String who : List.of("xa.pusamcap", "thanhtra", "huyen.sinho")) {
            mvc.perform(json(post("/api/emulation-blocks"), communeBlock("KHOI_XA_CAM", 2025, "pusamcap", 100)).with(user(who)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Không có quyền"))
                    .andExpect(jsonPath("$.detailEn").value("only the provincial board and administrators may define or change blocks and pacts"));
            mvc.perform(json(put("/api/emulation-blocks/KHOI_HUYEN_TP/2019"), communeBlock("KHOI_HUYEN_TP", 2019, "pusamcap", 100)).with(user(who)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from emulation_block where code = 'KHOI_XA_CAM'", Long.class)).isZero();
        mvc.perform(get("/api/emulation-blocks/KHOI_HUYEN_TP/2019").with(user("huyen.sinho"))).andExpect(jsonPath("$.headUnit").value("phongtho"));
    }

    @Test
    void theProvincialBoardDefinesACommuneBlockOnceAndTheAuditRecordsIt() throws Exception {
        mvc.perform(json(post("/api/emulation-blocks"), communeBlock("KHOI_XA_BAC", 2025, "pusamcap", 100)).with(user("tinh.thamdinh")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectiveDate").value("2025-07-01"))
                .andExpect(jsonPath("$.members[?(@.code == 'pusamcap')].tierLabel").value("Cấp xã"))
                .andExpect(jsonPath("$.targets[?(@.unitCode == 'pusamcap' && @.indicatorCode == 'TY_LE_HO_NGHEO')].value").value(24.5))
                .andExpect(jsonPath("$.targets[?(@.unitCode == 'pusamcap' && @.indicatorCode == 'TY_LE_HO_NGHEO')].note").value("minh hoạ"));
        assertThat(auditRows("EMULATION_PACT_DEFINED", "KHOI_XA_BAC")).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select actor, nomination_code from audit_event where event_type = 'EMULATION_PACT_DEFINED'"
                + " and details like '%KHOI_XA_BAC%'");
        assertThat(row.get("actor")).isEqualTo("tinh.thamdinh");
        assertThat(row.get("nomination_code")).isNull();

        mvc.perform(json(post("/api/emulation-blocks"), communeBlock("KHOI_XA_BAC", 2025, "phucthan", 100)).with(user("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Xung đột dữ liệu"))
                .andExpect(jsonPath("$.detailEn").value("block KHOI_XA_BAC 2025 already exists"));
        assertThat(auditRows("EMULATION_PACT_DEFINED", "KHOI_XA_BAC")).isEqualTo(1);
    }

    @Test
    void theHeadRotatesByAChangeThatTheAuditRecords() throws Exception {
        mvc.perform(json(post("/api/emulation-blocks"), communeBlock("KHOI_XA_NAM", 2026, "pusamcap", 100)).with(user("admin")))
                .andExpect(status().isCreated());
        mvc.perform(json(put("/api/emulation-blocks/KHOI_XA_NAM/2026"), communeBlock("KHOI_XA_NAM", 2026, "phucthan", 100)).with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headUnit").value("phucthan"));
        assertThat(auditRows("EMULATION_PACT_CHANGED", "KHOI_XA_NAM")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select details from audit_event where event_type = 'EMULATION_PACT_CHANGED' and details like '%KHOI_XA_NAM%'",
                String.class)).contains("\"oldHeadUnit\":\"pusamcap\"").contains("\"headUnit\":\"phucthan\"");
    }

    @Test
    void aBlockThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/api/emulation-blocks/KHOI_KHONG_CO/2019").with(user("huyen.sinho")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không có khối thi đua KHOI_KHONG_CO năm 2019"));
        mvc.perform(json(put("/api/emulation-blocks/KHOI_KHONG_CO/2026"), communeBlock("KHOI_KHONG_CO", 2026, "pusamcap", 100)).with(user("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBrokenPactIsRefusedWithEveryReasonAndNothingIsWritten() throws Exception {
        String wrongSum = communeBlock("KHOI_XA_SAI", 2026, "pusamcap", 90);
        mvc.perform(json(post("/api/emulation-blocks"), wrongSum).with(user("tinh.thamdinh")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Giao ước chưa hợp lệ: Tổng trọng số các chỉ tiêu là 100, giao ước ghi 90"))
                .andExpect(jsonPath("$.detailEn").value("Invalid pact: The indicators' weights sum to 100, the pact says 90"));
        // Districts are gone on 1 July 2025: a block of districts from then on is refused.
        String districts = communeBlock("KHOI_HUYEN_MOI", 2025, "sinho", 100).replace("\"pusamcap\"", "\"sinho\"").replace("\"phucthan\"", "\"thanuyen\"");
        mvc.perform(json(post("/api/emulation-blocks"), districts).with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("Unit sinho does not exist on 2025-07-01")));
        mvc.perform(json(post("/api/emulation-blocks"), "{\"blockCode\": \"KHOI_XA_SAI\", \"year\": \"năm nay\"}").with(user("admin")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from emulation_block where code in ('KHOI_XA_SAI', 'KHOI_HUYEN_MOI')", Long.class)).isZero();
    }

    @Test
    void thePactPageIsForSignedInOfficialsAndHasNoInlineScript() throws Exception {
        String page = mvc.perform(get("/khoi-thi-dua.html").with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Khối thi đua và giao ước thi đua").contains("<script src=\"khoi-thi-dua.js\"></script>");
        assertThat(page.replaceAll("<script src=\"[a-z-]+\\.js\"></script>", "")).doesNotContain("<script").doesNotContainPattern("\\son[a-z]+\\s*=");
        mvc.perform(get("/khoi-thi-dua.html")).andExpect(status().is3xxRedirection());
    }
}
