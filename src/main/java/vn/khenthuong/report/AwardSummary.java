package vn.khenthuong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.award.AwardFigures;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.nomination.NomineeKind;

/**
 * The year's awards as the block's report sums them up: per unit (district, or member of the block), award kind and
 * nominee kind, counted from the award registry, and the paragraph the report writes about them
 * ("Huyện Phong Thổ có 5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 2 hộ gia đình được Thủ tướng Chính phủ
 * tặng Bằng khen. …"), generated from those counts by the rules of {@link #paragraph(List)}.
 */
@Component
class AwardSummary {

    /** The awards of one unit, award kind and nominee kind in the year. */
    record Line(String unitCode, String unitName, String awardKindCode, String awardKindName, String givenBy, String awardNoun,
                String nomineeKind, String nomineeKindLabel, long awards) {
    }

    record Summary(int year, String scope, List<Line> lines, String paragraph) {
    }

    private final Reports reports;
    private final Catalog catalog;
    private final AwardFigures awards;

    AwardSummary(Reports reports, Catalog catalog, AwardFigures awards) {
        this.reports = reports;
        this.catalog = catalog;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    Summary of(ReportFilter filter) {
        if (filter.year() == null) {
            throw new ReportRefusedException(List.of(new ReportRefusedException.Problem("year", "Cần chọn năm để tổng hợp khen thưởng",
                    "A year is required for the award summary")));
        }
        Reports.Resolved resolved = reports.resolve(filter);
        Scope scope = resolved.scope();
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (AwardFigures.Line l : awards.tally(new AwardFigures.Filter(scope.units(), filter.movement(), filter.awardKind(), filter.nomineeKind(),
                filter.year(), filter.year()))) {
            counts.merge(List.of(scope.groupOf(l.unitCode()), l.awardKindCode(), l.nomineeKind()), l.awards(), Long::sum);
        }
        LocalDate endOfYear = LocalDate.of(filter.year(), 12, 31);
        List<Line> lines = new ArrayList<>();
        counts.forEach((key, count) -> {
            AwardKind kind = catalog.awardKind(key.get(1)).orElse(null);
            String nomineeLabel = NomineeKind.find(key.get(2)).map(NomineeKind::labelInSentence).orElse(key.get(2));
            lines.add(new Line(key.get(0), reports.unitName(key.get(0)), key.get(1), kind == null ? key.get(1) : kind.name(),
                    kind == null ? null : givenBy(kind, endOfYear), kind == null ? key.get(1) : noun(kind), key.get(2), nomineeLabel, count));
        });
        lines.sort(order(resolved.headUnit()));
        return new Summary(filter.year(), scope.name(), lines, paragraph(lines));
    }

    /**
     * The head unit first (it writes the block's report), then units by name; within a unit, award kinds decided at
     * a lower level first (the province's Bằng khen before the Prime Minister's), then by code; within a kind, nominee
     * kinds in their order (individuals, collectives, households, enterprises).
     */
    private Comparator<Line> order(String headUnit) {
        return Comparator.comparing((Line l) -> !l.unitCode().equals(headUnit))
                .thenComparing(Line::unitName, Reports.VIETNAMESE)
                .thenComparing(Line::unitCode)
                .thenComparingInt(l -> catalog.awardKind(l.awardKindCode()).map(k -> k.decidingLevel().ordinal()).map(o -> -o).orElse(0))
                .thenComparing(Line::awardKindCode)
                .thenComparingInt(l -> NomineeKind.find(l.nomineeKind()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
    }

    /**
     * One sentence per unit, "<Unit> có <parts>.", a part per award kind, "<n> <nominee kind> [, … và <n> <nominee
     * kind>] được <who decides> tặng <award>", parts joined by "; ". Numbers are written as digits and the nominee
     * kind's word does not change with the number (Vietnamese nouns take no plural after a numeral: "1 cá nhân",
     * "5 cá nhân"). Lines must come in the order of the summary.
     */
    static String paragraph(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        Map<String, Map<String, List<Line>>> byUnit = new LinkedHashMap<>();
        for (Line l : lines) {
            byUnit.computeIfAbsent(l.unitCode(), u -> new LinkedHashMap<>()).computeIfAbsent(l.awardKindCode(), k -> new ArrayList<>()).add(l);
        }
        byUnit.forEach((unit, kinds) -> {
            List<String> parts = new ArrayList<>();
            kinds.forEach((kind, ofKind) -> {
                List<String> who = ofKind.stream().map(l -> l.awards() + " " + l.nomineeKindLabel()).toList();
                Line first = ofKind.get(0);
                parts.add(enumerate(who) + " được " + (first.givenBy() == null ? "" : first.givenBy() + " ") + "tặng " + first.awardNoun());
            });
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(kinds.values().iterator().next().get(0).unitName()).append(" có ").append(String.join("; ", parts)).append('.');
        });
        return text.toString();
    }

    /** "a", "a và b", "a, b và c". */
    static String enumerate(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }

    /**
     * Who decides the kind, as in force at the end of the year, in the words of a sentence: the catalogue's first
     * alternative, without its remark ("Chủ tịch UBND tỉnh (hoặc Thủ trưởng sở, ngành được giao)" → "Chủ tịch UBND tỉnh").
     */
    static String givenBy(AwardKind kind, LocalDate on) {
        String decidedBy = Objects.requireNonNullElse(kind.authorityOn(on).decidedBy(), "");
        int cut = decidedBy.indexOf(" / ");
        decidedBy = cut < 0 ? decidedBy : decidedBy.substring(0, cut);
        cut = decidedBy.indexOf(" (");
        decidedBy = cut < 0 ? decidedBy : decidedBy.substring(0, cut);
        return decidedBy.isBlank() ? null : decidedBy.trim();
    }

    /**
     * The award as the sentence names it once the giver is said: a form of commendation by its name without "của …"
     * ("Bằng khen của Thủ tướng Chính phủ" → "Bằng khen"); an emulation title as "danh hiệu <name>".
     */
    static String noun(AwardKind kind) {
        String name = kind.name();
        int cut = name.indexOf(" của ");
        String shortName = cut < 0 ? name : name.substring(0, cut);
        return "TITLE".equals(kind.category()) ? "danh hiệu " + shortName : shortName;
    }
}
