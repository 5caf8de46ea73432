package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An emulation block's year and its pact: who the members are, who heads the block this year, from which day
 * this composition holds ({@code effectiveFrom}, 1 January of the year when not given), the indicators with
 * their weights (summing to {@code totalWeight}) and every member's plan target. {@link PactRules} says when
 * it is well formed.
 */
public record Pact(String blockCode, int year, String name, String headUnit, LocalDate effectiveFrom, BigDecimal totalWeight,
                   List<String> members, List<Indicator> indicators, List<PlanTarget> targets) {

    public Pact {
        members = members == null ? List.of() : List.copyOf(members);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The day the members must exist on: the effective date, or 1 January of the year. */
    public LocalDate effectiveDate() {
        return effectiveFrom != null ? effectiveFrom : LocalDate.of(year, 1, 1);
    }

    public Optional<PlanTarget> target(String unitCode, String indicatorCode) {
        return targets.stream().filter(t -> t.unitCode().equals(unitCode) && t.indicatorCode().equals(indicatorCode)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
