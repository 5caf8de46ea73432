package vn.khenthuong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.khenthuong.workflow.NominationProcess;

/**
 * The FEEL engine that parses each cell once gives what Camunda's gives, for every table we deploy and every
 * combination of the inputs the tables name, and fails with Camunda's own error where a cell is broken.
 */
class ParsedFeelCacheTest {

    static final List<String> AWARD_KINDS = List.of("LDTT", "CSTD_CS", "CSTD_TINH", "CSTD_TQ", "TT_LDTT", "TT_LDXS", "CO_TD_TINH",
            "CO_TD_CP", "GK_XA", "GK_HUYEN", "BK_TINH", "BK_TTG", "KHONG_CO");
    static final List<String> NOMINEE_KINDS = List.of("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD", "ENTERPRISE");
    static final List<String> PROCEDURES = List.of("PERIODIC", "THEMATIC", "AD_HOC");

    final ParsedFeelCache.CachingFeelEngine cached = new ParsedFeelCache.CachingFeelEngine(List.of());
    final DmnEngine camunda = new DefaultDmnEngineConfiguration().buildEngine();
    final DmnEngine ours = ((DefaultDmnEngineConfiguration) new DefaultDmnEngineConfiguration().feelEngineFactory(() -> cached)).buildEngine();

    static DmnDecision parse(DmnEngine engine, String file, String decision) throws Exception {
        try (InputStream in = ParsedFeelCacheTest.class.getClassLoader().getResourceAsStream("processes/" + file)) {
            return engine.parseDecision(decision, in);
        }
    }

    /** Evaluates each case twice with the cached engine (parsed, then from the cache) and once with Camunda's. */
    void sameResults(String file, String decision, List<Map<String, Object>> cases) throws Exception {
        DmnDecision theirs = parse(camunda, file, decision);
        DmnDecision mine = parse(ours, file, decision);
        int rowsSeen = 0;
        for (Map<String, Object> variables : cases) {
            List<Map<String, Object>> expected = camunda.evaluateDecision(theirs, variables).getResultList();
            assertThat(ours.evaluateDecision(mine, variables).getResultList()).as(file + " " + variables).isEqualTo(expected);
            assertThat(ours.evaluateDecision(mine, variables).getResultList()).as(file + " again " + variables).isEqualTo(expected);
            rowsSeen += expected.size();
        }
        assertThat(rowsSeen).as("the cases of " + file + " match rows").isPositive();
    }

    @Test
    void everyTableGivesCamundasResultsForEveryCombinationOfItsInputs() throws Exception {
        List<Map<String, Object>> route = new ArrayList<>();
        List<Map<String, Object>> eligibility = new ArrayList<>();
        List<Map<String, Object>> quota = new ArrayList<>();
        List<Map<String, Object>> reward = new ArrayList<>();
        List<Map<String, Object>> threshold = new ArrayList<>();
        for (String kind : AWARD_KINDS) {
            for (String level : List.of("COMMUNE", "DISTRICT", "PROVINCE")) {
                threshold.add(Map.of("awardKindCode", kind, "councilLevel", level));
            }
            for (String nominee : NOMINEE_KINDS) {
                for (int year : List.of(2019, 2024, 2026)) {
                    quota.add(Map.of("awardKindCode", kind, "nomineeKind", nominee, "year", year));
                }
                for (String date : List.of("2019-12-20", "2023-07-01", "2024-06-30", "2024-07-01", "2026-11-28")) {
                    reward.add(Map.of("awardKindCode", kind, "nomineeKind", nominee, "decisionDate", date));
                }
                for (String procedure : PROCEDURES) {
                    for (String tier : List.of("TWO_TIER", "THREE_TIER")) {
                        for (String origin : List.of("UNIT", "BLOCK")) {
                            route.add(Map.of("awardKindCode", kind, "nomineeKind", nominee, "procedureKind", procedure, "tierModel", tier,
                                    "origin", origin));
                        }
                    }
                    for (int year : List.of(2019, 2026)) {
                        eligibility.add(Map.of("awardKindCode", kind, "nomineeKind", nominee, "procedureKind", procedure, "year", year));
                    }
                }
            }
        }
        sameResults("nominationRoute.dmn", NominationProcess.ROUTE_DECISION, route);
        sameResults("eligibility.dmn", NominationProcess.ELIGIBILITY_DECISION, eligibility);
        sameResults("quota.dmn", NominationProcess.QUOTA_DECISION, quota);
        sameResults("rewardAmount.dmn", "rewardAmount", reward);
        sameResults("voteThreshold.dmn", NominationProcess.VOTE_THRESHOLD_DECISION, threshold);
        int cachedAfterOnePass = cached.cachedTexts();
        assertThat(cachedAfterOnePass).isPositive();
        sameResults("nominationRoute.dmn", NominationProcess.ROUTE_DECISION, route);
        assertThat(cached.cachedTexts()).as("a second pass parses nothing new").isEqualTo(cachedAfterOnePass);
    }

    @Test
    void aBrokenCellFailsWithCamundasOwnErrorAndIsNotCached() throws Exception {
        String table = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://khenthuong.vn/dmn">
                  <decision id="broken" name="broken">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="ie" typeRef="string"><text>awardKindCode</text></inputExpression></input>
                      <output id="o" name="result" typeRef="string" />
                      <rule id="r1">
                        <inputEntry id="r1i"><text>"BK_TINH" and and</text></inputEntry>
                        <outputEntry id="r1o"><text>"x"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        DmnDecision theirs = camunda.parseDecision("broken", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
        DmnDecision mine = ours.parseDecision("broken", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> variables = new HashMap<>(Map.of("awardKindCode", "BK_TINH"));
        String expected = null;
        try {
            camunda.evaluateDecision(theirs, variables);
        } catch (RuntimeException e) {
            expected = e.getMessage();
        }
        assertThat(expected).isNotNull();
        assertThatThrownBy(() -> ours.evaluateDecision(mine, variables)).hasMessage(expected);
        assertThat(cached.isCached("\"BK_TINH\" and and")).isFalse();
        assertThat(cached.isCached("awardKindCode")).as("the valid input expression is kept").isTrue();
    }
}
