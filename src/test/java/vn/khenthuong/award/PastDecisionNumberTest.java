package vn.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Past decisions: the strict number from 05/03/2020 (Nghị định 30/2020/NĐ-CP), older ways of writing it before. */
class PastDecisionNumberTest {

    static final LocalDate BEFORE = LocalDate.of(2020, 3, 4);
    static final LocalDate FROM = PastDecisionNumber.STRICT_FROM;

    @Test
    void fromTheDecreeOnTheNumberIsWrittenAsEveryDecisionOfThisSystem() {
        assertThat(PastDecisionNumber.problem("1234/QĐ-UBND", FROM)).isEmpty();
        assertThat(PastDecisionNumber.problem("123/QĐ-TTg", FROM.plusYears(3))).isEmpty();
        assertThat(PastDecisionNumber.problem("15/QĐ.UB ngày 10/01", FROM)).isPresent();
        assertThat(PastDecisionNumber.problem("1501/QĐ-UBND (minh hoạ)", FROM)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("Số quyết định từ ngày 05/03/2020 phải theo dạng 1234/QĐ-UBND, 123/QĐ-TTg"));
    }

    @Test
    void beforeItOlderWaysAreAcceptedWhenTheyStartWithTheFiguresAndTheSlash() {
        assertThat(PastDecisionNumber.problem("15/QĐ.UB", BEFORE)).isEmpty();
        assertThat(PastDecisionNumber.problem("102 /QĐ-UBND", BEFORE)).isEmpty();
        assertThat(PastDecisionNumber.problem("1501/QĐ-UBND (minh hoạ)", LocalDate.of(2019, 12, 20))).isEmpty();
        assertThat(PastDecisionNumber.problem("QĐ số 15", BEFORE)).get()
                .satisfies(p -> assertThat(p[1]).isEqualTo("decision number must start with its figures and \"/\""));
        assertThat(PastDecisionNumber.problem("  ", BEFORE)).get().satisfies(p -> assertThat(p[0]).isEqualTo("Thiếu số quyết định"));
        assertThat(PastDecisionNumber.problem("1/" + "x".repeat(60), BEFORE)).isPresent();
    }

    @Test
    void theStoredFormHasSingleBlanks() {
        assertThat(PastDecisionNumber.normalise("  102   /QĐ-UBND ")).isEqualTo("102 /QĐ-UBND");
    }
}
