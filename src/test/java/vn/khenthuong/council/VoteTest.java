package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoteTest {

    @Test
    void everyValueReadsBack() {
        assertThat(Vote.fromValue("yes")).isEqualTo(Vote.YES);
        assertThat(Vote.fromValue("no")).isEqualTo(Vote.NO);
        assertThat(Vote.fromValue("abstain")).isEqualTo(Vote.ABSTAIN);
        assertThat(Vote.values()).allSatisfy(v -> assertThat(Vote.fromValue(v.value())).isSameAs(v));
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> Vote.fromValue("YES")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YES");
        assertThatThrownBy(() -> Vote.fromValue("maybe")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vote.fromValue(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAndCounterColumnsFollowTheValue() {
        assertThat(Vote.NO.label()).isEqualTo("Không đồng ý");
        assertThat(Vote.ABSTAIN.countColumn()).isEqualTo("abstain_count");
    }
}
