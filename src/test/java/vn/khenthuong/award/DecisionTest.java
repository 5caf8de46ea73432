package vn.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @ValueSource(strings = {"1234/QĐ-UBND", "15/QĐ-CT", "123/QĐ-TTg", "2551/QĐ-UBND.TĐKT", "7/QĐ-UBND/2025", " 12/QĐ-UBND "})
    void decisionNumbersAreNumberedTheVietnameseWay(String number) {
        assertThat(DecisionNumber.parse(number).value()).isEqualTo(number.trim());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "1234", "1234567/QĐ-UBND", "/QĐ-UBND", "12/", "12/QĐ UBND", "hai nghìn"})
    void anythingElseIsRefusedInVietnameseAndEnglish(String number) {
        assertThatThrownBy(() -> DecisionNumber.parse(number)).isInstanceOf(DecisionRefusedException.class)
                .hasMessageStartingWith("Số quyết định không hợp lệ (ví dụ: 1234/QĐ-UBND, 123/QĐ-TTg) / invalid decision number")
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(DecisionRule.NUMBER_WELL_FORMED);
    }

    @Test
    void aDecisionIsDatedNoLaterThanToday() {
        assertThat(Decision.of("2551/QĐ-UBND", TODAY, TODAY).date()).isEqualTo(TODAY);
        assertThat(Decision.of("2551/QĐ-UBND", LocalDate.of(2019, 12, 20), TODAY).number()).isEqualTo(new DecisionNumber("2551/QĐ-UBND"));
        assertThatThrownBy(() -> Decision.of("2551/QĐ-UBND", TODAY.plusDays(1), TODAY))
                .hasMessage("Cần nhập ngày quyết định, không sau hôm nay / decision date required, not in the future")
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(DecisionRule.DATED_NOT_IN_FUTURE);
        assertThatThrownBy(() -> Decision.of("2551/QĐ-UBND", null, TODAY)).isInstanceOf(DecisionRefusedException.class);
    }

    @Test
    void theTrailNamesADecisionByNumberAndDate() {
        assertThat(Decision.of("2551/QĐ-UBND", LocalDate.of(2019, 12, 20), TODAY).describe()).isEqualTo("Quyết định số 2551/QĐ-UBND ngày 20/12/2019");
    }

    @Test
    void theNumberIsCheckedBeforeTheDate() {
        assertThatThrownBy(() -> Decision.of("abc", null, TODAY)).hasMessageContaining("Số quyết định");
    }

    @Test
    void theDecisionFormChecksTheSamePattern() throws Exception {
        Matcher m = Pattern.compile("if \\(!/(.+)/u\\.test\\(number\\)\\)").matcher(Files.readString(Path.of("forms/decision.html")));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).replace("\\/", "/")).isEqualTo(DecisionNumber.PATTERN.pattern());
    }
}
