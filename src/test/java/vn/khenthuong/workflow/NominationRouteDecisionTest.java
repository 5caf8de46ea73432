package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/nominationRoute.dmn, row by row: each case names the rule it exercises and the whole route it gives,
 * steps as STEP@LEVEL in order. Every rule of the table is hit by at least one case.
 */
class NominationRouteDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = new DefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = NominationRouteDecisionTest.class.getClassLoader().getResourceAsStream("processes/nominationRoute.dmn")) {
            decision = dmn.parseDecision(NominationProcess.ROUTE_DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
            "communeDecision      | GK_XA     | INDIVIDUAL | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DECISION@COMMUNE",
            "communeDecision LDTT | LDTT      | INDIVIDUAL | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE DECISION@COMMUNE",
            "districtDecision     | GK_HUYEN  | INDIVIDUAL | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT DECISION@DISTRICT",
            "districtCouncil CSTĐ | CSTD_CS   | INDIVIDUAL | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT COUNCIL@DISTRICT DECISION@DISTRICT",
            "communeDecisionCstd  | CSTD_CS   | INDIVIDUAL | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE DECISION@COMMUNE",
            "provincialDecision   | BK_TINH   | HOUSEHOLD  | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT COUNCIL@DISTRICT APPRAISAL@PROVINCE DECISION@PROVINCE",
            "communeCouncil       | BK_TINH   | INDIVIDUAL | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE DECISION@PROVINCE",
            "ad hoc, three tiers  | BK_TINH   | INDIVIDUAL | AD_HOC   | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT APPRAISAL@PROVINCE DECISION@PROVINCE",
            "ad hoc, two tiers    | BK_TINH   | COLLECTIVE | AD_HOC   | TWO_TIER   | COMMUNE_REVIEW@COMMUNE APPRAISAL@PROVINCE DECISION@PROVINCE",
            "thematic = periodic  | BK_TINH   | INDIVIDUAL | THEMATIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE DECISION@PROVINCE",
            "provincialCouncil    | CSTD_TINH | INDIVIDUAL | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT COUNCIL@DISTRICT APPRAISAL@PROVINCE COUNCIL@PROVINCE DECISION@PROVINCE",
            "provincial flag      | CO_TD_TINH| COLLECTIVE | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE COUNCIL@PROVINCE DECISION@PROVINCE",
            "no provincial council| TT_LDXS   | COLLECTIVE | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE DECISION@PROVINCE",
            // Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2: public disclosure at least 10 working days BEFORE the provincial
            // council meets, for state honours and CSTĐ toàn quốc — not for the Prime Minister's Bằng khen.
            "no disclosure, BK TTg| BK_TTG    | INDIVIDUAL | PERIODIC | THREE_TIER | COMMUNE_REVIEW@COMMUNE DISTRICT_REVIEW@DISTRICT COUNCIL@DISTRICT APPRAISAL@PROVINCE COUNCIL@PROVINCE CENTRAL_DECISION@CENTRAL",
            "CSTĐ toàn quốc       | CSTD_TQ   | INDIVIDUAL | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE DISCLOSURE@PROVINCE COUNCIL@PROVINCE CENTRAL_DECISION@CENTRAL",
            "ad hoc central       | BK_TTG    | HOUSEHOLD  | AD_HOC   | TWO_TIER   | COMMUNE_REVIEW@COMMUNE APPRAISAL@PROVINCE CENTRAL_DECISION@CENTRAL",
            // Cờ thi đua của Chính phủ (Luật 2022, Điều 25): proposed by the province, decided by the Prime Minister.
            "Government's flag    | CO_TD_CP  | COLLECTIVE | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE COUNCIL@COMMUNE APPRAISAL@PROVINCE COUNCIL@PROVINCE CENTRAL_DECISION@CENTRAL",
            "district ended       | GK_HUYEN  | INDIVIDUAL | PERIODIC | TWO_TIER   | COMMUNE_REVIEW@COMMUNE",
    })
    void routeOfEachCase(String rule, String awardKind, String nomineeKind, String procedure, String tierModel, String expected) {
        List<Map<String, Object>> rows = dmn.evaluateDecisionTable(decision, Map.of("awardKindCode", awardKind, "nomineeKind", nomineeKind,
                "procedureKind", procedure, "tierModel", tierModel)).getResultList();

        List<String> route = rows.stream().sorted(Comparator.comparingInt(r -> ((Number) r.get("stepOrder")).intValue()))
                .map(r -> r.get("step") + "@" + r.get("level")).toList();

        // The last case has no decision: RouteDecisions refuses such a route at filing (the kind also ends on 2025-06-30).
        assertThat(route).as(rule).containsExactlyElementsOf(Arrays.asList(expected.trim().split("\\s+")));
        rows.stream().filter(r -> "DISCLOSURE".equals(r.get("step"))).forEach(r -> assertThat(((Number) r.get("windowDays")).intValue()).isPositive());
    }
}
