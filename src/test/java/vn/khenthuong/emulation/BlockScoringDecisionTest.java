package vn.khenthuong.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/blockScoring.dmn on the DMN engine alone, with the system's rounding (2 decimals, half up) and ranking,
 * against scores computed BY HAND from the 2019 report's figures (seeds/block-results-2019.yaml) and the pact's plans
 * and weights (seeds/emulation-blocks.yaml; weights, caps, points minh hoạ). Worked examples for Phong Thổ:
 * <pre>
 * Thu ngân sách   203 vs 100, cap 150: 20 × 150/100 + 2 (bonus)         = 32.00
 * Thu nhập        25.1 vs 24: 15 × 104.5833/100 + 1                      = 16.6875 → 16.69
 * Hộ nghèo        25.64 vs 27 (lower is better): 15 + 2                  = 17.00
 * Che phủ rừng    43 vs 42: 10 × 102.381/100 + 1                         = 11.238 → 11.24
 * Việc làm        1050 vs 1000: 10 × 1.05 + 1                            = 11.50
 * Đào tạo nghề    920 vs 900: 10 × 1.0222 + 1                            = 11.222 → 11.22
 * Thôn bản VH     68.4 vs 56.7 = 120.6 %, cap 110: 10 × 1.10 + 1         = 12.00
 * Ký kết          1 vs 1 (yes): 10 + 0                                   = 10.00
 * Total                                                                  = 121.65
 * </pre>
 */
class BlockScoringDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    /** The pact's indicators as seeds/emulation-blocks.yaml gives them for 2019 (weights minh hoạ). */
    static final Map<String, Indicator> INDICATORS = new LinkedHashMap<>();

    static {
        add("THU_NGAN_SACH", 20, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 150, 2, 2);
        add("THU_NHAP_BINH_QUAN", 15, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 120, 1, 1);
        add("TY_LE_HO_NGHEO", 15, ScoringMethod.LOWER_IS_BETTER, null, 2, 2);
        add("CHE_PHU_RUNG", 10, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 110, 1, 1);
        add("VIEC_LAM_MOI", 10, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 120, 1, 1);
        add("DAO_TAO_NGHE", 10, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 120, 1, 1);
        add("THON_BAN_VAN_HOA", 10, ScoringMethod.PERCENT_OF_PLAN_CAPPED, 110, 1, 1);
        add("KY_KET_GIAO_UOC", 10, ScoringMethod.YES_NO, null, 0, 2);
    }

    static void add(String code, int weight, ScoringMethod method, Integer cap, int bonus, int penalty) {
        INDICATORS.put(code, new Indicator(code, code, "-", BigDecimal.valueOf(weight), method, cap == null ? null : BigDecimal.valueOf(cap),
                BigDecimal.valueOf(bonus), BigDecimal.valueOf(penalty), true));
    }

    /** The real table on the DMN engine, with the inputs DmnBlockScoring gives it. */
    static final ScoringTable TABLE = in -> {
        Map<String, Object> v = new HashMap<>();
        v.put("scoring", in.scoring().name());
        v.put("resultValue", in.result().doubleValue());
        v.put("planValue", in.plan().doubleValue());
        v.put("weight", in.weight().doubleValue());
        v.put("capPercent", in.capPercent() == null ? null : in.capPercent().doubleValue());
        v.put("bonusPoints", in.bonusPoints().doubleValue());
        v.put("penaltyPoints", in.penaltyPoints().doubleValue());
        DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision, v).getSingleResult();
        return new ScoringTable.Points(new BigDecimal(row.getEntry("points").toString()), row.getEntry("rule"));
    };

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = BlockScoringDecisionTest.class.getClassLoader().getResourceAsStream("processes/blockScoring.dmn")) {
            decision = dmn.parseDecision("blockScoring", in);
        }
    }

    static BigDecimal score(String indicator, String result, String plan) {
        return BlockScoring.points(TABLE, INDICATORS.get(indicator), new BigDecimal(result), new BigDecimal(plan)).points();
    }

    @ParameterizedTest(name = "{0} {1}: {2} against plan {3} = {4} points")
    @CsvSource({
            // unit, indicator, result (report or minh hoạ), plan (pact), points computed by hand
            "phongtho,   THU_NGAN_SACH,      203,    100,   32.00",
            "phongtho,   THU_NHAP_BINH_QUAN, 25.1,   24,    16.69",
            "phongtho,   TY_LE_HO_NGHEO,     25.64,  27,    17.00",
            "phongtho,   CHE_PHU_RUNG,       43,     42,    11.24",
            "phongtho,   VIEC_LAM_MOI,       1050,   1000,  11.50",
            "phongtho,   DAO_TAO_NGHE,       920,    900,   11.22",
            "phongtho,   THON_BAN_VAN_HOA,   68.4,   56.7,  12.00",
            "phongtho,   KY_KET_GIAO_UOC,    1,      1,     10.00",
            "tp-laichau, THU_NGAN_SACH,      104.4,  100,   22.88",
            "tp-laichau, THU_NHAP_BINH_QUAN, 51.6,   51.6,  15.00",
            "tp-laichau, TY_LE_HO_NGHEO,     0.65,   1.3,   17.00",
            "tp-laichau, CHE_PHU_RUNG,       30,     30,    10.00",
            "tp-laichau, VIEC_LAM_MOI,       835,    819,   11.20",
            "tp-laichau, DAO_TAO_NGHE,       450,    391,   12.51",
            "tp-laichau, THON_BAN_VAN_HOA,   72,     70,    11.29",
            "tanuyen,    THU_NGAN_SACH,      119.4,  100,   25.88",
            "tanuyen,    CHE_PHU_RUNG,       40.5,   40,    11.13",
            "tanuyen,    DAO_TAO_NGHE,       1194,   800,   13.00",
            "tanuyen,    THON_BAN_VAN_HOA,   66,     65,    11.15",
            "tamduong,   THU_NGAN_SACH,      126.36, 100,   27.27",
            "tamduong,   DAO_TAO_NGHE,       965,    811,   12.90",
            "muongte,    THU_NHAP_BINH_QUAN, 23,     22,    16.68",
            "muongte,    VIEC_LAM_MOI,       884,    800,   12.05",
            "muongte,    THON_BAN_VAN_HOA,   58,     60,    8.67",
            "sinho,      THU_NGAN_SACH,      154.2,  100,   32.00",
            "sinho,      THU_NHAP_BINH_QUAN, 20.5,   20,    16.38",
            "sinho,      TY_LE_HO_NGHEO,     29.28,  29.28, 15.00",
            "namnhun,    THU_NGAN_SACH,      115.45, 100,   25.09",
            "namnhun,    VIEC_LAM_MOI,       480,    500,   8.60",
            "thanuyen,   THU_NHAP_BINH_QUAN, 36,     35,    16.43",
            "thanuyen,   CHE_PHU_RUNG,       35.18,  33.19, 11.60",
            "thanuyen,   VIEC_LAM_MOI,       1150,   1100,  11.45",
            "thanuyen,   DAO_TAO_NGHE,       990,    934,   11.60",
    })
    void the2019FiguresScoreAsComputedByHand(String unit, String indicator, String result, String plan, String expected) {
        assertThat(score(indicator, result, plan)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}: result {1}, plan {2} → {3} by rule {4}")
    @CsvSource({
            // A poverty rate above plan: 15 × 27/30 − 2 = 11.50; a yes/no item not done: 0 − 2 = −2.00.
            "TY_LE_HO_NGHEO,   30,  27,  11.50, lowerIsBetterAbovePlan",
            "KY_KET_GIAO_UOC,  0,   1,   -2.00, yesNoNotDone",
            "THU_NGAN_SACH,    90,  100, 16.00, percentBelowPlan",
            "THU_NGAN_SACH,    100, 100, 20.00, percentAtPlan",
    })
    void everyKindOfRowAnswersWithItsRule(String indicator, String result, String plan, String expected, String rule) {
        ScoringTable.Points p = BlockScoring.points(TABLE, INDICATORS.get(indicator), new BigDecimal(result), new BigDecimal(plan));
        assertThat(p.points()).isEqualByComparingTo(expected);
        assertThat(p.ruleId()).isEqualTo(rule);
    }

    /** Every member's 8 values from seeds/block-results-2019.yaml against its plan in seeds/emulation-blocks.yaml. */
    static final Map<String, String[][]> YEAR_2019 = new LinkedHashMap<>();

    static {
        YEAR_2019.put("phongtho", new String[][] {{"203", "100"}, {"25.1", "24"}, {"25.64", "27"}, {"43", "42"}, {"1050", "1000"}, {"920", "900"},
                {"68.4", "56.7"}, {"1", "1"}});
        YEAR_2019.put("tp-laichau", new String[][] {{"104.4", "100"}, {"51.6", "51.6"}, {"0.65", "1.3"}, {"30", "30"}, {"835", "819"}, {"450", "391"},
                {"72", "70"}, {"1", "1"}});
        YEAR_2019.put("tanuyen", new String[][] {{"119.4", "100"}, {"33", "33"}, {"19", "20"}, {"40.5", "40"}, {"920", "900"}, {"1194", "800"},
                {"66", "65"}, {"1", "1"}});
        YEAR_2019.put("tamduong", new String[][] {{"126.36", "100"}, {"27", "27"}, {"17.5", "18"}, {"45", "45"}, {"1030", "1030"}, {"965", "811"},
                {"76.3", "76.3"}, {"1", "1"}});
        YEAR_2019.put("muongte", new String[][] {{"112", "100"}, {"23", "22"}, {"33", "35"}, {"60", "60"}, {"884", "800"}, {"700", "700"},
                {"58", "60"}, {"1", "1"}});
        YEAR_2019.put("sinho", new String[][] {{"154.2", "100"}, {"20.5", "20"}, {"29.28", "29.28"}, {"38.64", "38.64"}, {"1000", "1000"},
                {"1346", "1346"}, {"61", "60"}, {"1", "1"}});
        YEAR_2019.put("namnhun", new String[][] {{"115.45", "100"}, {"25.2", "24"}, {"29", "30"}, {"50", "50"}, {"480", "500"}, {"500", "500"},
                {"60", "60"}, {"1", "1"}});
        YEAR_2019.put("thanuyen", new String[][] {{"102", "100"}, {"36", "35"}, {"14.5", "15"}, {"35.18", "33.19"}, {"1150", "1100"}, {"990", "934"},
                {"60", "60"}, {"1", "1"}});
    }

    static List<Ranking.Row> rows2019() {
        List<String> codes = List.copyOf(INDICATORS.keySet());
        List<Ranking.Row> rows = new ArrayList<>();
        YEAR_2019.forEach((unit, values) -> {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                points.put(codes.get(i), score(codes.get(i), values[i][0], values[i][1]));
            }
            rows.add(new Ranking.Row(unit, unit, points, points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), 0, false));
        });
        return Ranking.rank(rows);
    }

    @Test
    void the2019TotalsAndRankingAreAsComputedByHand() {
        List<Ranking.Row> ranked = rows2019();
        // Totals added by hand from the points above (and the other rows computed the same way).
        assertThat(ranked).extracting(Ranking.Row::unitCode).containsExactly("phongtho", "sinho", "tanuyen", "tamduong", "thanuyen",
                "tp-laichau", "muongte", "namnhun");
        assertThat(ranked).extracting(r -> r.total().toPlainString()).containsExactly("121.65", "114.55", "114.38", "112.17", "110.48",
                "109.88", "108.80", "107.44");
        assertThat(ranked).extracting(Ranking.Row::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(ranked).noneMatch(Ranking.Row::tied);
    }

    @Test
    void equalTotalsShareAPlaceAndAreMarkedTied() {
        Map<String, BigDecimal> none = Map.of();
        List<Ranking.Row> ranked = Ranking.rank(List.of(new Ranking.Row("b", "b", none, new BigDecimal("90.00"), 0, false),
                new Ranking.Row("a", "a", none, new BigDecimal("95.5"), 0, false), new Ranking.Row("c", "c", none, new BigDecimal("95.50"), 0, false),
                new Ranking.Row("d", "d", none, new BigDecimal("80"), 0, false)));
        assertThat(ranked).extracting(Ranking.Row::unitCode).containsExactly("a", "c", "b", "d");
        assertThat(ranked).extracting(Ranking.Row::rank).containsExactly(1, 1, 3, 4);
        assertThat(ranked).extracting(Ranking.Row::tied).containsExactly(true, true, false, false);
    }
}
