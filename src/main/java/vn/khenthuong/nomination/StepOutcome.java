package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a step of the route concluded, as column {@code nomination_step.outcome} stores it. The review forms send
 * {@code approve}, {@code return} or {@code reject} as variable {@code outcome}; the overdue-supplementation form
 * sends {@code extend}, {@code appraise} or {@code reject} as {@code overdueAction}; the diagram's conditions test
 * the same values, so they never change.
 */
public enum StepOutcome {

    /** The preparer sent the dossier on (prepareDossier, supplementDossier). */
    SUBMIT("submit", "Gửi hồ sơ"),
    APPROVE("approve", "Đồng ý"),
    /** Back to the commune to complete, or to supplement at the province's request. */
    RETURN("return", "Trả lại / yêu cầu bổ sung"),
    REJECT("reject", "Từ chối"),
    OPENED("opened", "Đã công khai"),
    OVERDUE("overdue", "Quá hạn"),
    EXTEND("extend", "Gia hạn bổ sung"),
    APPRAISE("appraise", "Thẩm định theo hồ sơ hiện có"),
    /** The council lowered or raised the award kind. */
    CHANGED("changed", "Đổi hình thức khen thưởng");

    private final String value;
    private final String label;

    StepOutcome(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** As the forms send it, the diagram tests it and the table stores it. */
    public String value() {
        return value;
    }

    /** In Vietnamese, for pages, the trail and exports. */
    public String label() {
        return label;
    }

    public static Optional<StepOutcome> find(String value) {
        return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst();
    }

    /** The outcome sent or stored as {@code value}; refuses a value that is not one. */
    public static StepOutcome fromValue(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "Kết quả xử lý không hợp lệ / unknown step outcome: " + value + " (one of " + Arrays.stream(values()).map(StepOutcome::value).toList() + ")"));
    }
}
