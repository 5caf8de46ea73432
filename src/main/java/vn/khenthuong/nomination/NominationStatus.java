package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a nomination stands. The value is what column {@code nomination.status} stores (V1, V26 check it), so it never
 * changes; the label is what officials and auditors read.
 */
public enum NominationStatus {

    IN_PROGRESS("IN_PROGRESS", "Đang xử lý"),
    REJECTED("REJECTED", "Không được khen thưởng"),
    AWARDED("AWARDED", "Đã khen thưởng"),
    WITHDRAWN("WITHDRAWN", "Đã rút hồ sơ"),
    /** Was AWARDED; the award was annulled by decision (Luật Thi đua, khen thưởng 2022, Điều 93): no award any more. */
    ANNULLED("ANNULLED", "Đã bị hủy bỏ khen thưởng");

    private final String value;
    private final String label;

    NominationStatus(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** As stored. */
    public String value() {
        return value;
    }

    /** In Vietnamese, for pages, the trail and exports. */
    public String label() {
        return label;
    }

    /** A closed nomination takes no more steps. */
    public boolean closed() {
        return this != IN_PROGRESS;
    }

    public static Optional<NominationStatus> find(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** The status stored as {@code value}; refuses a value that is not one. */
    public static NominationStatus fromValue(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "Trạng thái hồ sơ không hợp lệ / unknown nomination status: " + value + " (one of " + Arrays.toString(values()) + ")"));
    }
}
