package vn.khenthuong.award;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.NomineeKind;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AwardApiTest {

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired AwardRegistry awards;

    String awarded(String name, String filedBy) {
        String code = nominations.register(new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, name, null, 1975, "MALE",
                "Nông dân", null, null, null, null, "Sản xuất, kinh doanh giỏi.", 2019), filedBy).code();
        awards.record(code, "55/QĐ-UBND", LocalDate.of(2020, 1, 15), "tinh.chutich");
        return code;
    }

    @Test
    void searchFindsAccentlessNamesWithinWhatTheOfficialMayRead() throws Exception {
        String pusamcap = awarded("Vàng A Dế", "xa.pusamcap");
        String phucthan = awarded("Vàng Văn Dề", "xa.phucthan");

        mvc.perform(get("/api/awards").param("nominee", "vang").param("year", "2019").with(user("tinh.thamdinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nominationCode", hasItem(pusamcap)))
                .andExpect(jsonPath("$[*].nominationCode", hasItem(phucthan)))
                .andExpect(jsonPath("$[0].decisionDate").value("2020-01-15"))
                // Bằng khen tỉnh, individual, decided 15/01/2020: 1.0 × 1,490,000 đ.
                .andExpect(jsonPath("$[0].rewardCoefficient").value(1))
                .andExpect(jsonPath("$[0].baseSalary").value(1490000))
                .andExpect(jsonPath("$[0].rewardAmount").value(1490000));
        mvc.perform(get("/api/awards").param("nominee", "vang a de").with(user("xa.phucthan")))
                .andExpect(jsonPath("$[*].nominationCode", not(hasItem(pusamcap))));
        mvc.perform(get("/api/awards").param("nominee", "VÀNG A DẾ").param("unit", "sinho").with(user("huyen.sinho")))
                .andExpect(jsonPath("$[*].nominationCode", hasItem(pusamcap)));
    }

    @Test
    void aYearThatIsNotANumberIsABadRequest() throws Exception {
        mvc.perform(get("/api/awards").param("year", "năm ngoái").with(user("tinh.thamdinh")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
}
