package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khenthuong.audit.AuditLog;

/**
 * One award decision for many: drafted by the board, filled, signed once by the provincial chairman (all or nothing),
 * printed in the layout of Nghị định 30/2020 and as certificates; the wrong users at every door.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AwardDecisionTest extends DecisionFixture {

    @Autowired AuditLog audit;

    long draft(String user, String number) throws Exception {
        return draft(user, number, "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho cá nhân có thành tích đột xuất");
    }

    JsonNode add(String user, long id, String... codes) throws Exception {
        return read(send(post("/api/decisions/" + id + "/nominations"), user, Map.of("nominationCodes", List.of(codes))).andExpect(status().isOk()));
    }

    static List<String> lines(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // As a reader sees the page: the header table beside the text, not in the order it was drawn.
            stripper.setSortByPosition(true);
            return Arrays.stream(stripper.getText(doc).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theBoardDraftsTheChairmanSignsOnceAndEveryNominationIsRecordedWithTheDecision() throws Exception {
        String a = dossiers.atDecision("Giàng A Páo");
        String b = dossiers.atDecision("Lò Thị Hoa");
        String c = dossiers.atDecision("Tao Văn Sơn");
        String stillAtAppraisal = dossiers.atAppraisal("Vàng A Dình");
        String number = number();
        long id = draft("tinh.thamdinh", number);

        JsonNode added = add("tinh.thamdinh", id, a, b, c, stillAtAppraisal, a);
        assertThat(added.get("added").asInt()).isEqualTo(3);
        assertThat(added.get("rows").get(3).get("reason").asText()).contains("không chờ Chủ tịch UBND Tỉnh Lai Châu quyết định");
        // The same dossier may not be in two decisions.
        long other = draft("tinh.chutich", number());
        assertThat(add("tinh.chutich", other, a).get("rows").get(0).get("reason").asText()).contains("quyết định khác");
        send(delete("/api/decisions/" + other), "tinh.chutich", Map.of()).andExpect(status().isNoContent());

        // The signers offered by name and title, not by login.
        JsonNode levels = read(mvc.perform(get("/api/decisions/levels").with(user("tinh.thamdinh"))).andExpect(status().isOk()));
        assertThat(levels.findValue("chairmanNames").get("tinh.chutich").asText()).startsWith("Hà Văn Phúc (");

        JsonNode view = read(mvc.perform(get("/api/decisions/" + id).with(user("tinh.chutich"))).andExpect(status().isOk()));
        assertThat(view.get("awardees").asInt()).isEqualTo(3);
        assertThat(view.get("maySign").asBoolean()).isTrue();
        long each = view.get("lines").get(0).get("amount").asLong();
        assertThat(each).isPositive();
        assertThat(view.get("totalAmount").asLong()).isEqualTo(3 * each);
        assertThat(view.get("lines").get(0).get("position").asText()).isEqualTo("Trưởng bản Pu Sam Cáp, Xã Pu Sam Cáp");

        // Wrong users: the board, another chairman, the auditor, a council member, a district officer.
        for (String wrong : new String[] {"tinh.thamdinh", "thanhtra"}) {
            send(post("/api/decisions/" + id + "/sign"), wrong, Map.of()).andExpect(status().isForbidden());
        }
        for (String wrong : new String[] {"chutich.sinho", "hd.laichau.1", "huyen.sinho", "xa.pusamcap"}) {
            send(post("/api/decisions/" + id + "/sign"), wrong, Map.of()).andExpect(status().isNotFound());
            mvc.perform(get("/api/decisions/" + id).with(user(wrong))).andExpect(status().isNotFound());
            mvc.perform(get("/api/decisions/" + id + "/pdf").with(user(wrong))).andExpect(status().isNotFound());
            send(post("/api/decisions/" + id + "/nominations"), wrong, Map.of("nominationCodes", List.of(a))).andExpect(status().isNotFound());
        }
        send(post("/api/decisions/" + id + "/nominations"), "thanhtra", Map.of("nominationCodes", List.of(a))).andExpect(status().isForbidden());
        send(post("/api/decisions"), "chutich.sinho", Map.of("unitCode", "laichau")).andExpect(status().isForbidden());
        send(post("/api/decisions"), "thanhtra", Map.of("unitCode", "laichau")).andExpect(status().isForbidden());
        assertThat(workflow.currentSteps(a)).containsExactly("decision");
        assertThat(jdbc.queryForObject("select status from decision_header where id = ?", String.class, id)).isEqualTo("DRAFT");

        read(send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED")));

        for (String code : List.of(a, b, c)) {
            assertThat(workflow.currentSteps(code)).isEmpty();
            assertThat(dossiers.driver.status(code)).isEqualTo("AWARDED");
            Map<String, Object> award = jdbc.queryForMap("select a.decision_id, a.decision_number, a.decision_date, a.signer, a.reward_amount from award a "
                    + "join nomination n on n.id = a.nomination_id where n.code = ?", code);
            assertThat(((Number) award.get("DECISION_ID")).longValue()).isEqualTo(id);
            assertThat(award).containsEntry("DECISION_NUMBER", number).containsEntry("SIGNER", "tinh.chutich")
                    .containsEntry("DECISION_DATE", java.sql.Date.valueOf("2019-12-20"));
            assertThat(((Number) award.get("REWARD_AMOUNT")).longValue()).isEqualTo(each);
            // The registry names the signer as pages name a person, also to a reader who may not read users (the board).
            JsonNode line = read(mvc.perform(get("/api/awards").param("nominee", jdbc.queryForObject(
                    "select nominee_name from nomination where code = ?", String.class, code)).with(user("tinh.thamdinh"))).andExpect(status().isOk())).get(0);
            assertThat(line.get("signer").asText()).isEqualTo("tinh.chutich");
            assertThat(line.get("signerName").asText()).startsWith("Hà Văn Phúc (");
            assertThat(line.get("decisionNumber").asText()).isEqualTo(number);
            // The decision step audited as the chairman's, as a single decision in Tasklist would be.
            assertThat(jdbc.queryForObject("select count(*) from audit_event where nomination_code = ? and event_type = 'STEP_OUTCOME' and actor = 'tinh.chutich'",
                    Long.class, code)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'AWARD_DECISION_SIGNED' and actor = 'tinh.chutich' "
                + "and details like ?", Long.class, "%" + number + "%")).isEqualTo(1);
        // The signature's events are written together at its commit (AuditLog.batchUntilCommit): each nomination's chain
        // holds its decision, award and closing rows in order, and every chain still verifies.
        assertThat(jdbc.queryForList("select event_type from audit_event where nomination_code = ? and actor = 'tinh.chutich' order by chain_pos",
                String.class, a)).containsSubsequence("STEP_OUTCOME", "AWARD_RECORDED");
        assertThat(audit.verify().valid()).isTrue();
        assertThat(workflow.currentSteps(stillAtAppraisal)).containsExactly("provincialAppraisal");
        send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isConflict());
        send(post("/api/decisions/" + id + "/nominations"), "tinh.chutich", Map.of("nominationCodes", List.of(stillAtAppraisal)))
                .andExpect(status().isConflict());

        // The decision as printed: the lines of Nghị định 30/2020's layout, in order, then the annex.
        byte[] pdf = mvc.perform(get("/api/decisions/" + id + "/pdf").with(user("thanhtra"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> printed = lines(pdf);
        assertThat(printed).containsSubsequence(
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH LAI CHÂU Độc lập - Tự do - Hạnh phúc",
                "Số: " + number,
                "Lai Châu, ngày 20 tháng 12 năm 2019",
                "QUYẾT ĐỊNH",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 3 cá nhân, tập thể",
                "Nơi nhận: CHỦ TỊCH",
                "- Như Điều 3; (đã ký)",
                "Hà Văn Phúc",
                "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG",
                "Tổng cộng: 3 cá nhân, tập thể " + String.format(java.util.Locale.ROOT, "%,d", 3 * each).replace(',', '.'));
        String text = String.join(" ", printed);
        assertThat(text).contains("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho cá nhân có thành tích đột xuất",
                "(Kèm theo Quyết định số " + number + " ngày 20 tháng 12 năm 2019 của Chủ tịch Ủy ban nhân dân Tỉnh Lai Châu)",
                "Điều 2.", "Điều 3.", "1 Giàng A Páo", "2 Lò Thị Hoa", "3 Tao Văn Sơn")
                .doesNotContain("DỰ THẢO");

        // Certificates: one page per awardee, on the Bằng khen template.
        byte[] certificates = mvc.perform(get("/api/decisions/" + id + "/certificates").with(user("tinh.chutich"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(certificates)).isEqualTo(3);
        assertThat(String.join("\n", lines(certificates))).contains("BẰNG KHEN", "Giàng A Páo", "Quyết định số " + number + " ngày 20 tháng 12 năm 2019");
    }

    @Test
    void oneRefusedDossierLeavesTheDecisionUnsignedAndNothingWritten() throws Exception {
        String a = dossiers.atDecision("Sùng A Tủa");
        String b = dossiers.atDecision("Lường Văn Chiến");
        long id = draft("tinh.chutich", number());
        add("tinh.chutich", id, a, b);
        // b is decided alone in Tasklist before the chairman signs the decision.
        dossiers.driver.complete("tinh.chutich", b, "decision", Map.of("decisionNumber", "7/QĐ-UBND", "decisionDate", "2019-12-19"));

        JsonNode problem = read(send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Quyết định chưa được ký")));
        assertThat(problem.get("rows")).hasSize(1);
        assertThat(problem.get("rows").get(0).get("nominationCode").asText()).isEqualTo(b);
        assertThat(problem.get("rows").get(0).get("reason").asText()).contains("không còn chờ quyết định");
        assertThat(workflow.currentSteps(a)).containsExactly("decision");
        assertThat(jdbc.queryForObject("select count(*) from award a join nomination n on n.id = a.nomination_id where n.code = ?", Long.class, a)).isZero();
        assertThat(jdbc.queryForObject("select status from decision_header where id = ?", String.class, id)).isEqualTo("DRAFT");

        // Removed, the rest signs.
        send(delete("/api/decisions/" + id + "/nominations/" + b), "tinh.chutich", Map.of()).andExpect(status().isNoContent());
        send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isOk());
        assertThat(dossiers.driver.status(a)).isEqualTo("AWARDED");
    }

    @Test
    void aDraftWithoutAValidNumberOrDateIsNotSigned() throws Exception {
        String a = dossiers.atDecision("Hà Thị Lan");
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", "laichau");
        long id = read(send(post("/api/decisions"), "tinh.chutich", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.signer").value("tinh.chutich"))
                .andExpect(jsonPath("$.legalBases", containsString("Luật Thi đua, khen thưởng")))).get("id").asLong();
        add("tinh.chutich", id, a);
        send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Số quyết định không hợp lệ")));
        send(put("/api/decisions/" + id), "tinh.chutich", Map.of("number", "abc")).andExpect(status().isBadRequest());
        send(put("/api/decisions/" + id), "tinh.chutich", Map.of("signer", "chutich.sinho")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Người ký phải là Chủ tịch UBND")));
        send(put("/api/decisions/" + id), "tinh.chutich", Map.of("number", number(), "date", java.time.LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isBadRequest());
        // A draft prints, marked as such, with blanks for the number and the date.
        byte[] pdf = mvc.perform(get("/api/decisions/" + id + "/pdf").with(user("tinh.chutich"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(lines(pdf)).contains("DỰ THẢO");
        mvc.perform(get("/api/decisions/" + id + "/certificates").with(user("tinh.chutich"))).andExpect(status().isConflict());
        assertThat(workflow.currentSteps(a)).containsExactly("decision");
        send(delete("/api/decisions/" + id), "tinh.chutich", Map.of()).andExpect(status().isNoContent());
    }

    @Test
    void onlyAdministratorsEditTemplatesAndABrokenTemplateIsRefusedWithItsLine() throws Exception {
        for (String wrong : new String[] {"tinh.chutich", "tinh.thamdinh", "thanhtra"}) {
            mvc.perform(get("/api/admin/templates").with(user(wrong))).andExpect(status().isForbidden());
            send(put("/api/admin/templates/chung-nhan"), wrong, Map.of("text", "[dau-trang]\nx")).andExpect(status().isForbidden());
        }
        assertThat(read(mvc.perform(get("/api/admin/templates").with(user("admin"))).andExpect(status().isOk())).toString())
                .contains("quyet-dinh-khen-thuong", "chung-nhan-BK_TINH");
        String original = read(mvc.perform(get("/api/admin/templates/chung-nhan-GK_XA").with(user("admin"))).andExpect(status().isOk())).get("text").asText();
        send(put("/api/admin/templates/chung-nhan-GK_XA"), "admin", Map.of("text", original.replace("{ho_ten}", "{ho_ten_day_du}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("{ho_ten_day_du}")))
                .andExpect(jsonPath("$.detail", containsString("dòng")));
        send(put("/api/admin/templates/chung-nhan-KHONG_CO"), "admin", Map.of("text", original)).andExpect(status().isNotFound());
        send(put("/api/admin/templates/chung-nhan-GK_XA"), "admin", Map.of("text", original.replace("GIẤY KHEN", "GIẤY KHEN (MẪU SỬA)")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.edited").value(true));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'PRINT_TEMPLATE_CHANGED' and actor = 'admin'", Long.class))
                .isPositive();
        send(delete("/api/admin/templates/chung-nhan-GK_XA"), "admin", Map.of()).andExpect(status().isNoContent());
        mvc.perform(get("/api/admin/templates/chung-nhan-GK_XA").with(user("admin"))).andExpect(jsonPath("$.edited").value(false));
    }
}
