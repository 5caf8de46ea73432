package vn.khenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.calendar.WorkingCalendar.DayEntry;
import vn.khenthuong.calendar.WorkingCalendar.HolidaysFile;
import vn.khenthuong.calendar.WorkingCalendar.YearEntry;

/** seeds/holidays.yaml read as a working-day calendar. */
class WorkingCalendarTest {

    static final WorkingCalendar calendar = new WorkingCalendar();

    @ParameterizedTest(name = "{0} ({2}) working: {1}")
    @CsvSource({
            "2019-01-05, true,  thứ Bảy làm bù cho 31/12/2018",
            "2019-02-04, false, Tết Kỷ Hợi",
            "2019-04-15, false, nghỉ bù Giỗ Tổ (Chủ nhật 14/4)",
            "2019-09-02, false, Quốc khánh (một ngày theo Bộ luật Lao động 2012)",
            "2019-09-03, true,  ngày thường",
            "2024-02-14, false, Tết Giáp Thìn",
            "2024-02-15, true,  sau Tết",
            "2024-05-04, true,  thứ Bảy làm bù",
            "2024-09-03, false, ngày thứ hai của Quốc khánh",
            "2025-01-24, true,  thứ Sáu trước Tết",
            "2025-01-27, false, Tết Ất Tỵ",
            "2025-01-31, false, Tết Ất Tỵ",
            "2025-02-03, true,  sau Tết",
            "2025-04-07, false, Giỗ Tổ Hùng Vương",
            "2025-04-19, false, thứ Bảy thường",
            "2025-04-26, true,  thứ Bảy làm bù cho 02/5",
            "2025-04-29, true,  thứ Ba làm việc",
            "2025-04-30, false, Ngày Chiến thắng",
            "2025-05-02, false, nghỉ hoán đổi",
            "2025-09-01, false, Quốc khánh",
            "2025-09-02, false, Quốc khánh",
            "2025-09-03, true,  sau Quốc khánh",
            // 12729/VPCP-KGVX: Friday 02/01/2026 off, made up on Saturday 10/01/2026.
            "2026-01-02, false, nghỉ hoán đổi Tết Dương lịch 2026",
            "2026-01-10, true,  thứ Bảy làm bù cho 02/01/2026",
            // Quốc khánh 2026 (the Prime Minister's approval, Thanh Niên 13/10/2025): 31/8 swapped to Saturday 22/8.
            "2026-08-22, true,  thứ Bảy làm bù cho 31/8/2026",
            "2026-08-31, false, nghỉ hoán đổi Quốc khánh 2026",
            "2026-09-01, false, Quốc khánh 2026",
            "2026-02-13, true,  thứ Sáu trước kỳ nghỉ Tết",
            "2026-02-16, false, Tết Bính Ngọ",
            "2026-02-20, false, Tết Bính Ngọ",
            "2026-02-23, true,  sau Tết",
            "2026-04-27, false, nghỉ bù Giỗ Tổ (Chủ nhật 26/4)",
            "2026-04-28, true,  ngày thường",
            "2026-11-29, false, Chủ nhật",
            "2027-02-04, false, Tết Đinh Mùi",
            "2027-02-11, true,  sau Tết",
            "2027-05-03, false, nghỉ bù 1/5 (thứ Bảy)",
    })
    void knowsWeekendsHolidaysCompensatoryAndMakeUpDays(LocalDate date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2026-02-11,  0, 2026-02-11, n = 0 is the day itself",
            "2026-02-11,  5, 2026-02-25, across Tết 2026 (14/2–22/2)",
            "2026-02-11, 20, 2026-03-18, provincial appraisal across Tết 2026",
            "2025-01-24,  5, 2025-02-07, across Tết 2025 (25/1–2/2)",
            "2019-02-01,  5, 2019-02-15, across Tết 2019",
            "2025-04-25,  5, 2025-05-06, across 30/4–1/5/2025, the make-up Saturday 26/4 counts",
            "2024-04-26,  1, 2024-05-02, across 30/4–1/5/2024: Monday 29/4 swapped off",
            "2019-01-04,  1, 2019-01-05, the make-up Saturday is the next working day",
            "2025-08-28,  3, 2025-09-04, across Quốc khánh 2025 (30/8–2/9)",
            "2024-08-30,  1, 2024-09-04, across Quốc khánh 2024 (31/8–3/9)",
            "2026-11-28,  1, 2026-11-30, from a Saturday",
    })
    void countsWorkingDaysAfterTheDate(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(calendar.plusWorkingDays(from, n)).as(why).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).as(why).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(expected, from)).as(why).isEqualTo(-n);
    }

    @Test
    void aYearWithoutSeededHolidaysIsRefusedNotGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("seeds/holidays.yaml").hasMessageContaining("chưa có lịch nghỉ lễ, Tết năm 2028")
                .hasMessageContaining("no days off seeded for 2028");
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2027, 12, 29), 5)).hasMessageContaining("2028");
        assertThat(calendar.years()).contains(2019, 2024, 2025, 2026, 2027);
        assertThat(calendar.note(LocalDate.of(2025, 4, 26))).hasValue("Làm bù cho ngày 02/5/2025");
        assertThat(calendar.note(LocalDate.of(2026, 2, 17))).hasValue("Tết Nguyên đán");
    }

    static Stream<Arguments> brokenFiles() {
        DayEntry tet = new DayEntry(null, LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 31), "Tết Nguyên đán");
        return Stream.of(
                Arguments.of(new HolidaysFile(List.of()), "no years"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", List.of(tet), null), new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", null, null))), "duplicate year"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", List.of(tet, tet), null))), "listed twice"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", List.of(new DayEntry(null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 27), "Tết")), null))), "from ≤ to"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", List.of(new DayEntry(LocalDate.of(2025, 1, 1), null, null, " ")), null))), "needs a name"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", null, List.of(new DayEntry(LocalDate.of(2025, 4, 25), null, null, "Làm bù"))))), "not a weekend day"),
                Arguments.of(new HolidaysFile(List.of(new YearEntry(2025, "Bộ luật Lao động 2019", "unconfirmed", List.of(new DayEntry(LocalDate.of(2025, 4, 26), null, null, "Nghỉ")),
                        List.of(new DayEntry(LocalDate.of(2025, 4, 26), null, null, "Làm bù"))))), "both a day off and a make-up day"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aBrokenFileNamesTheProblem(HolidaysFile file, String problem) {
        assertThatThrownBy(() -> new WorkingCalendar(file)).isInstanceOf(SeedException.class)
                .hasMessageStartingWith("seeds/holidays.yaml").hasMessageContaining(problem);
    }
}
