package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepOutcomeTest {

    @Test
    void everyValueTheFormsSendOrTheTableStoresReadsBack() {
        assertThat(StepOutcome.fromValue("submit")).isEqualTo(StepOutcome.SUBMIT);
        assertThat(StepOutcome.fromValue("approve")).isEqualTo(StepOutcome.APPROVE);
        assertThat(StepOutcome.fromValue("return")).isEqualTo(StepOutcome.RETURN);
        assertThat(StepOutcome.fromValue("reject")).isEqualTo(StepOutcome.REJECT);
        assertThat(StepOutcome.fromValue("opened")).isEqualTo(StepOutcome.OPENED);
        assertThat(StepOutcome.fromValue("overdue")).isEqualTo(StepOutcome.OVERDUE);
        assertThat(StepOutcome.fromValue("extend")).isEqualTo(StepOutcome.EXTEND);
        assertThat(StepOutcome.fromValue("appraise")).isEqualTo(StepOutcome.APPRAISE);
        assertThat(StepOutcome.fromValue("changed")).isEqualTo(StepOutcome.CHANGED);
        assertThat(StepOutcome.values()).allSatisfy(o -> assertThat(StepOutcome.fromValue(o.value())).isSameAs(o));
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> StepOutcome.fromValue("APPROVE")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APPROVE");
        assertThatThrownBy(() -> StepOutcome.fromValue("supplement")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepOutcome.fromValue(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreVietnamese() {
        assertThat(StepOutcome.REJECT.label()).isEqualTo("Từ chối");
        assertThat(Labels.outcome("return")).isEqualTo("Trả lại / yêu cầu bổ sung");
        assertThat(Labels.outcome("somethingOld")).isEqualTo("somethingOld");
    }
}
