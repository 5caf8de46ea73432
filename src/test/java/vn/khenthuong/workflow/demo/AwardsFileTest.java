package vn.khenthuong.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.khenthuong.input.YamlFiles;
import vn.khenthuong.workflow.DossierVariables;

/**
 * seeds/awards-2019.yaml names only award kinds, units and nominee kinds the catalogue knows, marks what the report
 * does not give as illustrative, and adds up to the report's own figures.
 */
class AwardsFileTest {

    /** The 2019 report's counts: district → award kind → nominee kind → number (Tam Đường's split is illustrative). */
    static final Map<String, Map<String, Map<String, Long>>> REPORT = Map.of(
            "phongtho", Map.of("BK_TINH", Map.of("INDIVIDUAL", 5L), "BK_TTG", Map.of("HOUSEHOLD", 2L)),
            "tp-laichau", Map.of("BK_TTG", Map.of("INDIVIDUAL", 8L)),
            "tanuyen", Map.of("BK_TTG", Map.of("INDIVIDUAL", 1L, "HOUSEHOLD", 3L)),
            "tamduong", Map.of("BK_TTG", Map.of("HOUSEHOLD", 2L), "BK_TINH", Map.of("INDIVIDUAL", 7L)));

    @Test
    void everyAwardKindUnitAndNomineeKindIsKnown() throws IOException {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (JsonNode kind : tree("seeds/award-kinds.yaml").get("awardKinds")) {
            Set<String> nominees = new HashSet<>();
            kind.get("nomineeKinds").forEach(n -> nominees.add(n.asText()));
            kinds.put(kind.get("code").asText(), nominees);
        }
        Map<String, JsonNode> units = new HashMap<>();
        tree("seeds/units.yaml").get("units").forEach(u -> units.put(u.get("code").asText(), u));

        AwardHistorySeeder.AwardsFile file = AwardHistorySeeder.load();
        assertThat(file.decisions()).isNotEmpty();
        for (AwardHistorySeeder.Decision d : file.decisions()) {
            assertThat(kinds).as(d.number()).containsKey(d.awardKindCode());
            assertThat(units).as(d.number()).containsKey(d.unit()).containsKey(d.district());
            assertThat(units.get(d.unit()).get("tier").asText()).as(d.unit()).isEqualTo("COMMUNE");
            assertThat(units.get(d.unit()).get("parent").asText()).as(d.unit()).isEqualTo(d.district());
            assertThat(units.get(d.district()).get("tier").asText()).isEqualTo("DISTRICT");
            assertThat(d.signer()).isIn("Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh Lai Châu");
            assertThat(d.date().getYear()).isEqualTo(AwardHistorySeeder.YEAR);
            // Number and date are not in the report: marked, and visibly so where a person reads the registry.
            assertThat(d.minhHoa()).as(d.number()).isTrue();
            assertThat(d.number()).contains("(minh hoạ)").hasSizeLessThanOrEqualTo(60);
            for (AwardHistorySeeder.Nominee n : d.nominees()) {
                assertThat(n.nomineeKind()).as(n.nomineeName()).isNotNull();
                assertThat(kinds.get(d.awardKindCode())).as(n.nomineeName()).contains(n.nomineeKind().name());
                assertThat(n.minhHoa()).as(n.nomineeName()).isTrue();
                assertThat(n.nomineeName()).contains("minh hoạ");
            }
        }
        // One registry line per nominee, each of the report's year, imported at the decision's unit.
        assertThat(AwardHistorySeeder.lines(file)).hasSize(28)
                .allSatisfy(l -> assertThat(l.year()).isEqualTo(AwardHistorySeeder.YEAR))
                .allSatisfy(l -> assertThat(l.decisionNumber()).contains("(minh hoạ)"));
    }

    @Test
    void theCountsAreTheReportsAndNoNameIsASampleDossiers() {
        List<AwardHistorySeeder.Decision> decisions = AwardHistorySeeder.load().decisions();
        Map<String, Map<String, Map<String, Long>>> counted = new TreeMap<>();
        decisions.forEach(d -> d.nominees().forEach(n -> counted.computeIfAbsent(d.district(), k -> new TreeMap<>())
                .computeIfAbsent(d.awardKindCode(), k -> new TreeMap<>()).merge(n.nomineeKind().name(), 1L, Long::sum)));
        assertThat(counted).isEqualTo(REPORT);

        List<String> names = decisions.stream().flatMap(d -> d.nominees().stream()).map(AwardHistorySeeder.Nominee::nomineeName).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(28);
        Set<String> sampleNames = SampleDossierSeeder.load().dossiers().stream()
                .map(s -> DossierVariables.read(s.dossier()).nomineeName()).collect(Collectors.toSet());
        assertThat(names).doesNotContainAnyElementsOf(sampleNames);
    }

    private static JsonNode tree(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YamlFiles.readTree(in);
        }
    }
}
