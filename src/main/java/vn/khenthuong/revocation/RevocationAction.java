package vn.khenthuong.revocation;

/** What a step of an annulment case did, with the words an auditor reads. */
public enum RevocationAction {
    FINDING_FILED("Thanh tra ghi nhận dấu hiệu khen thưởng sai"),
    CASE_OPENED("Mở hồ sơ hủy bỏ quyết định khen thưởng"),
    EVIDENCE_ADDED("Thêm tài liệu chứng minh"),
    APPRAISED("Ban Thi đua – Khen thưởng thẩm định"),
    SUPPLEMENTED("Bổ sung chứng cứ xong, trình thẩm định lại"),
    ANNULLED("Chủ tịch quyết định hủy bỏ khen thưởng"),
    RECOVERY_RECORDED("Ghi nhận tiền thưởng thu hồi"),
    RECOVERY_COMPLETED("Thu hồi xong, kết thúc hồ sơ"),
    DEPENDENT_FLAGGED("Khen thưởng dựa trên khen thưởng bị hủy bỏ: cần rà soát"),
    FLAG_RESOLVED("Ban Thi đua – Khen thưởng rà soát xong");

    private final String label;

    RevocationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
