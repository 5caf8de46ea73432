package vn.khenthuong.emulation;

/** What happened in a block's year end; the label is what an auditor reads. */
public enum YearEndAction {
    OPENED("Mở tổng kết năm của khối thi đua"),
    RESULTS_SAVED("Thành viên lưu kết quả thực hiện chỉ tiêu"),
    EVIDENCE_UPLOADED("Thành viên tải tài liệu minh chứng"),
    RESULTS_SUBMITTED("Thành viên gửi kết quả cho trưởng khối"),
    RESULTS_RETURNED("Trưởng khối trả lại kết quả"),
    RESULTS_ACCEPTED("Trưởng khối chấp nhận kết quả"),
    SCORED("Chấm điểm và xếp hạng theo bảng blockScoring"),
    BALLOT_CAST("Đơn vị thành viên đã bỏ phiếu kín"),
    TALLIED("Kiểm phiếu suy tôn của khối"),
    MINUTES_WRITTEN("Lập biên bản họp khối"),
    MINUTES_DOWNLOADED("Tải biên bản họp khối"),
    PROPOSAL_FILED("Khởi tạo hồ sơ đề nghị khen thưởng từ kết quả của khối");

    private final String label;

    YearEndAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
