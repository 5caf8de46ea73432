package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/eligibility.dmn on the DMN engine alone: one case per row, and the cases no row may catch. */
class EligibilityDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = EligibilityDecisionTest.class.getClassLoader().getResourceAsStream("processes/eligibility.dmn")) {
            decision = dmn.parseDecision(NominationProcess.ELIGIBILITY_DECISION, in);
        }
    }

    static DmnDecisionResult evaluate(String awardKind, String nomineeKind, String procedure, int year) {
        return dmn.evaluateDecision(decision, Map.of("awardKindCode", awardKind, "nomineeKind", nomineeKind, "procedureKind", procedure, "year", year));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} needs {4} ×{5}, {6} years apart; blocking {7}")
    @CsvSource(nullValues = "-", value = {
            "CSTD_CS,   INDIVIDUAL, PERIODIC, cstdCoSoNeedsLdtt,            LDTT,      1, 1, true",
            "CSTD_TINH, INDIVIDUAL, PERIODIC, cstdTinhNeedsThreeCstdCoSo,   CSTD_CS,   3, 1, true",
            "CSTD_TQ,   INDIVIDUAL, PERIODIC, cstdToanQuocNeedsTwoCstdTinh, CSTD_TINH, 2, 3, true",
            "BK_TINH,   INDIVIDUAL, PERIODIC, bangKhenTinhTwoCstdCoSo,      CSTD_CS,   2, 1, false",
            "TT_LDTT,   COLLECTIVE, PERIODIC, tapTheLdttMemberShare,        -,         0, 1, false",
            "TT_LDXS,   COLLECTIVE, PERIODIC, tapTheLdxsMemberShare,        -,         0, 1, false",
    })
    void oneRowPerRule(String awardKind, String nomineeKind, String procedure, String ruleId, String required, int times, int step, boolean blocking) {
        DmnDecisionResult result = evaluate(awardKind, nomineeKind, procedure, 2019);

        assertThat(result.getResultList()).hasSize(1);
        Map<String, Object> row = result.getResultList().get(0);
        assertThat(row.get("ruleId")).isEqualTo(ruleId);
        assertThat(row.get("requiredAwardKind")).isEqualTo(required);
        assertThat(((Number) row.get("times")).intValue()).isEqualTo(times);
        assertThat(((Number) row.get("stepYears")).intValue()).isEqualTo(step);
        assertThat(((Number) row.get("lastYearOffset")).intValue()).isZero();
        assertThat(row.get("countedProcedures")).isEqualTo("PERIODIC");
        assertThat(row.get("blocking")).isEqualTo(blocking);
        assertThat((String) row.get("ruleName")).isNotBlank().matches(".*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ].*");
        assertThat((String) row.get("legalBasis")).startsWith("Luật Thi đua, khen thưởng 2022");
    }

    @ParameterizedTest(name = "{0} {1} {2}: no prerequisite")
    @CsvSource({
            "CSTD_TINH, INDIVIDUAL, AD_HOC",      // ad hoc awards rest on the feat itself
            "BK_TINH,   INDIVIDUAL, THEMATIC",    // thematic awards rest on the movement's results
            "BK_TINH,   COLLECTIVE, PERIODIC",    // the CSTĐ route is for individuals
            "BK_TINH,   HOUSEHOLD,  PERIODIC",
            "LDTT,      INDIVIDUAL, PERIODIC",
            "GK_XA,     INDIVIDUAL, PERIODIC",
            "CO_TD_TINH, COLLECTIVE, PERIODIC",
    })
    void noRowWhereNoRegistryConditionApplies(String awardKind, String nomineeKind, String procedure) {
        assertThat(evaluate(awardKind, nomineeKind, procedure, 2019).getResultList()).isEmpty();
    }

    @Test
    void everyRuleIdIsUniqueSoFindingsCanBeToldApart() {
        List<String> ids = List.of("CSTD_CS", "CSTD_TINH", "CSTD_TQ", "BK_TINH").stream()
                .map(k -> (String) evaluate(k, "INDIVIDUAL", "PERIODIC", 2024).getSingleResult().getEntry("ruleId")).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(4);
    }
}
