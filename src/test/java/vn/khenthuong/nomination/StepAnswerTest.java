package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepAnswerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Supplier<LocalDate> due(LocalDate date) {
        return () -> date;
    }

    @Test
    void anApprovalNeedsNoReasonAndSetsNoDeadline() {
        assertThat(StepAnswer.review("approve", null, due(TODAY.minusDays(3)), true, TODAY))
                .isEqualTo(new StepAnswer(StepOutcome.APPROVE, null, null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "APPROVE", "extend", "submit", "yes"})
    void aReviewAnswersWithOneOfItsThreeAnswers(String outcome) {
        assertThatThrownBy(() -> StepAnswer.review(outcome, "lý do", due(TODAY), true, TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class, e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.ANSWER_CHOSEN))
                .hasMessageContaining("Cần chọn kết quả xử lý").hasMessageContaining("outcome required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"return", "reject"})
    void returningOrRejectingNeedsAReason(String outcome) {
        assertThatThrownBy(() -> StepAnswer.review(outcome, null, due(TODAY), false, TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class, e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.REASON_GIVEN));
    }

    @Test
    void aReturnAtTheAppraisalAsksForASupplementationDeadlineFromTodayOn() {
        assertThat(StepAnswer.review("return", "Thiếu báo cáo", due(TODAY), true, TODAY).deadline()).isEqualTo(TODAY);
        assertThatThrownBy(() -> StepAnswer.review("return", "Thiếu báo cáo", due(TODAY.minusDays(1)), true, TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.SUPPLEMENT_DEADLINE_NOT_PAST));
        assertThatThrownBy(() -> StepAnswer.review("return", "Thiếu báo cáo", due(null), true, TODAY))
                .isInstanceOf(StepAnswerRefusedException.class).hasMessageContaining("Cần hạn bổ sung");
    }

    @Test
    void elsewhereAReturnSetsNoDeadlineAndNeverReadsOne() {
        AtomicBoolean read = new AtomicBoolean();
        StepAnswer answer = StepAnswer.review("return", "Bổ sung ảnh", () -> {
            read.set(true);
            return TODAY.minusYears(1);
        }, false, TODAY);
        assertThat(answer).isEqualTo(new StepAnswer(StepOutcome.RETURN, "Bổ sung ảnh", null));
        assertThat(read).isFalse();
    }

    @Test
    void anOverdueSupplementationIsExtendedPastTodayAppraisedOrRejectedWithAReason() {
        assertThat(StepAnswer.overdue("extend", "Xã xin thêm thời gian", due(TODAY.plusDays(1)), TODAY).deadline()).isEqualTo(TODAY.plusDays(1));
        assertThat(StepAnswer.overdue("appraise", "Đủ để thẩm định", due(null), TODAY)).isEqualTo(new StepAnswer(StepOutcome.APPRAISE, "Đủ để thẩm định", null));
        assertThatThrownBy(() -> StepAnswer.overdue("extend", "Xã xin thêm thời gian", due(TODAY), TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class, e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.EXTENSION_AFTER_TODAY));
        assertThatThrownBy(() -> StepAnswer.overdue("reject", null, due(null), TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class, e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.REASON_GIVEN));
        assertThatThrownBy(() -> StepAnswer.overdue("approve", "x", due(null), TODAY))
                .isInstanceOfSatisfying(StepAnswerRefusedException.class, e -> assertThat(e.rule()).isEqualTo(StepAnswerRule.ANSWER_CHOSEN));
    }

    @Test
    void everyRuleNamesItsBasisOrSaysNoneWasFound() {
        for (StepAnswerRule rule : StepAnswerRule.values()) {
            assertThat(rule.legalBasis()).as(rule.name()).isNotBlank();
        }
    }
}
