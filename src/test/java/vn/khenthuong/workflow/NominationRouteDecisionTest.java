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
                "procedureKind", procedure, "tierModel", tierModel, "origin", "UNIT")).getResultList();

        List<String> route = rows.stream().sorted(Comparator.comparingInt(r -> ((Number) r.get("stepOrder")).intValue()))
                .map(r -> r.get("step") + "@" + r.get("level")).toList();

        // The last case has no decision: RouteDecisions refuses such a route at filing (the kind also ends on 2025-06-30).
        assertThat(route).as(rule).containsExactlyElementsOf(Arrays.asList(expected.trim().split("\\s+")));
        rows.stream().filter(r -> "DISCLOSURE".equals(r.get("step"))).forEach(r -> assertThat(((Number) r.get("windowDays")).intValue()).isPositive());
    }

    /**
     * A block's proposal (origin BLOCK, row blockAppraisal): the head of the block proposes to the province, so the
     * route starts at the provincial appraisal whatever the tier model, and the shared provincial rows follow. A block
     * proposes collectives for the province's awards only: anything else has no route (refused at filing).
     */
    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} BLOCK -> {5}")
    @CsvSource(delimiter = '|', value = {
            "block flag, 2019     | CO_TD_TINH| COLLECTIVE | PERIODIC | THREE_TIER | APPRAISAL@PROVINCE COUNCIL@PROVINCE DECISION@PROVINCE",
            "block flag, 2026     | CO_TD_TINH| COLLECTIVE | PERIODIC | TWO_TIER   | APPRAISAL@PROVINCE COUNCIL@PROVINCE DECISION@PROVINCE",
            "block commendation   | BK_TINH   | COLLECTIVE | PERIODIC | THREE_TIER | APPRAISAL@PROVINCE DECISION@PROVINCE",
            "block, Government    | CO_TD_CP  | COLLECTIVE | PERIODIC | TWO_TIER   | APPRAISAL@PROVINCE COUNCIL@PROVINCE CENTRAL_DECISION@CENTRAL",
            "block, an individual | CO_TD_TINH| INDIVIDUAL | PERIODIC | THREE_TIER | COUNCIL@PROVINCE DECISION@PROVINCE",
            "block, commune award | GK_XA     | COLLECTIVE | PERIODIC | TWO_TIER   | ''",
            "block, district award| GK_HUYEN  | COLLECTIVE | PERIODIC | THREE_TIER | ''",
    })
    void routeOfABlocksProposal(String rule, String awardKind, String nomineeKind, String procedure, String tierModel, String expected) {
        List<String> route = dmn.evaluateDecisionTable(decision, Map.of("awardKindCode", awardKind, "nomineeKind", nomineeKind,
                        "procedureKind", procedure, "tierModel", tierModel, "origin", "BLOCK")).getResultList().stream()
                .sorted(Comparator.comparingInt(r -> ((Number) r.get("stepOrder")).intValue()))
                .map(r -> r.get("step") + "@" + r.get("level")).toList();
        // A commune or district award from a block has no route at all: RouteDecisions refuses it at filing. An individual
        // misses the block's row (no appraisal): the filing rule refuses a block's proposal for anyone but a collective.
        assertThat(route).as(rule).containsExactlyElementsOf(expected.isBlank() ? List.of() : Arrays.asList(expected.trim().split("\\s+")));
    }

    /** The values the table tests for its input origin are those of nomination.DossierOrigin, the one vocabulary. */
    @org.junit.jupiter.api.Test
    void originValuesAreDossierOrigins() throws Exception {
        String table = new String(NominationRouteDecisionTest.class.getClassLoader().getResourceAsStream("processes/nominationRoute.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<inputEntry id=\"\\w+In4\"><text>([^<]*)</text>").matcher(table);
        java.util.Set<String> used = new java.util.TreeSet<>();
        int rows = 0;
        while (m.find()) {
            rows++;
            if (!m.group(1).isBlank()) {
                used.add(m.group(1).replace("&quot;", ""));
            }
        }
        assertThat(rows).isEqualTo(table.split("<rule id=").length - 1);
        assertThat(used).containsExactlyInAnyOrderElementsOf(Arrays.stream(vn.khenthuong.nomination.DossierOrigin.values())
                .map(vn.khenthuong.nomination.DossierOrigin::value).toList());
    }
}
