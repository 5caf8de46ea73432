package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NominationStatusTest {

    @Test
    void everyStoredValueReadsBackAsItsStatus() {
        assertThat(NominationStatus.fromValue("IN_PROGRESS")).isEqualTo(NominationStatus.IN_PROGRESS);
        assertThat(NominationStatus.fromValue("REJECTED")).isEqualTo(NominationStatus.REJECTED);
        assertThat(NominationStatus.fromValue("AWARDED")).isEqualTo(NominationStatus.AWARDED);
        assertThat(NominationStatus.fromValue("WITHDRAWN")).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(NominationStatus.values()).allSatisfy(s -> assertThat(NominationStatus.fromValue(s.value())).isSameAs(s));
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> NominationStatus.fromValue("MAYBE")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAYBE");
        assertThatThrownBy(() -> NominationStatus.fromValue("awarded")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NominationStatus.fromValue(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyInProgressIsOpen() {
        assertThat(NominationStatus.IN_PROGRESS.closed()).isFalse();
        assertThat(NominationStatus.AWARDED.closed()).isTrue();
        assertThat(NominationStatus.REJECTED.closed()).isTrue();
        assertThat(NominationStatus.WITHDRAWN.closed()).isTrue();
    }

    @Test
    void labelsAreVietnamese() {
        assertThat(NominationStatus.IN_PROGRESS.label()).isEqualTo("Đang xử lý");
        assertThat(NominationStatus.AWARDED.label()).isEqualTo("Đã khen thưởng");
        assertThat(Labels.status("AWARDED")).isEqualTo("Đã khen thưởng");
        assertThat(Labels.status("SOMETHING_OLD")).isEqualTo("SOMETHING_OLD");
    }
}
