package vn.khenthuong.emulation;

/** Where a member's year-end results stand: the member enters and submits them, the head unit accepts or returns them. */
public enum ResultState {
    DRAFT("Đang nhập"),
    SUBMITTED("Đã gửi, chờ trưởng khối kiểm tra"),
    RETURNED("Trưởng khối trả lại"),
    ACCEPTED("Trưởng khối đã chấp nhận");

    private final String label;

    ResultState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The member's officer may still change the values. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
