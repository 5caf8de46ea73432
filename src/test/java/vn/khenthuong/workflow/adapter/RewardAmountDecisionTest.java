package vn.khenthuong.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/rewardAmount.dmn, at least one case per row and the edges, on the DMN engine alone. */
class RewardAmountDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = RewardAmountDecisionTest.class.getClassLoader().getResourceAsStream("processes/rewardAmount.dmn")) {
            decision = dmn.parseDecision(DmnRewardCoefficients.DECISION, in);
        }
    }

    static DmnDecisionTableResult evaluate(String kind, String nominee, LocalDate date) {
        return dmn.evaluateDecisionTable(decision, Map.of("awardKindCode", kind, "nomineeKind", nominee, "decisionDate", date.toString()));
    }

    @ParameterizedTest(name = "{0} for {1} decided {2}: {3} × base salary, rounded up to {4}")
    @CsvSource({
            "CSTD_TQ,    INDIVIDUAL, 2026-11-29,  4.5,  10000",
            "CSTD_TINH,  INDIVIDUAL, 2026-11-29,  3.0,  10000",
            "CSTD_CS,    INDIVIDUAL, 2019-12-20,  1.0,  10000",
            "LDTT,       INDIVIDUAL, 2026-11-29,  0.3,  10000",
            "TT_LDXS,    COLLECTIVE, 2026-11-29,  1.5,  10000",
            "TT_LDTT,    COLLECTIVE, 2026-11-29,  0.8,  10000",
            "CO_TD_CP,   COLLECTIVE, 2026-11-29, 12.0,  10000",
            "CO_TD_TINH, COLLECTIVE, 2020-01-15,  8.0,  10000",
            // Bằng khen tỉnh: 1.0 until 30/6/2025, 1.5 from 1/7/2025 [check]; collective twice the individual.
            "BK_TINH,    INDIVIDUAL, 2025-06-30,  1.0,  10000",
            "BK_TINH,    HOUSEHOLD,  2019-12-20,  1.0,  10000",
            "BK_TINH,    INDIVIDUAL, 2025-07-01,  1.5,  10000",
            "BK_TINH,    HOUSEHOLD,  2026-11-29,  1.5,  10000",
            "BK_TINH,    COLLECTIVE, 2025-06-30,  2.0,  10000",
            "BK_TINH,    ENTERPRISE, 2025-06-30,  2.0,  10000",
            "BK_TINH,    COLLECTIVE, 2025-07-01,  3.0,  10000",
            "BK_TINH,    ENTERPRISE, 2026-11-29,  3.0,  10000",
            "BK_TTG,     INDIVIDUAL, 2026-11-29,  3.5,  10000",
            "BK_TTG,     HOUSEHOLD,  2024-03-01,  3.5,  10000",
            "BK_TTG,     COLLECTIVE, 2026-11-29,  7.0,  10000",
            "BK_TTG,     ENTERPRISE, 2024-03-01,  7.0,  10000",
            "GK_XA,      INDIVIDUAL, 2026-11-29,  0.15, 10000",
            "GK_XA,      HOUSEHOLD,  2026-11-29,  0.15, 10000",
            "GK_HUYEN,   INDIVIDUAL, 2025-06-30,  0.15, 10000",
            "GK_XA,      COLLECTIVE, 2026-11-29,  0.3,  10000",
            "GK_HUYEN,   ENTERPRISE, 2019-12-20,  0.3,  10000",
    })
    void coefficientPerAwardKindAndNominee(String kind, String nominee, LocalDate date, double coefficient, long step) {
        DmnDecisionRuleResult result = evaluate(kind, nominee, date).getSingleResult();

        assertThat(((Number) result.getEntry("coefficient")).doubleValue()).isEqualTo(coefficient);
        assertThat(((Number) result.getEntry("roundingStep")).longValue()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} for {1}: no row")
    @CsvSource({
            "LDTT,      COLLECTIVE",
            "CSTD_CS,   HOUSEHOLD",
            "CO_TD_TINH, INDIVIDUAL",
            "HUAN_CHUONG, INDIVIDUAL",
    })
    void aCombinationTheLawDoesNotRewardMatchesNoRow(String kind, String nominee) {
        assertThat(evaluate(kind, nominee, LocalDate.of(2026, 11, 29)).getResultList()).isEmpty();
    }
}
