package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<DossierOrigin> find(String value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
    }

    /** A stored or process value; null (a nomination started before V25) is {@link #UNIT}. */
    public static DossierOrigin of(String value) {
        return value == null ? UNIT : find(value).orElseThrow(() -> new IllegalArgumentException("Nguồn hồ sơ không hợp lệ / unknown origin: " + value));
    }
}
