package vn.khenthuong.workflow.adapter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;
import vn.khenthuong.eligibility.Candidacy;
import vn.khenthuong.eligibility.EligibilityTables;
import vn.khenthuong.eligibility.PrerequisiteRule;
import vn.khenthuong.eligibility.QuotaRule;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.engine.LatestDecisions;

/** Reads processes/eligibility.dmn and processes/quota.dmn, their latest deployed version ({@link LatestDecisions}). */
@Component
class DmnEligibilityTables implements EligibilityTables {

    private final LatestDecisions latest;

    DmnEligibilityTables(LatestDecisions latest) {
        this.latest = latest;
    }

    @Override
    public List<PrerequisiteRule> prerequisites(Candidacy candidacy) {
        return evaluate(NominationProcess.ELIGIBILITY_DECISION, candidacy).stream().map(DmnEligibilityTables::prerequisite).toList();
    }

    @Override
    public Optional<QuotaRule> quota(Candidacy candidacy) {
        DmnDecisionResultEntries first = evaluate(NominationProcess.QUOTA_DECISION, candidacy).getFirstResult();
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new QuotaRule(entry(first, "ruleId"), entry(first, "ruleName"), entry(first, "legalBasis"),
                entry(first, "baseAwardKind"), BigDecimal.valueOf(((Number) entry(first, "maxShare")).doubleValue()),
                RoundingMode.valueOf((String) entry(first, "rounding")), intEntry(first, "minimumSlots")));
    }

    /**
     * The tables are reference data that every official's step applies, so they are read without Camunda's
     * decision-definition authorization, in the delegate as in the API's preview ({@link LatestDecisions#evaluate}).
     */
    private DmnDecisionResult evaluate(String key, Candidacy c) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("awardKindCode", c.awardKindCode());
        variables.put("nomineeKind", c.nomineeKind());
        variables.put("procedureKind", c.procedureKind());
        variables.put("year", c.year());
        return latest.evaluate(key, variables).result();
    }

    private static PrerequisiteRule prerequisite(DmnDecisionResultEntries row) {
        String counted = entry(row, "countedProcedures");
        Set<String> procedures = counted == null ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(counted.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
        String required = entry(row, "requiredAwardKind");
        return new PrerequisiteRule(entry(row, "ruleId"), entry(row, "ruleName"), entry(row, "legalBasis"),
                required == null || required.isBlank() ? null : required, intEntry(row, "times"), intEntry(row, "stepYears"),
                intEntry(row, "lastYearOffset"), procedures, Boolean.TRUE.equals(entry(row, "blocking")));
    }

    /** An empty output cell leaves no entry at all, so read the map (getEntry would fail on it). */
    @SuppressWarnings("unchecked")
    private static <T> T entry(DmnDecisionResultEntries row, String name) {
        return (T) row.getEntryMap().get(name);
    }

    private static int intEntry(DmnDecisionResultEntries row, String name) {
        Object value = entry(row, name);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
