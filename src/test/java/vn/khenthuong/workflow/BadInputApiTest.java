package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/**
 * Control characters through every door, over real HTTP: our /api (JSON fields, query parameters, path variables,
 * upload file names) and the engine's REST API (start and task completion variables). Each is a 400 in Vietnamese
 * and English and leaves nothing behind. Its own context: /engine-rest finds the engine by the name "default",
 * which is the most recently started test context's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=bad-input")
@ActiveProfiles("test")
class BadInputApiTest {

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    ProcessDriver driver;

    @BeforeEach
    void driver() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    HttpResponse<String> send(String user, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String user, String path, Object body) throws Exception {
        return send(user, "POST", path, "application/json", json.writeValueAsBytes(body));
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** What a refusal must leave behind: nothing. */
    record Counts(int nominations, int documents, int instances, int variables, int historicVariables) {
    }

    Counts counts() {
        return new Counts(count("select count(*) from nomination"), count("select count(*) from nomination_document"),
                count("select count(*) from ACT_HI_PROCINST"), count("select count(*) from ACT_RU_VARIABLE"),
                count("select count(*) from ACT_HI_VARINST"));
    }

    /** A 400 problem detail in Vietnamese and English naming the field and the character. */
    JsonNode assertControlCharacterProblem(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response::body).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asText()).isEqualTo("Dữ liệu chứa ký tự không hợp lệ");
        assertThat(problem.get("detail").asText()).contains("ký tự điều khiển").contains(field);
        assertThat(problem.get("detailEn").asText()).contains("control character").contains(field);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
        return problem;
    }

    ObjectNode dossier() {
        ObjectNode d = json.valueToTree(ProcessDriver.individual("BK_TINH"));
        return d;
    }

    // ---- /api JSON bodies ----------------------------------------------------------------------------------------

    static Stream<Arguments> refusedFields() {
        return Stream.of(
                Arguments.of("nomineeName", "Giàng A\u0000 Chứ"),
                Arguments.of("nomineeName", "Giàng A\nChứ"), // a name is one line
                Arguments.of("nomineeAddress", "Bản \u001b[31mPu Sam Cáp"),
                Arguments.of("nomineePosition", "Trưởng bản\u0085"),
                Arguments.of("nomineeIdNumber", "\u0000\u0000\u0000"),
                Arguments.of("awardKindCode", "BK_TINH\u0000"),
                Arguments.of("achievements", "Vận động Nhân dân\u0000 hiến đất."),
                Arguments.of("achievements", "Vận động\u007f Nhân dân hiến đất."));
    }

    @ParameterizedTest
    @MethodSource("refusedFields")
    void aControlCharacterInAJsonFieldIsA400AndFilesNothing(String field, String value) throws Exception {
        Counts before = counts();
        ObjectNode d = dossier().put(field, value);

        assertControlCharacterProblem(postJson("xa.pusamcap", "/api/nominations", d), field);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void achievementsMayHoldLinesAndTabs() throws Exception {
        ObjectNode d = dossier().put("achievements", "Năm 2019:\r\n\t- làm 3 km đường;\n\t- hiến 2 000 m² đất.");
        HttpResponse<String> response = postJson("xa.pusamcap", "/api/nominations", d);
        assertThat(response.statusCode()).as(response::body).isEqualTo(201);
        String code = json.readTree(response.body()).get("code").asText();
        assertThat(jdbc.queryForObject("select achievements from nomination where code = ?", String.class, code)).contains("\r\n\t- làm");
    }

    // ---- /api query parameters and path variables ----------------------------------------------------------------

    @Test
    void aControlCharacterInAQueryParameterOrPathVariableIsA400() throws Exception {
        assertControlCharacterProblem(send("thanhtra", "GET", "/api/audit/nominations?nominee=L%C3%B2%00", null, null), "nominee");
        assertControlCharacterProblem(send("thanhtra", "GET", "/api/audit/nominations/export?format=csv&unit=sinho%1B", null, null), "unit");
        assertControlCharacterProblem(send("admin", "GET", "/api/awards?nominee=a%0Ab", null, null), "nominee");
        HttpResponse<String> path = send("thanhtra", "GET", "/api/audit/nominations/LC-2019-%01/trail", null, null);
        assertThat(path.statusCode()).as(path::body).isEqualTo(400);
        HttpResponse<String> nul = send("xa.pusamcap", "GET", "/api/nominations/LC-2019-%00", null, null);
        assertThat(nul.statusCode()).as(nul::body).isEqualTo(400);
    }

    // ---- uploads -------------------------------------------------------------------------------------------------

    static byte[] multipart(String boundary, String kind, byte[] fileNameHeader, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(fileNameHeader);
        out.writeBytes("\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpResponse<String> upload(String code, String kind, String fileNameHeader) throws Exception {
        String boundary = "----khenthuong" + System.nanoTime();
        return send("xa.pusamcap", "POST", "/api/nominations/" + code + "/documents", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, kind, fileNameHeader.getBytes(StandardCharsets.UTF_8), ProcessDriver.PDF));
    }

    @Test
    void aControlCharacterInAnUploadsFileNameOrKindIsA400AndStoresNothing() throws Exception {
        String code = workflow.start(ProcessDriver.individual("BK_TINH"), "xa.pusamcap");
        Counts before = counts();

        assertControlCharacterProblem(upload(code, "SCAN", "filename=\"to-trinh\u0001.pdf\""), "fileName");
        assertControlCharacterProblem(upload(code, "SCAN", "filename*=UTF-8''t%E1%BB%9D-tr%C3%ACnh%00.pdf"), "fileName");
        assertControlCharacterProblem(upload(code, "SCAN\u0000", "filename=\"to-trinh.pdf\""), "kind");

        assertThat(counts()).isEqualTo(before);
        HttpResponse<String> fine = upload(code, "SCAN", "filename=\"tờ-trình.pdf\"");
        assertThat(fine.statusCode()).as(fine::body).isEqualTo(201);
    }

    // ---- the engine's REST API -----------------------------------------------------------------------------------

    static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    @Test
    void aControlCharacterInAStartVariableThroughEngineRestIsA400AndStartsNothing() throws Exception {
        Counts before = counts();
        Map<String, Object> variables = Map.of("awardKindCode", string("BK_TINH"), "nomineeKind", string("INDIVIDUAL"),
                "nomineeName", string("Giàng A\u0000 Chứ"), "nomineeIdNumber", string(ProcessDriver.nextIdNumber()),
                "nomineeBirthYear", string("1985"), "nomineeGender", string("MALE"),
                "procedureKind", string("PERIODIC"), "achievements", string("Làm đường."), "year", string("2019"));

        HttpResponse<String> response = postJson("xa.pusamcap", "/engine-rest/process-definition/key/nomination/start",
                Map.of("variables", variables));

        assertThat(response.statusCode()).as(response::body).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).contains("ký tự điều khiển U+0000").contains("nomineeName");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aControlCharacterInACompletionVariableThroughEngineRestIsA400AndTheTaskStaysOpen() throws Exception {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        Task review = driver.task(code, NominationProcess.COMMUNE_REVIEW, null);
        Counts before = counts();

        HttpResponse<String> response = postJson("xa.pusamcap", "/engine-rest/task/" + review.getId() + "/complete",
                Map.of("variables", Map.of("outcome", string("approve"), "comment", string("Đồng ý\u0000"))));

        assertThat(response.statusCode()).as(response::body).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).contains("ký tự điều khiển U+0000").contains("comment");
        assertThat(counts()).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(workflow.currentSteps(code)).containsExactly(NominationProcess.COMMUNE_REVIEW);

        // The same check holds for the Java API (every door reaches the engine through it), and for a variable's name.
        assertThatThrownBy(() -> runtimeService.setVariable(review.getProcessInstanceId(), "ghi\u0007chu", "x"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> runtimeService.setVariable(review.getProcessInstanceId(), "ghiChu", "x\u0000"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("U+0000");
        assertThat(counts()).isEqualTo(before);

        // A comment of several lines is fine.
        HttpResponse<String> fine = postJson("xa.pusamcap", "/engine-rest/task/" + review.getId() + "/complete",
                Map.of("variables", Map.of("outcome", string("approve"), "comment", string("Đồng ý.\r\n\tHồ sơ đủ."))));
        assertThat(fine.statusCode()).as(fine::body).isEqualTo(204);
    }
}
