package vn.khenthuong.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A level of government that acts on a nomination, as the nominationRoute decision names it (its {@code level}
 * output). Units of the catalogue are provinces, districts and communes ({@link #LOCAL}); the centre (the central
 * board, the Prime Minister, the President) decides above the province and is outside this system.
 * Declared top-down, so that a parent's tier comes before its children's.
 */
public enum Tier {

    CENTRAL(4, "Trung ương"),
    PROVINCE(3, "Cấp tỉnh"),
    DISTRICT(2, "Cấp huyện"),
    COMMUNE(1, "Cấp xã");

    /** The tiers a unit of the catalogue can have. */
    public static final List<Tier> LOCAL = List.of(PROVINCE, DISTRICT, COMMUNE);

    private final int rank;
    private final String label;

    Tier(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** The Vietnamese name shown to officials. */
    public String label() {
        return label;
    }

    /** Higher up the hierarchy: the centre is above the province, the province above the district and commune. */
    public boolean isAbove(Tier other) {
        return rank > other.rank;
    }

    public boolean local() {
        return LOCAL.contains(this);
    }

    /** The tier a decision table or a process variable names, empty when it names none. */
    public static Optional<Tier> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Tier t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
