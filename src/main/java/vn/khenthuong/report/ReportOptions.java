package vn.khenthuong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.award.AwardFigures;
import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.emulation.BlockPacts;
import vn.khenthuong.emulation.BlockSummary;

/** What the page's filters offer: years, blocks, units (each district followed by its communes), movements, award kinds. */
@Component
class ReportOptions {

    record Choice(String code, String name) {
    }

    /** {@code defaultYear}: the latest year with a nomination or an award (the page opens on it). */
    record Options(List<Integer> years, Integer defaultYear, List<Choice> blocks, List<Choice> units, List<Choice> movements,
                   List<Choice> awardKinds) {
    }

    private final Catalog catalog;
    private final BlockPacts blocks;
    private final WorkingCalendar calendar;
    private final NominationTally nominations;
    private final AwardFigures awards;

    ReportOptions(Catalog catalog, BlockPacts blocks, WorkingCalendar calendar, NominationTally nominations, AwardFigures awards) {
        this.catalog = catalog;
        this.blocks = blocks;
        this.calendar = calendar;
        this.nominations = nominations;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    Options options() {
        Integer latestNomination = nominations.latestYear();
        Integer latestAward = awards.latestYear();
        Integer latest = latestNomination == null ? latestAward : latestAward == null ? latestNomination : Math.max(latestNomination, latestAward);
        TreeSet<Integer> known = new TreeSet<>(calendar.years());
        int last = Math.max(LocalDate.now().getYear(), latest == null ? 0 : latest);
        List<Integer> years = IntStream.rangeClosed(Math.min(known.first(), latest == null ? known.first() : latest), last)
                .boxed().sorted(Comparator.reverseOrder()).toList();
        Map<String, String> blockNames = new LinkedHashMap<>();
        for (BlockSummary b : blocks.blocks(null)) {
            blockNames.putIfAbsent(b.blockCode(), b.name());
        }
        List<Choice> units = new ArrayList<>();
        List<Unit> all = catalog.units();
        for (Unit province : all.stream().filter(u -> u.tier() == Tier.PROVINCE).toList()) {
            units.add(new Choice(province.code(), province.name()));
            addChildren(province.code(), all, units, "");
        }
        return new Options(years, latest == null ? LocalDate.now().getYear() : latest,
                blockNames.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList(), units,
                catalog.movements().stream().map(m -> new Choice(m.code(), m.name())).toList(),
                catalog.awardKinds().stream().map(k -> new Choice(k.code(), k.name())).toList());
    }

    private static void addChildren(String parent, List<Unit> all, List<Choice> into, String indent) {
        all.stream().filter(u -> parent.equals(u.parentCode())).sorted(Comparator.comparing(Unit::name, Reports.VIETNAMESE)).forEach(u -> {
            into.add(new Choice(u.code(), indent + "— " + u.name()));
            addChildren(u.code(), all, into, indent + "\u00a0\u00a0");
        });
    }
}
