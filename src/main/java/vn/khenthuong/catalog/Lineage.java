package vn.khenthuong.catalog;

import java.util.List;

/**
 * The units a nomination's dossier passes through, from its filing commune up: the commune, its district (none
 * under the two-tier model) and its province. Knows whose officials act at each level of a route.
 */
public record Lineage(String commune, String district, String province) {

    /** From {@link Catalog#lineage}: the unit and its ancestors, nearest first. */
    public static Lineage of(List<Unit> units) {
        return new Lineage(code(units, Tier.COMMUNE), code(units, Tier.DISTRICT), code(units, Tier.PROVINCE));
    }

    /**
     * The unit whose officials act at {@code level}. The central board is outside this system: at the central
     * level the provincial board enters the centre's decision, so the province acts.
     */
    public String unitAt(Tier level) {
        return switch (level) {
            case COMMUNE -> commune;
            case DISTRICT -> district;
            case PROVINCE, CENTRAL -> province;
        };
    }

    private static String code(List<Unit> units, Tier tier) {
        return units.stream().filter(u -> u.tier() == tier).map(Unit::code).findFirst().orElse(null);
    }
}
