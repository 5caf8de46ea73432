package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcedureKindTest {

    @Test
    void everyValueReadsBack() {
        assertThat(ProcedureKind.fromValue("PERIODIC")).isEqualTo(ProcedureKind.PERIODIC);
        assertThat(ProcedureKind.fromValue("THEMATIC")).isEqualTo(ProcedureKind.THEMATIC);
        assertThat(ProcedureKind.fromValue("AD_HOC")).isEqualTo(ProcedureKind.AD_HOC);
        assertThat(ProcedureKind.fromValue("SENIORITY")).isEqualTo(ProcedureKind.SENIORITY);
        assertThat(ProcedureKind.values()).allSatisfy(k -> assertThat(ProcedureKind.fromValue(k.value())).isSameAs(k));
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> ProcedureKind.fromValue("SUDDEN")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUDDEN");
        assertThatThrownBy(() -> ProcedureKind.fromValue(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsReadAsOnTheFormAndInsideASentence() {
        assertThat(ProcedureKind.THEMATIC.label()).isEqualTo("Theo chuyên đề");
        assertThat(ProcedureKind.THEMATIC.labelInSentence()).isEqualTo("theo chuyên đề");
        assertThat(ProcedureKind.DEFAULT).isEqualTo(ProcedureKind.PERIODIC);
    }
}
