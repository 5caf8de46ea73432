package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an official answered at a review step, or on a supplementation the commune did not deliver in time, once the
 * rules ({@link StepAnswerRule}) accepted it. {@code deadline} is the supplementation deadline it sets, if any.
 */
public record StepAnswer(StepOutcome outcome, String comment, LocalDate deadline) {

    public static final Set<StepOutcome> REVIEW_ANSWERS = Set.of(StepOutcome.APPROVE, StepOutcome.RETURN, StepOutcome.REJECT);
    public static final Set<StepOutcome> OVERDUE_ACTIONS = Set.of(StepOutcome.EXTEND, StepOutcome.APPRAISE, StepOutcome.REJECT);

    /**
     * A review's answer. {@code asksDeadline}: a return at this step is a request to supplement, which needs a deadline
     * (the provincial appraisal); elsewhere a return goes back to the commune without one. The deadline is read only
     * when the answer needs one, so a stray value elsewhere is ignored as before.
     */
    public static StepAnswer review(String outcome, String comment, Supplier<LocalDate> deadline, boolean asksDeadline, LocalDate today) {
        StepOutcome answer = StepOutcome.find(outcome).filter(REVIEW_ANSWERS::contains).orElseThrow(() -> StepAnswerRule.ANSWER_CHOSEN.refuse(
                "Cần chọn kết quả xử lý (approve, return, reject)", "outcome required, got: " + outcome));
        if (answer != StepOutcome.APPROVE && comment == null) {
            throw StepAnswerRule.REASON_GIVEN.refuse("Cần ghi rõ lý do khi trả lại hoặc từ chối", "a comment is required to return or reject");
        }
        if (!(asksDeadline && answer == StepOutcome.RETURN)) {
            return new StepAnswer(answer, comment, null);
        }
        LocalDate due = deadline.get();
        if (due == null || due.isBefore(today)) {
            throw StepAnswerRule.SUPPLEMENT_DEADLINE_NOT_PAST.refuse("Cần hạn bổ sung hồ sơ, không trước hôm nay",
                    "supplementation deadline required, not in the past");
        }
        return new StepAnswer(answer, comment, due);
    }

    /** The board's action on an overdue supplementation: extend (with a new deadline), appraise as it is, or reject. */
    public static StepAnswer overdue(String action, String comment, Supplier<LocalDate> deadline, LocalDate today) {
        StepOutcome answer = StepOutcome.find(action).filter(OVERDUE_ACTIONS::contains).orElseThrow(() -> StepAnswerRule.ANSWER_CHOSEN.refuse(
                "Cần chọn: gia hạn, thẩm định theo hồ sơ hiện có, hoặc không khen thưởng", "choose extend, appraise or reject"));
        if (comment == null) {
            throw StepAnswerRule.REASON_GIVEN.refuse("Cần ghi rõ lý do", "a comment is required");
        }
        if (answer != StepOutcome.EXTEND) {
            return new StepAnswer(answer, comment, null);
        }
        LocalDate due = deadline.get();
        if (due == null || !due.isAfter(today)) {
            throw StepAnswerRule.EXTENSION_AFTER_TODAY.refuse("Gia hạn: cần hạn mới sau hôm nay", "extension needs a new deadline after today");
        }
        return new StepAnswer(answer, comment, due);
    }
}
