package vn.khenthuong.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.award.AwardFigures;
import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.emulation.BlockPacts;
import vn.khenthuong.emulation.BlockSummary;
import vn.khenthuong.nomination.Labels;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.NomineeKind;

/**
 * Builds reports from grouped counts: one grouped query over the nominations and one over the award registry, summed
 * here per unit, award kind and year; the steps (working days, overdue) are a report of their own, being the
 * heavier query (every step of the year's dossiers), so the page shows its figures without waiting.
 */
@Service
class Reports {

    static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final Catalog catalog;
    private final BlockPacts blocks;
    private final NominationTally nominations;
    private final AwardFigures awards;
    private final WorkingCalendar calendar;

    Reports(Catalog catalog, BlockPacts blocks, NominationTally nominations, AwardFigures awards, WorkingCalendar calendar) {
        this.catalog = catalog;
        this.blocks = blocks;
        this.nominations = nominations;
        this.awards = awards;
        this.calendar = calendar;
    }

    /** A filter checked against the catalogue and the blocks, with the units it covers. */
    record Resolved(ReportFilter filter, Scope scope, String headUnit) {
    }

    @Transactional(readOnly = true)
    Report report(ReportFilter filter) {
        Resolved resolved = resolve(filter);
        Scope scope = resolved.scope();
        NominationTally.Filter every = new NominationTally.Filter(scope.units(), filter.movement(), filter.awardKind(), filter.nomineeKind(), null);
        List<NominationTally.Line> nominationLines = nominations.counts(every);
        List<AwardFigures.Line> awardLines = awards.tally(new AwardFigures.Filter(scope.units(), filter.movement(), filter.awardKind(),
                filter.nomineeKind(), null, null));

        Sums total = new Sums();
        Map<String, Sums> perUnit = new HashMap<>();
        Map<String, Sums> perKind = new HashMap<>();
        Map<Integer, Sums> perYear = new TreeMap<>();
        for (NominationTally.Line l : nominationLines) {
            perYear.computeIfAbsent(l.year(), y -> new Sums()).add(l);
            if (filter.year() == null || filter.year() == l.year()) {
                total.add(l);
                perUnit.computeIfAbsent(scope.groupOf(l.unitCode()), u -> new Sums()).add(l);
                perKind.computeIfAbsent(l.awardKindCode(), k -> new Sums()).add(l);
            }
        }
        for (AwardFigures.Line l : awardLines) {
            perYear.computeIfAbsent(l.year(), y -> new Sums()).add(l);
            if (filter.year() == null || filter.year() == l.year()) {
                total.add(l);
                perUnit.computeIfAbsent(scope.groupOf(l.unitCode()), u -> new Sums()).add(l);
                perKind.computeIfAbsent(l.awardKindCode(), k -> new Sums()).add(l);
            }
        }
        List<Report.UnitLine> units = new ArrayList<>();
        perUnit.forEach((code, sums) -> units.add(new Report.UnitLine(code, unitName(code), sums.figures())));
        units.sort(Comparator.comparing(Report.UnitLine::unitName, VIETNAMESE));
        List<Report.AwardKindLine> kinds = new ArrayList<>();
        for (AwardKind kind : catalog.awardKinds()) {
            Sums sums = perKind.remove(kind.code());
            if (sums != null) {
                kinds.add(new Report.AwardKindLine(kind.code(), kind.name(), sums.figures()));
            }
        }
        perKind.forEach((code, sums) -> kinds.add(new Report.AwardKindLine(code, code, sums.figures())));
        List<Report.YearLine> trend = new ArrayList<>();
        perYear.forEach((year, sums) -> trend.add(new Report.YearLine(year, sums.figures())));
        return new Report(filter, scope.name(), total.figures(), units, kinds, trend);
    }

    /** Figures of the nominations and awards, mutable while summing. */
    private static final class Sums {
        long nominations;
        long inProgress;
        long rejections;
        long awards;
        long rewardAmount;

        void add(NominationTally.Line l) {
            nominations += l.count();
            if (NominationStatus.IN_PROGRESS.value().equals(l.status())) {
                inProgress += l.count();
            } else if (NominationStatus.REJECTED.value().equals(l.status())) {
                rejections += l.count();
            }
        }

        void add(AwardFigures.Line l) {
            awards += l.awards();
            rewardAmount += l.rewardAmount();
        }

        Report.Figures figures() {
            return new Report.Figures(nominations, inProgress, rejections, awards, rewardAmount);
        }
    }

    /** Working days and overdue steps per step of the route, for the filter (its year when it has one). */
    @Transactional(readOnly = true)
    StepReport steps(ReportFilter filter) {
        Scope scope = resolve(filter).scope();
        NominationTally.Filter ofTheYear = new NominationTally.Filter(scope.units(), filter.movement(), filter.awardKind(), filter.nomineeKind(),
                filter.year());
        return new StepReport(filter, scope.name(), stepLines(ofTheYear));
    }

    /**
     * The sum over steps of (working days from start to end) is the sum of the end days' ordinals less the sum of
     * the start days' ordinals, an ordinal being the number of working days since a fixed day: the database groups
     * the steps by start and end day, and the calendar is walked once over the days that occur.
     */
    private List<Report.StepLine> stepLines(NominationTally.Filter filter) {
        TreeSet<Integer> years = new TreeSet<>(calendar.years());
        LocalDate from = LocalDate.of(years.first(), 1, 1);
        LocalDate to = LocalDate.of(years.last(), 12, 31);
        List<NominationTally.StepSpan> spans = nominations.stepSpans(filter, from, to);
        TreeSet<LocalDate> dates = new TreeSet<>();
        spans.forEach(d -> {
            dates.add(d.started());
            dates.add(d.ended());
        });
        Map<LocalDate, Integer> ordinal = new HashMap<>();
        LocalDate previous = from;
        int count = 0;
        for (LocalDate date : dates) {
            count += calendar.workingDaysBetween(previous, date);
            ordinal.put(date, count);
            previous = date;
        }
        Map<String, long[]> perStep = new LinkedHashMap<>(); // completed, working days in all, overdue
        for (NominationTally.StepSpan d : spans) {
            long[] s = perStep.computeIfAbsent(d.step(), k -> new long[3]);
            s[0] += d.count();
            s[1] += d.count() * (ordinal.get(d.ended()) - ordinal.get(d.started()));
            s[2] += d.overdue();
        }
        List<String> routeOrder = Labels.steps().stream().map(Labels.Step::id).toList();
        List<Report.StepLine> lines = new ArrayList<>();
        perStep.forEach((step, s) -> lines.add(new Report.StepLine(step, Labels.stepName(step), s[0],
                s[0] == 0 ? null : Math.round(s[1] * 10.0 / s[0]) / 10.0, s[2])));
        lines.sort(Comparator.comparingInt((Report.StepLine l) -> routeOrder.indexOf(l.step()) < 0 ? Integer.MAX_VALUE : routeOrder.indexOf(l.step()))
                .thenComparing(Report.StepLine::step));
        return lines;
    }

    /** Checks every filter at once; the block's members (and head unit) of the year, or of every year. */
    Resolved resolve(ReportFilter filter) {
        List<ReportRefusedException.Problem> problems = new ArrayList<>();
        if (filter.year() != null && (filter.year() < 1945 || filter.year() > 2100)) {
            problems.add(new ReportRefusedException.Problem("year", "Năm phải từ 1945 đến 2100", "Year must be 1945–2100"));
        }
        if (filter.unit() != null && catalog.unit(filter.unit()).isEmpty()) {
            problems.add(new ReportRefusedException.Problem("unit", "Không có đơn vị mã " + filter.unit(), "No unit with code " + filter.unit()));
        }
        if (filter.movement() != null && catalog.movement(filter.movement()).isEmpty()) {
            problems.add(new ReportRefusedException.Problem("movement", "Không có phong trào thi đua mã " + filter.movement(),
                    "No movement with code " + filter.movement()));
        }
        if (filter.awardKind() != null && catalog.awardKind(filter.awardKind()).isEmpty()) {
            problems.add(new ReportRefusedException.Problem("awardKind", "Không có hình thức khen thưởng mã " + filter.awardKind(),
                    "No award kind with code " + filter.awardKind()));
        }
        if (filter.nomineeKind() != null && NomineeKind.find(filter.nomineeKind()).isEmpty()) {
            problems.add(new ReportRefusedException.Problem("nomineeKind", "Loại đối tượng phải là một trong: cá nhân (INDIVIDUAL), tập thể "
                    + "(COLLECTIVE), hộ gia đình (HOUSEHOLD), doanh nghiệp (ENTERPRISE)", "Nominee kind must be INDIVIDUAL, COLLECTIVE, HOUSEHOLD or ENTERPRISE"));
        }
        List<String> members = null;
        String blockName = null;
        String headUnit = null;
        List<BlockSummary> years = List.of();
        if (problems.isEmpty()) {
            years = blocks.blocks(filter.year());
            if (filter.block() != null) {
                years = years.stream().filter(b -> b.blockCode().equals(filter.block())).toList();
                if (years.isEmpty()) {
                    problems.add(new ReportRefusedException.Problem("block", "Không có khối thi đua mã " + filter.block()
                            + (filter.year() == null ? "" : " năm " + filter.year()), "No emulation block " + filter.block()
                            + (filter.year() == null ? "" : " in " + filter.year())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
        if (filter.block() != null) {
            members = years.stream().flatMap(b -> b.members().stream()).distinct().toList();
            blockName = years.get(0).name();
        }
        // The head unit writes the block's report: with one block that year (or the one chosen), its head comes first.
        if (filter.year() != null && years.stream().map(BlockSummary::headUnit).distinct().count() == 1) {
            headUnit = years.get(0).headUnit();
        }
        return new Resolved(filter, Scope.of(catalog, filter.unit(), members, blockName), headUnit);
    }

    String unitName(String code) {
        return catalog.unit(code).map(Unit::name).orElse(code);
    }
}
