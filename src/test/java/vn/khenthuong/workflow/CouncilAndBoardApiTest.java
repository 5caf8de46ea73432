package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/** Ballots, the secretary's meeting page, disclosure comments and the central decision over the API, with the wrong users. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CouncilAndBoardApiTest {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired MockMvc mvc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    ResultActions postJson(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void onlyTheAssignedMemberCastsTheirBallotOnceAndOnlyTheSecretarySeesWhoTookPart() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        String own = driver.task(code, COUNCIL_VOTE, "hd.sinho.1").getId();
        String secretaryTask = driver.task(code, RECORD_WRITTEN_BALLOTS, null).getId();

        for (String wrong : new String[] {"hd.sinho.2", "xa.pusamcap", "huyen.sinho", "hd.thanuyen.1", "thanhtra"}) {
            postJson(wrong, "/api/council/ballots/" + own, "{\"vote\":\"no\"}")
                    .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.detail", containsString("Không có phiếu biểu quyết")));
        }
        postJson("hd.sinho.1", "/api/council/ballots/" + own, "{\"vote\":\"maybe\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detailEn", containsString("yes, no or abstain")));
        postJson("hd.sinho.1", "/api/council/ballots/" + own, "{\"vote\":\"yes\"}").andExpect(status().isNoContent());
        postJson("hd.sinho.1", "/api/council/ballots/" + own, "{\"vote\":\"no\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("đã bỏ phiếu")));

        mvc.perform(get("/api/council/meetings/" + secretaryTask).with(user("hd.sinho.2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/council/meetings/" + secretaryTask).with(user("hd.sinho.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.member == 'hd.sinho.1')].tookPart").value(true))
                .andExpect(jsonPath("$.members[?(@.member == 'hd.sinho.2')].tookPart").value(false))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("yes"))));
        postJson("hd.sinho.2", "/api/council/meetings/" + secretaryTask + "/written-ballots",
                "{\"member\":\"hd.sinho.3\",\"vote\":\"yes\",\"paperReference\":\"3/PBQ\"}").andExpect(status().isNotFound());
        postJson("hd.sinho.1", "/api/council/meetings/" + secretaryTask + "/written-ballots",
                "{\"member\":\"xa.pusamcap\",\"vote\":\"yes\",\"paperReference\":\"3/PBQ\"}").andExpect(status().isBadRequest());
        // A written ballot only for a member the secretary marked absent, with the paper's reference.
        postJson("hd.sinho.1", "/api/council/meetings/" + secretaryTask + "/written-ballots",
                "{\"member\":\"hd.sinho.3\",\"vote\":\"yes\",\"paperReference\":\"3/PBQ\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("chưa được ghi vắng mặt")));
        postJson("hd.sinho.1", "/api/council/meetings/" + secretaryTask + "/absences", "{\"member\":\"hd.sinho.3\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("số, ký hiệu")));
        postJson("hd.sinho.1", "/api/council/meetings/" + secretaryTask + "/absences", "{\"member\":\"hd.sinho.3\",\"reference\":\"3/GBV\"}")
                .andExpect(status().isOk());
        postJson("hd.sinho.1", "/api/council/meetings/" + secretaryTask + "/written-ballots",
                "{\"member\":\"hd.sinho.3\",\"vote\":\"yes\",\"paperReference\":\"3/PBQ\"}").andExpect(status().isNoContent());

        assertThat(ballots.participants(code)).containsExactlyInAnyOrder("hd.sinho.1", "hd.sinho.3");
    }

    @Test
    void onlyTheProvincialBoardEntersACentralDecisionAndOnlyForANominationWaitingForIt() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");
        String body = "{\"decisionNumber\":\"1234/QĐ-TTg\",\"decisionDate\":\"2020-03-02\"}";

        for (String wrong : new String[] {"xa.pusamcap", "huyen.sinho", "hd.sinho.1", "tinh.chutich", "thanhtra"}) {
            postJson(wrong, "/api/nominations/" + code + "/central-decision", body)
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.detailEn", containsString("provincial commendation board")));
        }
        postJson("tinh.thamdinh", "/api/nominations/" + code + "/central-decision", "{\"decisionNumber\":\"abc\",\"decisionDate\":\"2020-03-02\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("Số quyết định")));
        postJson("tinh.thamdinh", "/api/nominations/" + code + "/central-decision", body)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("không chờ quyết định")));
        postJson("tinh.thamdinh", "/api/nominations/LC-2019-999999/central-decision", body).andExpect(status().isNotFound());
    }

    @Test
    void disclosureCommentsAreFiledOnlyInTheWindowAndAnsweredOnlyByTheBoard() throws Exception {
        String code = driver.toCouncilVote("BK_TINH");

        postJson("thanhtra", "/api/nominations/" + code + "/disclosure-comments", "{\"content\":\"Ý kiến\"}").andExpect(status().isForbidden());
        postJson("xa.phucthan", "/api/nominations/" + code + "/disclosure-comments", "{\"content\":\"Ý kiến\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("không trong thời gian công khai")));
        postJson("xa.pusamcap", "/api/nominations/" + code + "/disclosure-comments/1/answer", "{\"answer\":\"Trả lời\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/nominations/" + code + "/disclosure-comments").with(user("xa.phucthan"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/nominations/" + code + "/disclosure-comments").with(user("tinh.thamdinh")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    }
}
