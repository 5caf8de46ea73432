package vn.khenthuong.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One row of processes/eligibility.dmn: the nominee must hold {@code requiredAwardKind} in the registry
 * {@code times} times, {@code stepYears} apart, the last one {@code lastYearOffset} years before the year of
 * the nomination, counting only awards of {@code countedProcedures}. Without a required award kind the
 * condition cannot be checked from the registry and is only a reminder to the reviewer.
 */
public record PrerequisiteRule(String ruleId, String ruleName, String legalBasis, String requiredAwardKind, int times,
                               int stepYears, int lastYearOffset, Set<String> countedProcedures, boolean blocking) {

    public boolean checkable() {
        return requiredAwardKind != null && times > 0;
    }

    /** The years the required award must be held in, oldest first. */
    public List<Integer> requiredYears(int year) {
        List<Integer> years = new ArrayList<>();
        int last = year - lastYearOffset;
        for (int i = times - 1; i >= 0; i--) {
            years.add(last - i * Math.max(1, stepYears));
        }
        return years;
    }
}
