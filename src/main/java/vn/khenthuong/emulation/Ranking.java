package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A block's ranking for a year: every member with its points per indicator, its total and its place. Equal totals
 * share a place and are marked {@code tied} (competition ranking: 1, 2, 2, 4), never broken by an order nobody chose.
 */
public record Ranking(String blockCode, int year, List<String> indicatorCodes, List<Row> rows) {

    public record Row(String unitCode, String unitName, Map<String, BigDecimal> pointsByIndicator, BigDecimal total, int rank, boolean tied) {
    }

    /** Places for the totals given: higher is better; equal totals share the better place. */
    static List<Row> rank(List<Row> unranked) {
        List<Row> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparing(Row::total).reversed().thenComparing(Row::unitCode));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            int place = i + 1;
            if (i > 0 && sorted.get(i - 1).total().compareTo(r.total()) == 0) {
                place = ranked.get(i - 1).rank();
            }
            final int p = place;
            boolean tied = sorted.stream().filter(o -> o != r).anyMatch(o -> o.total().compareTo(r.total()) == 0);
            ranked.add(new Row(r.unitCode(), r.unitName(), r.pointsByIndicator(), r.total(), p, tied));
        }
        return List.copyOf(ranked);
    }

    /** The members at the given place (several when tied). */
    public List<Row> atRank(int place) {
        return rows.stream().filter(r -> r.rank() == place).toList();
    }
}
