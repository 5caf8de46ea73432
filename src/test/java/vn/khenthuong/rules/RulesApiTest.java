package vn.khenthuong.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/rules and /can-cu.html: administrators and auditors read every deployed rule with its basis; nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RulesApiTest {

    @Autowired MockMvc mvc;
    @Autowired RulesCatalogue catalogue;
    final ObjectMapper json = new ObjectMapper();

    JsonNode rules(String user) throws Exception {
        String body = mvc.perform(get("/api/rules").with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "thanhtra"})
    void administratorsAndAuditorsReadEveryRuleUnconfirmedFirst(String user) throws Exception {
        JsonNode listing = rules(user);
        List<JsonNode> rules = new ArrayList<>();
        listing.get("rules").forEach(rules::add);

        assertThat(listing.get("missing").asInt()).isZero();
        assertThat(listing.get("total").asInt()).isEqualTo(rules.size()).isGreaterThan(60);
        long unconfirmed = rules.stream().filter(r -> "UNCONFIRMED".equals(r.get("status").asText())).count();
        assertThat(listing.get("unconfirmed").asLong()).isEqualTo(unconfirmed).isPositive();
        // Unconfirmed first, then confirmed.
        assertThat(rules.subList(0, (int) unconfirmed)).allMatch(r -> "UNCONFIRMED".equals(r.get("status").asText()));
        assertThat(rules.subList((int) unconfirmed, rules.size())).allMatch(r -> "CONFIRMED".equals(r.get("status").asText()));
        // From the deployed tables and from every seed file of legal values.
        assertThat(rules).extracting(r -> r.get("source").asText()).contains("processes/voteThreshold.dmn", "processes/nominationRoute.dmn",
                "processes/rewardAmount.dmn", "processes/quota.dmn", "processes/eligibility.dmn", "seeds/award-kinds.yaml",
                "seeds/base-salary.yaml", "seeds/deadlines.yaml", "seeds/holidays.yaml");
        JsonNode cstdTinh = rules.stream().filter(r -> r.get("source").asText().equals("processes/voteThreshold.dmn")
                && r.get("ruleId").asText().equals("cstdTinh")).findFirst().orElseThrow();
        assertThat(cstdTinh.get("value").asText()).contains("requiredShare = 0.90");
        assertThat(cstdTinh.get("basis").asText()).isEqualTo("Nghị định 91/2017/NĐ-CP, Điều 45, khoản 8");
        assertThat(cstdTinh.get("statusLabel").asText()).isEqualTo("Chưa xác nhận");
        JsonNode disclosure = rules.stream().filter(r -> r.get("ruleId").asText().equals("disclosure")).findFirst().orElseThrow();
        assertThat(disclosure.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(disclosure.get("basis").asText()).isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2");
        JsonNode bangKhen = rules.stream().filter(r -> r.get("ruleId").asText().equals("bangKhenTinhCaNhan")).findFirst().orElseThrow();
        assertThat(bangKhen.get("effectiveFrom").asText()).isEqualTo("01/07/2025");
        JsonNode year2026 = rules.stream().filter(r -> r.get("source").asText().equals("seeds/holidays.yaml")
                && r.get("ruleId").asText().equals("2026")).findFirst().orElseThrow();
        assertThat(year2026.get("basis").asText()).contains("12729/VPCP-KGVX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa.pusamcap", "huyen.sinho", "hd.laichau.1", "tinh.thamdinh", "tinh.chutich", "chutich.pusamcap"})
    void nobodyElseReadsTheRulesOrTheirPage(String user) throws Exception {
        mvc.perform(get("/api/rules").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/can-cu.html").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/can-cu.js").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void withoutSignInNothingIsShown() throws Exception {
        mvc.perform(get("/api/rules")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/rules").with(httpBasic("thanhtra", "sai-mat-khau"))).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageIsServedToAnAuditor() throws Exception {
        String page = mvc.perform(get("/can-cu.html").with(httpBasic("thanhtra", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Căn cứ pháp lý của các quy tắc", "can-cu.js");
        // The Content-Security-Policy allows scripts and styles from files only.
        assertThat(page.replaceAll("<script src=\"[a-z-]+\\.js\"></script>", "")).doesNotContain("<script", "<style", " style=", " onclick=");
        mvc.perform(get("/can-cu.js").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/can-cu.css").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void startUpLogsHowManyRulesAreUnconfirmed(CapturedOutput output) {
        catalogue.logAtStartUp();
        RulesCatalogue.Listing listing = catalogue.list();
        assertThat(output.getOut()).contains("Căn cứ pháp lý: " + listing.total() + " quy tắc, " + listing.unconfirmed() + " chưa xác nhận");
    }
}
