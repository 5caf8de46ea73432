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

    /** Names of the process variables and dossier fields an auditor reads in a trail (codes stay in the data). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("outcome", "Kết quả xử lý"), Map.entry("comment", "Ý kiến"), Map.entry("supplementDeadline", "Hạn bổ sung"),
            Map.entry("assignee", "Người xử lý"), Map.entry("owner", "Người sở hữu"), Map.entry("vote", "Biểu quyết"),
            Map.entry("conclusion", "Kết luận của Hội đồng"), Map.entry("newAwardKindCode", "Danh hiệu, hình thức mới"),
            Map.entry("overdueAction", "Cách xử lý hồ sơ quá hạn"), Map.entry("decisionNumber", "Số quyết định"),
            Map.entry("decisionDate", "Ngày quyết định"), Map.entry("dueDate", "Hạn xử lý"), Map.entry("status", "Trạng thái"),
            Map.entry("awardKindCode", "Danh hiệu, hình thức khen thưởng"), Map.entry("nomineeName", "Tên đối tượng"),
            Map.entry("achievements", "Tóm tắt thành tích"), Map.entry("delegation", "Uỷ quyền"), Map.entry("name", "Tên nhiệm vụ"),
            Map.entry("priority", "Mức ưu tiên"), Map.entry("candidateGroup", "Nhóm được xử lý"), Map.entry("candidateUser", "Người được xử lý"));

    /** What an empty value reads as. */
    public static final String EMPTY = "(để trống)";

    /** The Vietnamese name of a variable or dossier field, or the name itself. */
    public static String name(String variable) {
        return variable == null ? "" : NAMES.getOrDefault(variable, variable);
    }

    /**
     * A value as people read it: statuses, outcomes, procedure and document kinds in words, ISO dates as dd/MM/yyyy,
     * an empty value as "(để trống)". People (assignee …) are named by the caller, which knows the officials.
     */
    public static String value(String variable, String value) {
        if (value == null || value.isBlank()) {
            return EMPTY;
        }
        String v = value.trim();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return v.substring(8, 10) + "/" + v.substring(5, 7) + "/" + v.substring(0, 4)
                    + (v.length() >= 16 && v.charAt(10) == 'T' ? " " + v.substring(11, 16) : "");
        }
        return switch (variable == null ? "" : variable) {
            case "status" -> status(v);
            case "outcome" -> outcome(v);
            case "procedureKind" -> procedureKind(v);
            case "nomineeKind" -> NomineeKind.find(v).map(NomineeKind::label).orElse(v);
            case "vote" -> vn.khenthuong.council.Vote.find(v).map(vn.khenthuong.council.Vote::label).orElse(v);
            default -> v;
        };
    }

    /** The outcome of a step in the words of that step: the chairman's approval is the signing of the decision. */
    public static String outcome(String step, String code) {
        if ("decision".equals(step) && StepOutcome.APPROVE.value().equals(code)) {
            return "Ký quyết định khen thưởng";
        }
        return outcome(code);
    }

    /** The Vietnamese name of a document kind, or the code itself. */
    public static String documentKind(String code) {
        String name = code == null ? null : DocumentKinds.vi(code);
        return name == null ? code : name;
    }

    private Labels() {
    }
}
