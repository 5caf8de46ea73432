package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/**
 * The two-tier reform in words (issue 17): a review's "approve" names where the route goes next, so a 2025 commune
 * dossier never says "lên huyện", while a 2019 one, which did go to the district, still does; and the dossier page
 * does not show a district as proposing unit of a dossier that went commune → province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApproveWordingTest {

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    ProcessDriver driver;

    @BeforeEach
    void driver() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    String atCommuneReview(int year) {
        NewDossier d = ProcessDriver.individual("BK_TINH");
        String code = workflow.start(new NewDossier(d.awardKindCode(), null, d.procedureKind(), d.nomineeKind(), d.nomineeName(),
                d.nomineeIdNumber(), d.nomineeBirthYear(), d.nomineeGender(), d.nomineePosition(), d.nomineeAddress(), null, null, null,
                d.achievements(), year), "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        return code;
    }

    String wordingAt(String code, String taskKey) {
        Task task = driver.task(code, taskKey, null);
        return (String) taskService.getVariableLocal(task.getId(), NominationProcess.APPROVE_WORDING);
    }

    JsonNode dossier(String code) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nominations/" + code))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("xa.pusamcap:demo".getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void aTwoTierCommuneApprovesTowardsItsRouteNotTheDistrict() throws Exception {
        String code = atCommuneReview(2025);
        // BK_TINH since the reform: the commune's own council first (nominationRoute, TWO_TIER), then the province.
        assertThat(wordingAt(code, NominationProcess.COMMUNE_REVIEW)).isEqualTo("Đồng ý, trình Hội đồng Thi đua – Khen thưởng xã").doesNotContain("huyện");
        JsonNode view = dossier(code);
        assertThat(view.get("unit").get("code").asText()).isEqualTo("pusamcap");
        assertThat(view.has("district")).as("no district proposes a 2025 dossier").isFalse();
        assertThat(view.get("province").get("code").asText()).isEqualTo("laichau");
        // People by name and title on the dossier page, not by login (issue 17).
        assertThat(view.get("createdByName").asText()).isEqualTo("Lò Văn Thắng (Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp)");
        assertThat(view.get("history")).allSatisfy(step -> assertThat(step.get("actorName").asText()).startsWith("Lò Văn Thắng ("));
    }

    @Test
    void aThreeTierCommuneStillApprovesTowardsItsDistrict() throws Exception {
        String code = atCommuneReview(2019);
        assertThat(wordingAt(code, NominationProcess.COMMUNE_REVIEW)).isEqualTo("Đồng ý, chuyển tiếp lên huyện");
        assertThat(dossier(code).get("district").get("code").asText()).isEqualTo("sinho");
        driver.review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "approve", "Đủ điều kiện");
        assertThat(wordingAt(code, NominationProcess.DISTRICT_REVIEW)).isEqualTo("Đồng ý, trình Hội đồng Thi đua – Khen thưởng huyện");
    }

    @Test
    void eachNextStepHasItsWords() {
        assertThat(ApproveWordingListener.wording(new RouteStep(20, "COUNCIL", "COMMUNE", null))).isEqualTo("Đồng ý, trình Hội đồng Thi đua – Khen thưởng xã");
        assertThat(ApproveWordingListener.wording(new RouteStep(50, "DECISION", "PROVINCE", null))).isEqualTo("Đồng ý, trình Chủ tịch UBND tỉnh quyết định");
        assertThat(ApproveWordingListener.wording(new RouteStep(60, "DISCLOSURE", "PROVINCE", 10))).isEqualTo("Đồng ý, công khai lấy ý kiến");
        assertThat(ApproveWordingListener.wording(new RouteStep(90, "CENTRAL_DECISION", "CENTRAL", null))).isEqualTo("Đồng ý, trình cấp Trung ương quyết định");
        assertThat(ApproveWordingListener.wording(null)).isEqualTo("Đồng ý");
    }

    @Test
    void theReviewFormsTakeTheirWordsFromTheRoute() throws Exception {
        for (String form : new String[] {"communeReview", "districtReview", "provincialAppraisal"}) {
            String html = Files.readString(Path.of("forms/" + form + ".html"));
            assertThat(html).as(form).contains("kt.approveWording();").doesNotContain("lên huyện").doesNotContain("Hội đồng thi đua huyện");
        }
    }
}
