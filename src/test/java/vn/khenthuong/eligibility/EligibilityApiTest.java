package vn.khenthuong.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.testsupport.Registry;

/** The pending-matter register and the eligibility preview over the API, with the right and the wrong users. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EligibilityApiTest {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    ResultActions openMatter(String user, String body) throws Exception {
        return mvc.perform(post("/api/pending-matters").with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String matter(String idNumber) {
        return "{\"nomineeIdNumber\":\"" + idNumber + "\",\"kind\":\"INSPECTION\",\"description\":\"Đang thanh tra việc sử dụng kinh phí\","
                + "\"reference\":\"5/QĐ-TTr\",\"openedOn\":\"2019-10-01\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"tinh.thamdinh", "admin"})
    void theProvincialBoardAndAdministratorsOpenAndResolveMatters(String user) throws Exception {
        String body = openMatter(user, matter("088000000" + (user.length() % 10) + "01"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/pending-matters/")))
                .andExpect(jsonPath("$.createdBy").value(user))
                .andExpect(jsonPath("$.resolvedOn").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mvc.perform(get("/api/pending-matters").with(user("thanhtra")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) id)));

        mvc.perform(post("/api/pending-matters/" + id + "/resolve").with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\":\"Kết luận thanh tra: không vi phạm\",\"resolvedOn\":\"2019-12-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resolvedOn").value("2019-12-01")).andExpect(jsonPath("$.resolvedBy").value(user));
        mvc.perform(post("/api/pending-matters/" + id + "/resolve").with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\":\"Lần nữa\"}"))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail", containsString("đã kết thúc"))).andExpect(jsonPath("$.detailEn", containsString("Already resolved")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa.pusamcap", "huyen.sinho", "hd.sinho.1", "tinh.chutich", "thanhtra"})
    void nobodyElseMayOpenAMatter(String user) throws Exception {
        openMatter(user, matter("088000000999"))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail", containsString("Ban Thi đua – Khen thưởng tỉnh")))
                .andExpect(jsonPath("$.detailEn", containsString("Only the provincial board")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa.pusamcap", "huyen.sinho", "tinh.chutich"})
    void officialsOutsideTheBoardCannotListMattersEither(String user) throws Exception {
        mvc.perform(get("/api/pending-matters").with(user(user))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/pending-matters")).andExpect(status().isUnauthorized());
    }

    @Test
    void aMatterWithoutWhoItConcernsOrOfAnUnknownKindIsRefusedInBothLanguages() throws Exception {
        openMatter("tinh.thamdinh", "{\"kind\":\"GOSSIP\",\"description\":\" \",\"nomineeIdNumber\":\"123\",\"openedOn\":\"2999-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail", containsString("12 chữ số")))
                .andExpect(jsonPath("$.detail", containsString("loại việc phải là một trong")))
                .andExpect(jsonPath("$.detail", containsString("cần mô tả")))
                .andExpect(jsonPath("$.detail", containsString("không được sau hôm nay")))
                .andExpect(jsonPath("$.detailEn", containsString("kind must be one of")));
        openMatter("tinh.thamdinh", "{\"kind\":\"COMPLAINT\",\"description\":\"Khiếu nại\",\"nomineeName\":\"Hợp tác xã\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("đơn vị và tên tập thể")));
        openMatter("tinh.thamdinh", "{\"kind\":\"COMPLAINT\",\"description\":\"Khiếu nại\",\"nomineeName\":\"Hợp tác xã\",\"unitCode\":\"khongco\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detailEn", containsString("unknown unit khongco")));
    }

    @Test
    void resolvingAMatterThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(post("/api/pending-matters/987654/resolve").with(user("tinh.thamdinh")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"resolution\":\"x\"}")).andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void theEligibilityPreviewListsEachRuleInBothLanguagesForThoseWhoMayReadTheDossier() throws Exception {
        Registry registry = new Registry(jdbc);
        String code = registry.nomination("pusamcap", "CSTD_TINH", 2019, "PERIODIC", "INDIVIDUAL", "Thào A Sình", "077000000001", "IN_PROGRESS");
        registry.pendingMatter("077000000001", null, null, "PRESS_REPORT");

        for (String reader : new String[] {"xa.pusamcap", "huyen.sinho", "tinh.thamdinh", "thanhtra"}) {
            mvc.perform(get("/api/eligibility/" + code).with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.eligible").value(false))
                    .andExpect(jsonPath("$.problems[*].rule", hasItem("cstdTinhNeedsThreeCstdCoSo")))
                    .andExpect(jsonPath("$.problems[*].rule", hasItem("noPendingMatter")))
                    .andExpect(jsonPath("$.problems[*].legalBasis", hasItem("Luật Thi đua, khen thưởng 2022, Điều 22")))
                    .andExpect(jsonPath("$.problems[*].message", hasItem(containsString("xác minh phản ánh của báo chí"))))
                    .andExpect(jsonPath("$.problems[*].messageEn", hasItem(containsString("open matter: PRESS_REPORT"))));
        }
        // Another commune and another district's officials are told it does not exist.
        for (String stranger : new String[] {"xa.phucthan", "huyen.thanuyen"}) {
            mvc.perform(get("/api/eligibility/" + code).with(user(stranger)))
                    .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
        mvc.perform(get("/api/eligibility/KHONG-CO").with(user("tinh.thamdinh"))).andExpect(status().isNotFound());
        // A preview takes no quota slot.
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from nomination_submission s join nomination n "
                + "on n.id = s.nomination_id where n.code = ?", Integer.class, code)).isZero();
    }
}
