package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.util.List;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/**
 * Whether a commune still had a district above it when its dossier is considered: the input {@code tierModel}
 * of the route decision. Districts end where the province moved to two-tier local government (Lai Châu:
 * 1 July 2025, {@code validTo} in seeds/units.yaml).
 */
public final class TierModels {

    public static final String THREE_TIER = "THREE_TIER";
    public static final String TWO_TIER = "TWO_TIER";

    private TierModels() {
    }

    /**
     * The date the route is decided for: the end of the achievements' year, or today if earlier. A 2019 dossier
     * followed the 2019 structure; a dossier of this year follows today's. [check] our reading, see LAW.md.
     */
    public static LocalDate referenceDate(int year, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return yearEnd.isBefore(today) ? yearEnd : today;
    }

    /** {@code lineage}: the commune and its ancestors, nearest first. */
    public static String of(List<Unit> lineage, LocalDate on) {
        boolean district = lineage.stream().anyMatch(u -> u.tier() == Tier.DISTRICT && validOn(u, on));
        return district ? THREE_TIER : TWO_TIER;
    }

    private static boolean validOn(Unit unit, LocalDate on) {
        return (unit.validFrom() == null || !on.isBefore(unit.validFrom())) && (unit.validTo() == null || !on.isAfter(unit.validTo()));
    }
}
