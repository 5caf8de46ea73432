package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.nomination.NominationWorkflow;

/**
 * Attempts to delete a nomination's process instance over REST are on the audit chain, refused or not.
 * Its own context: /engine-rest finds the engine through Camunda's static registry by the name "default", which
 * points at the most recently started test context's engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=deletion-audit")
@ActiveProfiles("test")
class DeletionAttemptAuditTest {

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    final HttpClient http = HttpClient.newHttpClient();

    String lastBody;

    int delete(String instanceId, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-instance/" + instanceId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .DELETE().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        lastBody = response.body();
        return response.statusCode();
    }

    @Test
    void aRefusedAndAnAcceptedDeletionAreBothRecorded() throws Exception {
        String code = workflow.start(ProcessDriver.individual("BK_TINH"), "xa.pusamcap");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();

        // Refused: 403, or 404 when the engine does not reveal the instance to this user.
        int refused = delete(instanceId, "xa.pusamcap");
        assertThat(refused).as(() -> lastBody).isIn(403, 404);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
        assertThat(delete(instanceId, "admin")).as(() -> lastBody).isEqualTo(204);

        List<Map<String, Object>> attempts = jdbc.queryForList("select actor, details from audit_event where nomination_code = ? "
                + "and event_type = 'DELETION_ATTEMPTED' order by seq", code);
        assertThat(attempts).extracting(r -> r.get("ACTOR")).containsExactly("xa.pusamcap", "admin");
        assertThat((String) attempts.get(0).get("DETAILS")).contains("\"succeeded\":false").contains(String.valueOf(refused));
        assertThat((String) attempts.get(1).get("DETAILS")).contains("\"succeeded\":true");
        assertThat(audit.verify().valid()).isTrue();
    }
}
