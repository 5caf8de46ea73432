package vn.khenthuong.audit;

/** What our code writes into the hash-chained audit table; the label is what an auditor reads. */
public enum AuditEventType {
    NOMINATION_FILED("Lập hồ sơ"),
    DOCUMENT_UPLOADED("Tải tài liệu lên"),
    DOCUMENT_REPLACED("Thay tài liệu (phiên bản mới)"),
    DOCUMENT_DOWNLOADED("Tải tài liệu xuống"),
    DOSSIER_CHANGED("Thay đổi hồ sơ"),
    STEP_OUTCOME("Kết quả xử lý bước"),
    BALLOT_CAST("Thành viên Hội đồng đã biểu quyết"),
    COUNCIL_TALLY("Kết quả kiểm phiếu"),
    COUNCIL_MEMBER_ABSENT("Thư ký ghi thành viên Hội đồng vắng mặt"),
    COUNCIL_MEMBER_PRESENT("Huỷ ghi vắng mặt thành viên Hội đồng"),
    AWARD_RECORDED("Ghi sổ khen thưởng"),
    AWARD_DECISION_SIGNED("Ký quyết định khen thưởng cho nhiều hồ sơ"),
    PRINT_TEMPLATE_CHANGED("Sửa mẫu in quyết định, bằng khen, giấy khen"),
    DISCLOSURE_COMMENT_FILED("Ý kiến trong thời gian công khai"),
    DISCLOSURE_COMMENT_ANSWERED("Trả lời ý kiến công khai"),
    DELETION_ATTEMPTED("Yêu cầu xoá hồ sơ khỏi quy trình"),
    PROCESS_MIGRATED("Chuyển phiên bản quy trình"),
    PROCESS_MIGRATION_RUN("Chuyển hồ sơ đang chạy sang phiên bản quy trình khác"),
    EMULATION_PACT_DEFINED("Xác lập khối thi đua và giao ước"),
    EMULATION_PACT_CHANGED("Sửa khối thi đua và giao ước"),
    MOVEMENT_CREATED("Tạo phong trào thi đua"),
    MOVEMENT_CHANGED("Sửa phong trào thi đua"),
    MOVEMENT_CLOSED("Kết thúc phong trào thi đua"),
    AWARD_REGISTRY_IMPORTED("Nhập sổ khen thưởng các năm trước từ tệp"),
    NOMINATION_LIST_FILED("Nộp danh sách đề nghị khen thưởng từ tệp Excel"),
    BLOCK_YEAR_END("Tổng kết năm của khối thi đua"),
    REVOCATION("Hủy bỏ quyết định khen thưởng, thu hồi tiền thưởng"),
    AWARD_ANNULLED("Sổ khen thưởng: khen thưởng bị hủy bỏ"),
    AWARD_CORRECTED("Đính chính quyết định khen thưởng");

    private final String labelVi;

    AuditEventType(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
