package vn.khenthuong.award;

import java.util.Collection;
import java.util.List;

/**
 * The award registry counted, for reports: how many awards and how much reward money, per year, unit, award kind
 * and nominee kind. Counted from the registry itself (table {@code award}), so awards recorded without a nomination
 * in this system (past years' registry) count as well as those decided at the end of a nomination; annulled awards
 * (kept in the registry with their annulling decision) do not.
 */
public interface AwardFigures {

    /**
     * What to count; a null field means any. {@code unitCodes} is the exact set of units (the caller expands a
     * district to its communes); an empty set matches nothing.
     */
    record Filter(Collection<String> unitCodes, String movementCode, String awardKindCode, String nomineeKind,
                  Integer fromYear, Integer toYear) {
    }

    /** One group: {@code rewardAmount} in đồng, lines without a computed amount count as 0. */
    record Line(int year, String unitCode, String awardKindCode, String nomineeKind, long awards, long rewardAmount) {
    }

    List<Line> tally(Filter filter);

    /** The latest year with an award in the registry, null when it is empty. */
    Integer latestYear();
}
