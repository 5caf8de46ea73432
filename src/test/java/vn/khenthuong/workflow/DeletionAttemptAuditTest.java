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

/** Attempts to delete a nomination's process instance over REST are on the audit chain, refused or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeletionAttemptAuditTest {

    @LocalServerPort int port;
    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    final HttpClient http = HttpClient.newHttpClient();

    int delete(String instanceId, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-instance/" + instanceId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .DELETE().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aRefusedAndAnAcceptedDeletionAreBothRecorded() throws Exception {
        String code = workflow.start(ProcessDriver.individual("BK_TINH"), "xa.pusamcap");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();

        assertThat(delete(instanceId, "xa.pusamcap")).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
        assertThat(delete(instanceId, "admin")).isEqualTo(204);

        List<Map<String, Object>> attempts = jdbc.queryForList("select actor, details from audit_event where nomination_code = ? "
                + "and event_type = 'DELETION_ATTEMPTED' order by seq", code);
        assertThat(attempts).extracting(r -> r.get("ACTOR")).containsExactly("xa.pusamcap", "admin");
        assertThat((String) attempts.get(0).get("DETAILS")).contains("\"succeeded\":false").contains("403");
        assertThat((String) attempts.get(1).get("DETAILS")).contains("\"succeeded\":true");
        assertThat(audit.verify().valid()).isTrue();
    }
}
