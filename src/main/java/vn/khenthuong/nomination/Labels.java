package vn.khenthuong.nomination;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of Vietnamese names for the route's steps (the process's ids stay English), read by the dossier
 * page, the trail and its PDF, and the Tasklist. Statuses, outcomes, votes and kinds carry their labels in their
 * enums; the lookups here fall back to the stored code so a value written by an older release still shows.
 */
public final class Labels {

    /**
     * A step: its full name (pages, trail, PDF) and the short one the Tasklist puts before the nominee's name
     * ("Thẩm định: Hộ bà Lò Thị Dung — …"). The diagram's own names may say more; these are what people read.
     */
    public record Step(String id, String name, String shortName) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("startNomination", "Lập hồ sơ", "Lập hồ sơ"),
            new Step("prepareDossier", "Hoàn thiện hồ sơ (cấp xã)", "Hoàn thiện hồ sơ"),
            new Step("communeReview", "Xét duyệt cấp xã", "Xã xét duyệt"),
            new Step("districtReview", "Xét duyệt cấp huyện", "Huyện xét duyệt"),
            new Step("selectCouncilMembers", "Chọn thành viên Hội đồng", "Chọn thành viên Hội đồng"),
            new Step("councilVote", "Hội đồng Thi đua - Khen thưởng bỏ phiếu", "Biểu quyết"),
            new Step("recordWrittenBallots", "Thư ký ghi phiếu vắng mặt, kết thúc phiên họp", "Ghi phiếu vắng mặt"),
            new Step("councilConclusion", "Kết luận của Hội đồng", "Kết luận của Hội đồng"),
            new Step("openDisclosure", "Công khai lấy ý kiến", "Công khai lấy ý kiến"),
            new Step("answerDisclosureComments", "Trả lời ý kiến trong thời gian công khai", "Trả lời ý kiến công khai"),
            new Step("handleOverdueSupplementation", "Xử lý hồ sơ quá hạn bổ sung", "Quá hạn bổ sung"),
            new Step("provincialAppraisal", "Thẩm định cấp tỉnh", "Thẩm định"),
            new Step("supplementDossier", "Bổ sung hồ sơ", "Bổ sung hồ sơ"),
            new Step("decision", "Quyết định khen thưởng", "Quyết định khen thưởng"));

    private static final Map<String, Step> BY_ID = STEPS.stream().collect(Collectors.toUnmodifiableMap(Step::id, Function.identity()));

    /** Every named step, in route order. */
    public static List<Step> steps() {
        return STEPS;
    }

    /** The step with BPMN id {@code id}, when it is one people read about. */
    public static Optional<Step> step(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The full name of step {@code id}, or the id itself. */
    public static String stepName(String id) {
        return step(id).map(Step::name).orElse(id);
    }

    /** The label of a stored status, or the code itself. */
    public static String status(String code) {
        return NominationStatus.find(code).map(NominationStatus::label).orElse(code);
    }

    /** The label of a stored step outcome, or the code itself. */
    public static String outcome(String code) {
        return StepOutcome.find(code).map(StepOutcome::label).orElse(code);
    }

    /** The label of a stored procedure kind, or the code itself. */
    public static String procedureKind(String code) {
        return ProcedureKind.find(code).map(ProcedureKind::label).orElse(code);
    }

    private Labels() {
    }
}
