package vn.khenthuong.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.khenthuong.catalog.Seeds;
import vn.khenthuong.input.YamlFiles;

/**
 * Every DMN rule row of processes/*.dmn (whatever file is there, new tables included) and every seeded legal value
 * names its basis and a status in the documented format (docs/can-cu-phap-ly.md); the old "[sure]"/"[check]" markers
 * do not count.
 */
class RuleBasisTest {

    @Test
    void everyDmnRuleRowHasABasisAndAStatus() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("processes"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".dmn")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("eligibility.dmn", "nominationRoute.dmn", "quota.dmn", "rewardAmount.dmn", "voteThreshold.dmn");
        for (Path file : files) {
            List<LegalRule> rules = DmnRules.read("processes/" + file.getFileName(), Files.readAllBytes(file));
            assertThat(rules).as(file.toString()).isNotEmpty();
            assertThat(rules).as("rule rows of %s without 'Căn cứ: … | Trạng thái: confirmed|unconfirmed'", file)
                    .filteredOn(r -> r.status() == RuleStatus.MISSING).extracting(LegalRule::ruleId).isEmpty();
            assertThat(rules).allSatisfy(r -> assertThat(r.basis()).as(r.ruleId()).isNotBlank());
        }
    }

    @Test
    void everySeededLegalValueHasABasisAndAStatus() {
        for (String file : SeedRules.FILES) {
            List<LegalRule> rules = SeedRules.read(file, Seeds.read(file, JsonNode.class));
            assertThat(rules).as(file).isNotEmpty();
            assertThat(rules).as("entries of %s without basis and status", file)
                    .filteredOn(r -> r.status() == RuleStatus.MISSING).extracting(LegalRule::ruleId).isEmpty();
        }
    }

    @Test
    void theDocumentedFormatIsRead() {
        RuleBasis basis = RuleBasis.parse("Căn cứ: Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2 | Trạng thái: confirmed"
                + " | Hiệu lực: từ 01/01/2024 đến 30/06/2025 | Ghi chú: công khai | trước khi họp");
        assertThat(basis).isEqualTo(new RuleBasis("Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2", RuleStatus.CONFIRMED, "01/01/2024",
                "30/06/2025", "công khai | trước khi họp"));
        assertThat(RuleBasis.parse("Căn cứ: Luật Thi đua, khen thưởng 2022 | Trạng thái: unconfirmed | Hiệu lực: đến 30/06/2025"))
                .extracting(RuleBasis::status, RuleBasis::effectiveFrom, RuleBasis::effectiveTo)
                .containsExactly(RuleStatus.UNCONFIRMED, null, "30/06/2025");
    }

    @Test
    void theOldMarkersAnUnknownStatusOrNoDescriptionAreMissing() {
        assertThat(RuleBasis.parse("[check] Chiến sĩ thi đua cấp tỉnh: từ 80% tổng số thành viên Hội đồng (LAW.md).").status())
                .isEqualTo(RuleStatus.MISSING);
        assertThat(RuleBasis.parse("Căn cứ: Nghị định 98/2023/NĐ-CP | Trạng thái: sure").status()).isEqualTo(RuleStatus.MISSING);
        assertThat(RuleBasis.parse("Căn cứ:  | Trạng thái: confirmed").status()).isEqualTo(RuleStatus.MISSING);
        assertThat(RuleBasis.parse("Trạng thái: confirmed | Căn cứ: Luật").status()).isEqualTo(RuleStatus.MISSING);
        assertThat(RuleBasis.parse(null).status()).isEqualTo(RuleStatus.MISSING);

        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
                  <decision id="t" name="Bảng thử"><decisionTable id="tt">
                    <input id="i" label="Mã"><inputExpression id="ie" typeRef="string"><text>code</text></inputExpression></input>
                    <output id="o" name="share" typeRef="double" />
                    <rule id="withoutDescription"><inputEntry id="a"><text>"X"</text></inputEntry><outputEntry id="b"><text>0.5</text></outputEntry></rule>
                    <rule id="oldStyle"><description>[sure] minh hoạ</description><inputEntry id="c"><text></text></inputEntry><outputEntry id="e"><text>0.9</text></outputEntry></rule>
                  </decisionTable></decision>
                </definitions>""";
        List<LegalRule> rules = DmnRules.read("processes/thu.dmn", dmn.getBytes(StandardCharsets.UTF_8));
        assertThat(rules).extracting(LegalRule::ruleId, LegalRule::status, LegalRule::subject, LegalRule::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("withoutDescription", RuleStatus.MISSING, "code = \"X\"", "share = 0.5"),
                org.assertj.core.groups.Tuple.tuple("oldStyle", RuleStatus.MISSING, "mọi trường hợp", "share = 0.9"));
    }

    @Test
    void aSeedEntryWithoutBasisOrWithAnUnknownStatusIsMissing() throws IOException {
        JsonNode file = YamlFiles.readTree(new ByteArrayInputStream("""
                baseSalaries:
                  - { validFrom: 2024-07-01, amount: 2340000 }
                  - { validFrom: 2026-07-01, amount: 2530000, basis: Nghị định 161/2026/NĐ-CP, status: "[check]" }
                  - { validFrom: 2027-07-01, amount: 2600000, basis: Nghị định, status: confirmed }
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(SeedRules.read(SeedRules.BASE_SALARY, file)).extracting(LegalRule::status, LegalRule::effectiveTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleStatus.MISSING, "30/06/2026"),
                        org.assertj.core.groups.Tuple.tuple(RuleStatus.MISSING, "30/06/2027"),
                        org.assertj.core.groups.Tuple.tuple(RuleStatus.CONFIRMED, null));
    }
}
