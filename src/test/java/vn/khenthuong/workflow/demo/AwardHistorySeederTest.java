package vn.khenthuong.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.khenthuong.award.AwardEntry;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.nomination.Nominations;

/**
 * With the demo seeds on, the 2019 registry is there once, adds up to the report's figures through the award API, is
 * readable by an auditor and not by another commune, and the sample dossiers are still seeded beside it.
 */
@SpringBootTest(properties = "khenthuong.seeds.sample-dossiers=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AwardHistorySeederTest {

    @Autowired AwardHistorySeeder seeder;
    @Autowired AwardRegistry awards;
    @Autowired HistoryService history;
    @Autowired MockMvc mvc;
    @Autowired Eligibility eligibility;
    @Autowired Nominations nominations;

    @Test
    void theRegistryHoldsTheReportsFiguresOnceAndTheSampleDossiersStillRun() {
        assertThat(countsFromTheRegistry()).isEqualTo(AwardsFileTest.REPORT);

        assertThat(seeder.seed()).isZero();
        assertThat(countsFromTheRegistry()).isEqualTo(AwardsFileTest.REPORT);
        assertThat(awards.search("minh hoạ", null, 2019)).hasSize(28)
                .allSatisfy(a -> assertThat(a.decisionNumber()).contains("(minh hoạ)"))
                .allSatisfy(a -> assertThat(a.decisionDate().getYear()).isEqualTo(2019));

        for (SampleDossierSeeder.Sample sample : SampleDossierSeeder.load().dossiers()) {
            assertThat(history.createHistoricProcessInstanceQuery().variableValueEquals(SampleDossierSeeder.SAMPLE_KEY, sample.key()).count())
                    .as(sample.key()).isEqualTo(1);
        }
    }

    @Test
    void anAuditorReadsPhongThosAwardsAndAnotherCommuneDoesNot() throws Exception {
        mvc.perform(get("/api/awards").param("year", "2019").param("unit", "phongtho").with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].unitCode", everyItem(org.hamcrest.Matchers.is("huoiluong"))))
                .andExpect(jsonPath("$[*].decisionNumber", everyItem(containsString("minh hoạ"))));
        mvc.perform(get("/api/awards").param("year", "2019").param("unit", "phongtho").with(user("xa.pusamcap")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/awards").param("year", "2019").param("unit", "phongtho"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSampleDossiersStayEligibleAndAProposalTwiceIsCaughtFromTheHistory() {
        List<String> sampleCodes = SampleDossierSeeder.load().dossiers().stream()
                .map(s -> history.createHistoricProcessInstanceQuery().variableValueEquals(SampleDossierSeeder.SAMPLE_KEY, s.key()).singleResult())
                .map(p -> p.getBusinessKey()).toList();
        assertThat(sampleCodes).hasSize(4).allSatisfy(code -> assertThat(eligibility.preview(code).findings())
                .as(code).noneMatch(f -> f.rule().equals("notProposedTwice") || f.message().contains("minh hoạ")));

        AwardHistorySeeder.Decision phongTho = AwardHistorySeeder.load().decisions().get(0);
        String again = nominations.register(AwardHistorySeeder.dossier(phongTho, phongTho.nominees().get(0)), phongTho.filedBy()).code();
        assertThat(eligibility.preview(again).problems()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("notProposedTwice");
            assertThat(f.message()).contains("Cá nhân minh hoạ số 1 – Phong Thổ").contains("(đã khen thưởng)");
        });
    }

    @Test
    void theImportedDossierSaysWhereItCameFrom() throws Exception {
        AwardEntry line = awards.search("Hộ gia đình minh hoạ số 1 – Tân Uyên", "tanuyen", 2019).get(0);
        assertThat(line.signer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(line.awardKindCode()).isEqualTo("BK_TTG");
        mvc.perform(get("/api/nominations/" + line.nominationCode()).with(user("thanhtra")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWARDED"))
                .andExpect(jsonPath("$.closingReason", containsString("minh hoạ")));
    }

    /** District → award kind → nominee kind → number, asked of the registry by district (communes included). */
    private Map<String, Map<String, Map<String, Long>>> countsFromTheRegistry() {
        Map<String, Map<String, Map<String, Long>>> counted = new TreeMap<>();
        for (String district : List.of("phongtho", "tp-laichau", "tanuyen", "tamduong", "thanuyen", "sinho", "muongte", "namnhun")) {
            for (AwardEntry a : awards.search(null, district, 2019)) {
                counted.computeIfAbsent(district, k -> new TreeMap<>()).computeIfAbsent(a.awardKindCode(), k -> new TreeMap<>())
                        .merge(a.nomineeKind(), 1L, Long::sum);
            }
        }
        return counted;
    }
}
