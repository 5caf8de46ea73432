package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * A posthumous award (truy tặng): filed with the flag and the family member who receives it, shown on the dossier,
 * printed on the decision's annex and its certificate, and kept in the registry; bad combinations refused with 400 and
 * nothing written; the Tasklist start form's variables pass the step's allow-list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PosthumousAwardTest extends DecisionFixture {

    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;

    ObjectNode dossier(String nominee) {
        ObjectNode d = json.createObjectNode();
        d.put("awardKindCode", "BK_TINH").put("procedureKind", "AD_HOC").put("nomineeKind", "INDIVIDUAL").put("nomineeName", nominee)
                .put("nomineeIdNumber", ProcessDriver.nextIdNumber()).put("nomineeBirthYear", 1979).put("nomineeGender", "MALE")
                .put("nomineePosition", "Trưởng bản Pu Sam Cáp").put("nomineeAddress", "Bản Pu Sam Cáp, xã Pu Sam Cáp")
                .put("achievements", "Hy sinh khi cứu hai học sinh bị lũ cuốn trôi tại suối Nậm Na.").put("year", 2019);
        return d;
    }

    ResultActions file(ObjectNode body, String user) throws Exception {
        return mvc.perform(post("/api/nominations").with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    /** The PDF's text cell by cell, as drawn (a table cell's wrapped lines stay together), spaces normalised. */
    static String inDrawingOrder(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    int nominations() {
        return jdbc.queryForObject("select count(*) from nomination", Integer.class);
    }

    @Test
    void aPosthumousAwardNamesItsReceiverOnTheDossierTheDecisionAndTheRegistry() throws Exception {
        ObjectNode body = dossier("Lò Văn Pọm").put("posthumous", true).put("receiverName", "Lò Thị Mai").put("receiverRelation", "vợ");
        String code = json.readTree(file(body, "xa.pusamcap").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("code").asText();

        mvc.perform(get("/api/nominations/" + code).with(user("xa.pusamcap"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.posthumous").value(true))
                .andExpect(jsonPath("$.receiverName").value("Lò Thị Mai"))
                .andExpect(jsonPath("$.receiverRelation").value("vợ"));

        // Through commune, district and the board's appraisal to the provincial chairman, as any ad hoc Bằng khen.
        dossiers.driver.attachRequiredDocuments(code);
        dossiers.driver.complete("xa.pusamcap", code, "prepareDossier", Map.of());
        dossiers.driver.review("xa.pusamcap", code, "communeReview", "approve", null);
        dossiers.driver.review("huyen.sinho", code, "districtReview", "approve", null);
        dossiers.driver.review("tinh.thamdinh", code, "provincialAppraisal", "approve", null);
        assertThat(workflow.currentSteps(code)).containsExactly("decision");

        String number = number();
        long id = draft("tinh.thamdinh", number, "Về việc truy tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        send(post("/api/decisions/" + id + "/nominations"), "tinh.thamdinh", Map.of("nominationCodes", List.of(code))).andExpect(status().isOk());
        JsonNode view = json.readTree(mvc.perform(get("/api/decisions/" + id).with(user("tinh.chutich"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(view.get("lines").get(0).get("nomineeName").asText()).isEqualTo("Lò Văn Pọm (truy tặng)");
        assertThat(view.get("lines").get(0).get("position").asText()).endsWith("truy tặng; thân nhân nhận thay: Lò Thị Mai (vợ)");
        send(post("/api/decisions/" + id + "/sign"), "tinh.chutich", Map.of()).andExpect(status().isOk());

        byte[] pdf = mvc.perform(get("/api/decisions/" + id + "/pdf").with(user("thanhtra"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(inDrawingOrder(pdf)).contains("Lò Văn Pọm (truy tặng)").contains("thân nhân nhận thay: Lò Thị Mai (vợ)");
        byte[] certificate = mvc.perform(get("/api/decisions/" + id + "/certificates").with(user("tinh.chutich"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(inDrawingOrder(certificate)).contains("Lò Văn Pọm (truy tặng)");

        // The registry line, as the registry page and the auditor read it.
        JsonNode line = json.readTree(mvc.perform(get("/api/awards").param("nominee", "Lò Văn Pọm").with(user("thanhtra")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get(0);
        assertThat(line.get("nominationCode").asText()).isEqualTo(code);
        assertThat(line.get("posthumous").asBoolean()).isTrue();
        assertThat(line.get("receiverName").asText()).isEqualTo("Lò Thị Mai");
        assertThat(line.get("receiverRelation").asText()).isEqualTo("vợ");
        assertThat(line.get("decisionNumber").asText()).isEqualTo(number);
    }

    @Test
    void badPosthumousFilingsAreRefusedWithTheFieldAndNothingIsWritten() throws Exception {
        int before = nominations();
        // Only individuals are awarded posthumously.
        ObjectNode collective = dossier("Tổ đoàn kết bản Pu Sam Cáp").put("nomineeKind", "COLLECTIVE").put("memberCount", 12)
                .put("headName", "Lò Văn Thắng").put("posthumous", true).put("receiverName", "Lò Thị Mai").put("receiverRelation", "vợ");
        collective.remove(List.of("nomineeBirthYear", "nomineeGender", "nomineeIdNumber"));
        file(collective, "xa.pusamcap").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("posthumous")));
        // The flag without its receiver.
        file(dossier("Lò Văn Pọm").put("posthumous", true), "xa.pusamcap").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("receiverName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("receiverRelation")))
                .andExpect(jsonPath("$.errors[0].messageEn").isNotEmpty());
        // A receiver without the flag: the filer meant something the dossier would not say.
        file(dossier("Lò Văn Pọm").put("receiverName", "Lò Thị Mai").put("receiverRelation", "vợ"), "xa.pusamcap")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("posthumous")));
        // A control character in the receiver's name.
        file(dossier("Lò Văn Pọm").put("posthumous", true).put("receiverName", "Lò Thị\u0007 Mai").put("receiverRelation", "vợ"), "xa.pusamcap")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("receiverName")));
        // The auditor and the provincial chairman read, never file (refused as any filing by a non-commune official: 400 or 403).
        for (String wrong : List.of("thanhtra", "tinh.chutich", "huyen.sinho")) {
            int refused = file(dossier("Lò Văn Pọm").put("posthumous", true).put("receiverName", "Lò Thị Mai").put("receiverRelation", "vợ"), wrong)
                    .andReturn().getResponse().getStatus();
            assertThat(refused).as(wrong).isIn(400, 403);
        }
        assertThat(nominations()).isEqualTo(before);
    }

    @Test
    void tasklistsStartFormFilesAPosthumousAwardThroughTheAllowList() {
        Map<String, Object> form = new HashMap<>();
        form.put("awardKindCode", "BK_TINH");
        form.put("procedureKind", "AD_HOC");
        form.put("nomineeKind", "INDIVIDUAL");
        form.put("nomineeName", "Vàng A Sình");
        form.put("nomineeBirthYear", "1968");
        form.put("nomineePosition", "Công an viên bản Pu Sam Cáp");
        form.put("achievements", "Hy sinh khi truy bắt đối tượng vận chuyển ma túy.");
        form.put("year", "2019");
        form.put("posthumous", "true");
        form.put("receiverName", "Vàng Thị Dế");
        form.put("receiverRelation", "con gái");
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        identityService.setAuthentication("xa.pusamcap", List.of("commune-official.pusamcap"));
        ProcessInstance instance;
        try {
            instance = formService.submitStartForm(definition, form);
        } finally {
            identityService.clearAuthentication();
        }
        String code = (String) runtimeService.getVariable(instance.getId(), NominationProcess.NOMINATION_CODE);
        assertThat(jdbc.queryForMap("select posthumous, receiver_name, receiver_relation from nomination where code = ?", code))
                .containsEntry("POSTHUMOUS", true).containsEntry("RECEIVER_NAME", "Vàng Thị Dế").containsEntry("RECEIVER_RELATION", "con gái");
        // The receiver is personal data of the dossier: it stays in our tables, not in the process variables.
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("receiverName", "receiverRelation", "posthumous");
    }
}
