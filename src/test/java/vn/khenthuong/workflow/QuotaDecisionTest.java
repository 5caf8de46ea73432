package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khenthuong.eligibility.QuotaRule;

/** processes/quota.dmn on the DMN engine alone: which row applies per year, and the slots it gives at the boundaries. */
class QuotaDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = QuotaDecisionTest.class.getClassLoader().getResourceAsStream("processes/quota.dmn")) {
            decision = dmn.parseDecision(NominationProcess.QUOTA_DECISION, in);
        }
    }

    static DmnDecisionResult evaluate(String awardKind, int year) {
        return dmn.evaluateDecision(decision, Map.of("awardKindCode", awardKind, "nomineeKind", "INDIVIDUAL", "year", year));
    }

    /** The row as the application reads it (the same conversion as DmnEligibilityTables). */
    static QuotaRule rule(String awardKind, int year) {
        Map<String, Object> row = evaluate(awardKind, year).getFirstResult().getEntryMap();
        return new QuotaRule((String) row.get("ruleId"), (String) row.get("ruleName"), (String) row.get("legalBasis"),
                (String) row.get("baseAwardKind"), BigDecimal.valueOf(((Number) row.get("maxShare")).doubleValue()),
                RoundingMode.valueOf((String) row.get("rounding")), ((Number) row.get("minimumSlots")).intValue());
    }

    @ParameterizedTest(name = "CSTD_CS in {0}: {1}")
    @CsvSource({
            "2019, Nghị định 98/2023/NĐ-CP",
            "2024, Nghị định 98/2023/NĐ-CP",
            "2025, Nghị định 152/2025/NĐ-CP",
            "2026, Nghị định 152/2025/NĐ-CP",
    })
    void cstdCoSoIsCappedAtFifteenPercentOfLaborTitlesUnderTheDecreeInForce(int year, String basis) {
        QuotaRule rule = rule("CSTD_CS", year);

        assertThat(rule.ruleId()).isEqualTo("cstdCoSoQuota");
        assertThat(rule.legalBasis()).isEqualTo(basis);
        assertThat(rule.baseAwardKind()).isEqualTo("LDTT");
        assertThat(rule.maxShare()).isEqualByComparingTo("0.15");
        assertThat(rule.rounding()).isEqualTo(RoundingMode.FLOOR);
        assertThat(rule.minimumSlots()).isZero();
    }

    @ParameterizedTest(name = "{0}: no quota")
    @CsvSource({"LDTT", "CSTD_TINH", "BK_TINH", "GK_XA"})
    void otherKindsHaveNoQuota(String awardKind) {
        assertThat(evaluate(awardKind, 2019).getResultList()).isEmpty();
    }

    @ParameterizedTest(name = "{0} LĐTT → {1} CSTĐ cơ sở")
    @CsvSource({
            "0,   0",
            "1,   0",
            "6,   0",    // 0.90 rounds down to none: one would already be 16.7%
            "7,   1",    // 1.05
            "13,  1",    // 1.95: rounded down, not up
            "14,  2",    // 2.10
            "20,  3",    // exactly 15%
            "26,  3",    // 3.90
            "27,  4",    // 4.05
            "100, 15",
    })
    void slotsAreFifteenPercentRoundedDown(int laborTitles, int slots) {
        assertThat(rule("CSTD_CS", 2019).slots(laborTitles)).isEqualTo(slots);
    }
}
