package vn.khenthuong.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;

/** seeds/block-results-2019.yaml: every member, every indicator, a source note or the "minh hoạ" mark on each value. */
class BlockResultsSeedTest {

    static final Pact PACT = new Pact("KHOI_HUYEN_TP", 2019, "Khối", "phongtho", null, new BigDecimal("100"),
            List.of("tp-laichau", "phongtho", "tanuyen", "tamduong", "muongte", "sinho", "namnhun", "thanuyen"),
            BlockScoringDecisionTest.INDICATORS.values().stream().toList(), List.of());

    @Test
    void theFileHoldsTheReportsFiguresAndMarksTheRest() {
        BlockResultsSeed seed = Seeds.read(BlockResultsSeed.FILE, BlockResultsSeed.class);
        BlockResultsSeed.check(seed, PACT);
        assertThat(seed.members()).hasSize(8);
        BlockResultsSeed.Value phongtho = seed.members().get("phongtho").results().get("THU_NGAN_SACH");
        assertThat(phongtho.value()).isEqualByComparingTo("203");
        assertThat(phongtho.note()).contains("203%");
        assertThat(seed.members().get("phongtho").leaderName()).isEqualTo("Trần Văn Quế");
        assertThat(seed.members().get("thanuyen").results().get("THU_NGAN_SACH").minhHoa()).isTrue();
        // The values the test of the scoring table computes by hand are the file's.
        BlockScoringDecisionTest.YEAR_2019.forEach((unit, values) -> {
            List<String> codes = List.copyOf(BlockScoringDecisionTest.INDICATORS.keySet());
            for (int i = 0; i < codes.size(); i++) {
                assertThat(seed.members().get(unit).results().get(codes.get(i)).value()).as(unit + " " + codes.get(i))
                        .isEqualByComparingTo(values[i][0]);
            }
        });
    }

    @Test
    void aValueWithoutSourceOrMarkAndAMissingIndicatorAreRefused() {
        BlockResultsSeed seed = Seeds.read(BlockResultsSeed.FILE, BlockResultsSeed.class);
        Map<String, BlockResultsSeed.Member> members = new java.util.LinkedHashMap<>(seed.members());
        Map<String, BlockResultsSeed.Value> results = new java.util.LinkedHashMap<>(members.get("sinho").results());
        results.put("CHE_PHU_RUNG", new BlockResultsSeed.Value(new BigDecimal("38.64"), null, false));
        members.put("sinho", new BlockResultsSeed.Member("x", 1, results));
        assertThatThrownBy(() -> BlockResultsSeed.check(new BlockResultsSeed("KHOI_HUYEN_TP", 2019, members), PACT))
                .isInstanceOf(SeedException.class).hasMessageContaining("sinho.CHE_PHU_RUNG");
        results.remove("CHE_PHU_RUNG");
        assertThatThrownBy(() -> BlockResultsSeed.check(new BlockResultsSeed("KHOI_HUYEN_TP", 2019, members), PACT))
                .isInstanceOf(SeedException.class).hasMessageContaining("sinho");
    }
}
