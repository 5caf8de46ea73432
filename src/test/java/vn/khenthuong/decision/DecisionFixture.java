package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;

/**
 * What the award decision's tests share ({@link AwardDecisionTest}, {@link PosthumousAwardTest}): the engine and the
 * database, dossiers driven to the chairman's decision, JSON requests as a signed-in user, and a draft decision.
 */
abstract class DecisionFixture {

    @Autowired MockMvc mvc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    final ObjectMapper json = new ObjectMapper();

    WaitingDossiers dossiers;

    @BeforeEach
    void setUpDossiers() {
        dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    ResultActions send(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** A number no other test of the shared database uses. */
    static String number() {
        return ThreadLocalRandom.current().nextInt(1000, 999999) + "/QĐ-UBND";
    }

    /** A draft decision of the provincial chairman dated 20/12/2019 with this title, created by {@code user} (201). */
    long draft(String user, String number, String title) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", "laichau");
        body.put("signer", "tinh.chutich");
        body.put("number", number);
        body.put("date", "2019-12-20");
        body.put("title", title);
        var response = send(post("/api/decisions"), user, body).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asLong();
    }
}
