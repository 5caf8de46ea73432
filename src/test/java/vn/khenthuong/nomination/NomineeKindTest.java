package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NomineeKindTest {

    @Test
    void everyValueReadsBack() {
        assertThat(NomineeKind.fromValue("INDIVIDUAL")).isEqualTo(NomineeKind.INDIVIDUAL);
        assertThat(NomineeKind.fromValue("COLLECTIVE")).isEqualTo(NomineeKind.COLLECTIVE);
        assertThat(NomineeKind.fromValue("HOUSEHOLD")).isEqualTo(NomineeKind.HOUSEHOLD);
        assertThat(NomineeKind.fromValue("ENTERPRISE")).isEqualTo(NomineeKind.ENTERPRISE);
        assertThat(NomineeKind.values()).allSatisfy(k -> assertThat(NomineeKind.fromValue(k.value())).isSameAs(k));
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> NomineeKind.fromValue("FAMILY")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FAMILY");
        assertThatThrownBy(() -> NomineeKind.fromValue(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsReadAsOnTheFormAndInsideASentence() {
        assertThat(NomineeKind.HOUSEHOLD.label()).isEqualTo("Hộ gia đình");
        assertThat(NomineeKind.HOUSEHOLD.labelInSentence()).isEqualTo("hộ gia đình");
    }
}
