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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.khenthuong.award.AwardEntry;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.award.AwardSource;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.ProcedureKind;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.nomination.Nominations;

/**
 * With the demo seeds on, the 2019 registry is there once, as lines imported without nominations, adds up to the
 * report's figures through the award API, is readable by an auditor and not by another commune, counts for eligibility,
 * and the sample dossiers are still seeded beside it.
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
    @Autowired SampleDossierSeeder standIns;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theRegistryHoldsTheReportsFiguresOnceAsImportedLinesWithoutNominationsAndTheSampleDossiersStillRun() {
        assertThat(countsFromTheRegistry()).isEqualTo(AwardsFileTest.REPORT);

        assertThat(seeder.seed()).isZero();
        assertThat(countsFromTheRegistry()).isEqualTo(AwardsFileTest.REPORT);
        assertThat(awards.search("minh hoạ", null, 2019)).hasSize(28)
                .allSatisfy(a -> assertThat(a.decisionNumber()).contains("(minh hoạ)"))
                .allSatisfy(a -> assertThat(a.decisionDate().getYear()).isEqualTo(2019))
                .allSatisfy(a -> assertThat(a.source()).isEqualTo(AwardSource.IMPORTED))
                .allSatisfy(a -> assertThat(a.nominationCode()).isNull())
                .allSatisfy(a -> assertThat(a.importId()).isNotNull());
        // No dossier stands in for them any more, and one import (the seed file, by its hash) is on record and in the trail.
        assertThat(jdbc.queryForObject("select count(*) from nomination_summary where nominee_name like '%minh hoạ số%'", Long.class)).isZero();
        assertThat(jdbc.queryForList("select rows_imported from award_import where file_name = ?", Integer.class, AwardHistorySeeder.FILE))
                .containsExactly(28);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'AWARD_REGISTRY_IMPORTED' and details like ?",
                Long.class, "%" + AwardHistorySeeder.FILE + "%")).isEqualTo(1);

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
                .andExpect(jsonPath("$[*].decisionNumber", everyItem(containsString("minh hoạ"))))
                .andExpect(jsonPath("$[*].sourceLabel", everyItem(org.hamcrest.Matchers.is("Nhập từ sổ cũ"))));
        mvc.perform(get("/api/awards").param("year", "2019").param("unit", "phongtho").with(user("xa.pusamcap")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/awards").param("year", "2019").param("unit", "phongtho"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSampleDossiersStayEligibleAndAProposalTwiceIsCaughtFromTheImportedRegistry() {
        List<String> sampleCodes = SampleDossierSeeder.load().dossiers().stream()
                .map(s -> history.createHistoricProcessInstanceQuery().variableValueEquals(SampleDossierSeeder.SAMPLE_KEY, s.key()).singleResult())
                .map(p -> p.getBusinessKey()).toList();
        assertThat(sampleCodes).hasSize(4).allSatisfy(code -> assertThat(eligibility.preview(code).findings())
                .as(code).noneMatch(f -> f.rule().equals("notProposedTwice") || f.message().contains("minh hoạ")));

        // A commune official of Huổi Luông proposes one of its 2019 awardees again for the same award and year.
        standIns.ensureStandIn("xa.huoiluong", List.of("commune-official.huoiluong"));
        AwardHistorySeeder.Decision phongTho = AwardHistorySeeder.load().decisions().get(0);
        AwardHistorySeeder.Nominee first = phongTho.nominees().get(0);
        String again = nominations.register(new NewDossier(phongTho.awardKindCode(), null, ProcedureKind.DEFAULT.value(), first.nomineeKind(),
                first.nomineeName(), null, first.nomineeBirthYear(), null, first.nomineePosition(), null, null, null, null,
                "Thành tích xuất sắc năm 2019.", 2019), "xa.huoiluong").code();
        assertThat(eligibility.preview(again).problems()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("notProposedTwice");
            assertThat(f.message()).contains("Cá nhân minh hoạ số 1 – Phong Thổ").contains(phongTho.number()).contains("nhập từ sổ cũ");
        });
    }

    @Test
    void anAuditorFindsTheSeedImportInTheTrailByItsFileAndHash() throws Exception {
        String sha = jdbc.queryForObject("select file_sha256 from award_import where file_name = ?", String.class, AwardHistorySeeder.FILE);
        mvc.perform(get("/api/audit/events").param("type", "AWARD_REGISTRY_IMPORTED").param("text", sha)
                        .with(user("thanhtra").authorities(new SimpleGrantedAuthority(Roles.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].actor").value(AwardHistorySeeder.ACTOR))
                .andExpect(jsonPath("$[0].details.fileName").value(AwardHistorySeeder.FILE))
                .andExpect(jsonPath("$[0].details.imported").value(28));
        AwardEntry line = awards.search("Hộ gia đình minh hoạ số 1 – Tân Uyên", "tanuyen", 2019).get(0);
        assertThat(line.signer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(line.awardKindCode()).isEqualTo("BK_TTG");
        assertThat(line.nomineeKind()).isEqualTo("HOUSEHOLD");
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
