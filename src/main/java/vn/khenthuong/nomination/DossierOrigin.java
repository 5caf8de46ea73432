package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Optional;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.identity.Roles;

/**
 * Where a dossier comes from: the input {@code origin} of the route decision (processes/nominationRoute.dmn) and
 * column {@code nomination.origin} (V25 checks it).
 */
public enum DossierOrigin {

    /** Filed by a commune official for the commune's people and collectives: the route starts at the commune. */
    UNIT("Đơn vị lập hồ sơ"),
    /**
     * Proposed by the head unit of an emulation block after the block's meeting (Cờ thi đua, Bằng khen for the units the
     * block ranked first): the route starts at the province, see the route table's row {@code blockAppraisal}.
     */
    BLOCK("Trưởng khối thi đua đề nghị");

    private final String label;

    DossierOrigin(String label) {
        this.label = label;
    }

    public String value() {
        return name();
    }

    public String label() {
        return label;
    }

    /**
     * The role whose officers of the proposing unit file, complete and supplement the dossier: a commune official for
     * a unit's dossier; for a block's proposal, the head unit's emulation officer — the district's officer while the
     * head is a district (2019), a commune official for a block of communes (after 1 July 2025). Null where no role
     * of ours fits the unit's tier.
     */
    public String filingRole(Tier unitTier) {
        if (this == UNIT) {
            return Roles.COMMUNE_OFFICIAL;
        }
        return switch (unitTier) {
            case DISTRICT -> Roles.DISTRICT_OFFICER;
            case COMMUNE -> Roles.COMMUNE_OFFICIAL;
            default -> null;
        };
    }

    public static Optional<DossierOrigin> find(String value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
    }

    /** A stored or process value; null (a nomination started before V25) is {@link #UNIT}. */
    public static DossierOrigin of(String value) {
        return value == null ? UNIT : find(value).orElseThrow(() -> new IllegalArgumentException("Nguồn hồ sơ không hợp lệ / unknown origin: " + value));
    }
}
