package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NominationApiTest {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Nominations nominations;
    @Autowired NominationWorkflow workflow;

    ObjectNode validJson() {
        return json.valueToTree(Dossiers.individual());
    }

    ResultActions postDossier(String body, String user) throws Exception {
        return mvc.perform(post("/api/nominations").with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void filingStartsTheProcessAndAnswersWithTheCode() throws Exception {
        String body = postDossier(validJson().toString(), "xa.pusamcap")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/nominations/LC-2019-\\d{6}")))
                .andExpect(jsonPath("$.code", matchesPattern("LC-2019-\\d{6}")))
                .andReturn().getResponse().getContentAsString();
        String code = json.readTree(body).get("code").asText();
        assertThat(workflow.currentSteps(code)).containsExactly("prepareDossier");
        // The dossier went into our tables only: none of its fields (the identity number least of all) was copied
        // into Camunda's variables or their history on the way.
        String instance = jdbc.queryForObject("select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", String.class, code);
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class, instance))
                .contains("nominationCode", "nomineeName").doesNotContain("nomineeIdNumber", "achievements", "newDossier");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and NAME_ in ('nomineeIdNumber', 'newDossier')",
                Long.class, instance)).isZero();

        mvc.perform(get("/api/nominations/" + code).with(user("xa.pusamcap")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusName").value("Đang xử lý"))
                .andExpect(jsonPath("$.unit.code").value("pusamcap"))
                .andExpect(jsonPath("$.district.code").value("sinho"))
                .andExpect(jsonPath("$.currentSteps[0].code").value("prepareDossier"))
                .andExpect(jsonPath("$.canUpload").value(true));
        mvc.perform(get("/api/nominations/" + code).with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canUpload").value(false));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("nomineeKind", "\"ALIEN\"", "nomineeKind"),
                Arguments.of("nomineeKind", "null", "nomineeKind"),
                Arguments.of("achievements", "\"\"", "achievements"),
                Arguments.of("achievements", "\"" + "x".repeat(20001) + "\"", "achievements"),
                Arguments.of("year", "\"hai nghìn\"", "year"),
                Arguments.of("year", "1800", "year"),
                Arguments.of("memberCount", "-3", "memberCount"),
                Arguments.of("nomineeName", "null", "nomineeName"),
                Arguments.of("nomineePosition", "\" \"", "nomineePosition"),
                Arguments.of("awardKindCode", "\"KHONG_CO\"", "awardKindCode"),
                Arguments.of("nomineeGender", "\"X\"", "nomineeGender"),
                Arguments.of("movementCode", "\"KHONG_CO\"", "movementCode"),
                Arguments.of("nomineeIdNumber", "\"abc\"", "nomineeIdNumber"));
    }

    /** Every refusal is a 400 problem detail naming the field, and leaves neither a row nor a process instance. */
    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsRefusedWithAProblemDetailAndNothingIsCreated(String field, String value, String expectedField) throws Exception {
        int rows = count("nomination");
        int executions = count("ACT_RU_EXECUTION");
        ObjectNode dossier = validJson();
        dossier.set(field, json.readTree(value));
        String body = dossier.toString();
        ResultActions result = postDossier(body, "xa.pusamcap")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        if (expectedField != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(expectedField)))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                    .andExpect(jsonPath("$.errors[0].messageEn").isNotEmpty());
        }
        assertThat(count("nomination")).isEqualTo(rows);
        assertThat(count("ACT_RU_EXECUTION")).isEqualTo(executions);
    }

    @Test
    void unknownAwardKindIsABadRequestInVietnameseAndEnglish() throws Exception {
        ObjectNode dossier = validJson().put("awardKindCode", "KHONG_CO");
        postDossier(dossier.toString(), "xa.pusamcap")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("awardKindCode"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có danh hiệu/hình thức khen thưởng mã KHONG_CO"))
                .andExpect(jsonPath("$.errors[0].messageEn").value("Unknown award kind: KHONG_CO"));
    }

    @Test
    void shapeAndRuleProblemsComeTogetherOncePerField() throws Exception {
        ObjectNode dossier = validJson();
        dossier.remove("awardKindCode");
        dossier.remove("nomineeName");
        dossier.put("achievements", "");
        postDossier(dossier.toString(), "xa.pusamcap")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("awardKindCode", "achievements", "nomineeName")))
                .andExpect(jsonPath("$.errors[?(@.field == 'awardKindCode')].message").value("Cần chọn danh hiệu hoặc hình thức khen thưởng"))
                .andExpect(jsonPath("$.errors[?(@.field == 'awardKindCode')].messageEn").value("Award kind is required"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        postDossier("{\"awardKindCode\": ", "xa.pusamcap")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Yêu cầu không đọc được"));
    }

    String filed() {
        return nominations.register(Dossiers.individual(), "xa.pusamcap").code();
    }

    ResultActions upload(String code, String user, String kind, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/nominations/" + code + "/documents").file(file).param("kind", kind).with(user(user)).with(csrf()));
    }

    @Test
    void uploadedDocumentsAreListedVersionedAndDownloadable() throws Exception {
        String code = filed();
        byte[] pdf = "%PDF-1.4 báo cáo".getBytes();
        upload(code, "xa.pusamcap", "ACHIEVEMENT_REPORT", new MockMultipartFile("file", "Báo cáo thành tích.pdf", "application/pdf", pdf))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.kindName").value("Báo cáo thành tích"));
        String second = upload(code, "xa.pusamcap", "ACHIEVEMENT_REPORT", new MockMultipartFile("file", "bc2.pdf", "application/pdf", "%PDF-1.4 v2".getBytes()))
                .andExpect(jsonPath("$.version").value(2))
                .andReturn().getResponse().getContentAsString();

        String url = json.readTree(second).get("url").asText();
        mvc.perform(get(url).with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes("%PDF-1.4 v2".getBytes()))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/api/nominations/" + code).with(user("xa.pusamcap")))
                .andExpect(jsonPath("$.documents.length()").value(2))
                .andExpect(jsonPath("$.documents[0].latest").value(true))
                .andExpect(jsonPath("$.documents[1].latest").value(false))
                .andExpect(jsonPath("$.documents[1].fileName").value("Báo cáo thành tích.pdf"));
    }

    @Test
    void aTextFileNamedPdfIsRefusedAs415() throws Exception {
        upload(filed(), "xa.pusamcap", "SCAN", new MockMultipartFile("file", "giay-to.pdf", "application/pdf", "chỉ là chữ".getBytes()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Loại tệp không được chấp nhận"))
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAs413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        upload(filed(), "xa.pusamcap", "SCAN", new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"));
    }

    @Test
    void onlyTheFilingCommuneUploads() throws Exception {
        upload(filed(), "huyen.sinho", "SCAN", new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1".getBytes()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aClosedDossierShowsItsHistoryAndTakesNoMoreDocuments() throws Exception {
        String code = filed();
        nominations.recordOutcome(code, "districtReview", "reject", "Thành tích chưa tiêu biểu", null, "huyen.sinho");
        nominations.close(code, NominationStatus.REJECTED, "Thành tích chưa tiêu biểu");
        mvc.perform(get("/api/nominations/" + code).with(user("xa.pusamcap")))
                .andExpect(jsonPath("$.statusName").value("Không được khen thưởng"))
                .andExpect(jsonPath("$.closingReason").value("Thành tích chưa tiêu biểu"))
                .andExpect(jsonPath("$.history[0].stepName").value("Xét duyệt cấp huyện"))
                .andExpect(jsonPath("$.history[0].outcomeName").value("Từ chối"))
                .andExpect(jsonPath("$.history[0].actor").value("huyen.sinho"))
                .andExpect(jsonPath("$.canUpload").value(false));
        upload(code, "xa.pusamcap", "SCAN", new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1".getBytes()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Hồ sơ đã kết thúc, không nhận thêm tài liệu"));
    }

    /** Another commune's dossier answers 404, as if it did not exist, for the dossier and its documents. */
    @Test
    void anotherCommunesDossierIsNotFound() throws Exception {
        String code = filed();
        String doc = upload(code, "xa.pusamcap", "SCAN", new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1".getBytes()))
                .andReturn().getResponse().getContentAsString();
        String url = json.readTree(doc).get("url").asText();

        mvc.perform(get("/api/nominations/" + code).with(user("xa.phucthan")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(url).with(user("xa.phucthan"))).andExpect(status().isNotFound());
        upload(code, "xa.phucthan", "SCAN", new MockMultipartFile("file", "b.pdf", "application/pdf", "%PDF-1".getBytes()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/nominations/LC-2019-999999").with(user("xa.pusamcap")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("Không tìm thấy"));
    }

    @Test
    void catalogueEndpointsListReferenceData() throws Exception {
        mvc.perform(get("/api/award-kinds").with(user("xa.pusamcap"))).andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem("BK_TINH")));
        mvc.perform(get("/api/units").with(user("xa.pusamcap"))).andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem("pusamcap")));
        mvc.perform(get("/api/movements").with(user("xa.pusamcap"))).andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem("NTM_GNBV_2016_2020")));
    }
}
