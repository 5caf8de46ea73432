package vn.khenthuong.nomination;

import java.util.Map;

/** Vietnamese names of statuses, steps and outcomes (the process's ids stay English). */
final class Labels {

    private static final Map<String, String> STATUS = Map.of(
            "IN_PROGRESS", "Đang xử lý", "REJECTED", "Không được khen thưởng", "AWARDED", "Đã được khen thưởng", "WITHDRAWN", "Đã rút hồ sơ");

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("startNomination", "Lập hồ sơ"),
            Map.entry("prepareDossier", "Hoàn thiện hồ sơ (cấp xã)"),
            Map.entry("communeReview", "Xét duyệt cấp xã"),
            Map.entry("districtReview", "Xét duyệt cấp huyện"),
            Map.entry("selectCouncilMembers", "Chọn thành viên Hội đồng"),
            Map.entry("councilVote", "Hội đồng Thi đua - Khen thưởng bỏ phiếu"),
            Map.entry("recordWrittenBallots", "Thư ký ghi phiếu vắng mặt, kết thúc phiên họp"),
            Map.entry("councilConclusion", "Kết luận của Hội đồng"),
            Map.entry("openDisclosure", "Công khai lấy ý kiến"),
            Map.entry("answerDisclosureComments", "Trả lời ý kiến trong thời gian công khai"),
            Map.entry("handleOverdueSupplementation", "Xử lý hồ sơ quá hạn bổ sung"),
            Map.entry("provincialAppraisal", "Thẩm định cấp tỉnh"),
            Map.entry("supplementDossier", "Bổ sung hồ sơ"),
            Map.entry("decision", "Quyết định khen thưởng"));

    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("approve", "Đồng ý"), Map.entry("return", "Trả lại"), Map.entry("reject", "Từ chối"),
            Map.entry("submit", "Đã trình"), Map.entry("yes", "Tán thành"), Map.entry("no", "Không tán thành"),
            Map.entry("abstain", "Không biểu quyết"), Map.entry("opened", "Đã công khai"),
            Map.entry("overdue", "Quá hạn"), Map.entry("extend", "Gia hạn bổ sung"),
            Map.entry("appraise", "Thẩm định theo hồ sơ hiện có"));

    static String status(String code) {
        return STATUS.getOrDefault(code, code);
    }

    static String step(String code) {
        return STEPS.getOrDefault(code, code);
    }

    static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }

    private Labels() {
    }
}
