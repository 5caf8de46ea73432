package vn.khenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.calendar.Deadline.Kind;

/** seeds/deadlines.yaml: which line applies, and the instant a deadline falls on. */
class DeadlinesTest {

    static final Deadlines deadlines = new Deadlines(new WorkingCalendar());

    @ParameterizedTest(name = "{0} at {1} for {2} on {3}: {4} working days")
    @CsvSource({
            "SUPPLEMENTATION,         , PERIODIC,  2026-11-29,  5, Nghị định 152/2025",
            "SUPPLEMENTATION,         ,         ,  2024-03-01,  5, Cơ quan tiếp nhận",
            "SUPPLEMENTATION, PROVINCE, THEMATIC,  2025-06-30,  5, Cơ quan tiếp nhận",
            "SUPPLEMENTATION,         , AD_HOC,    2026-01-05,  3, Thủ tục đơn giản",
            "APPRAISAL,       PROVINCE, PERIODIC,  2025-06-30, 20, Thẩm định cấp tỉnh",
            "APPRAISAL,       PROVINCE, PERIODIC,  2025-07-01, 20, Nghị định 152/2025",
            "APPRAISAL,       COMMUNE,  PERIODIC,  2026-03-02, 10, Nghị định 152/2025",
            "APPRAISAL,       DISTRICT, THEMATIC,  2019-12-02, 10, Thẩm định cấp huyện",
            "APPRAISAL,       PROVINCE, AD_HOC,    2025-07-01, 10, Thủ tục đơn giản: thẩm định cấp tỉnh",
            "APPRAISAL,       COMMUNE,  AD_HOC,    2025-06-30,  5, Thủ tục đơn giản: thẩm định cấp huyện",
            "APPRAISAL,       DISTRICT, AD_HOC,    2026-01-05,  5, Thủ tục đơn giản: thẩm định cấp xã",
    })
    void theMostSpecificLineInForceApplies(Kind kind, String level, String procedure, LocalDate on, int days, String basis) {
        Deadline rule = deadlines.rule(kind, level, procedure, on);
        assertThat(rule.workingDays()).isEqualTo(days);
        assertThat(rule.basis()).contains(basis);
    }

    @ParameterizedTest(name = "{0} at {1} for {2}, asked {3}: due {4}")
    @CsvSource({
            "SUPPLEMENTATION,         , PERIODIC, 2026-02-11T09:00+07:00, 2026-02-25T17:00+07:00",
            // 01:00 in Hà Nội is still the previous day in UTC: the count starts from the Vietnamese date.
            "SUPPLEMENTATION,         , PERIODIC, 2026-02-12T01:00+07:00, 2026-02-26T17:00+07:00",
            "SUPPLEMENTATION,         , AD_HOC,   2025-04-25T10:00+07:00, 2025-04-29T17:00+07:00",
            "APPRAISAL,       PROVINCE, PERIODIC, 2026-02-11T09:00+07:00, 2026-03-18T17:00+07:00",
            "APPRAISAL,       PROVINCE, AD_HOC,   2026-02-11T09:00+07:00, 2026-03-04T17:00+07:00",
            "APPRAISAL,       COMMUNE,  PERIODIC, 2025-08-25T08:00+07:00, 2025-09-10T17:00+07:00",
            // In flight when a notice takes effect: sent back on 31/12/2025, the dossier's five days skip Friday 02/01/2026
            // (off by 12729/VPCP-KGVX) and count Saturday 10/01 (made up) — due 09/01, not 08/01 as before the notice.
            "SUPPLEMENTATION,         , PERIODIC, 2025-12-31T09:00+07:00, 2026-01-09T17:00+07:00",
            // Quốc khánh 2026: Saturday 22/8 worked, Monday 31/8 swapped off, 01–02/9 off (the Prime Minister's approval).
            "APPRAISAL,       COMMUNE,  PERIODIC, 2026-08-21T09:00+07:00, 2026-09-08T17:00+07:00",
    })
    void dueAtTheEndOfTheLastWorkingDayVietnameseTime(Kind kind, String level, String procedure, OffsetDateTime asked, OffsetDateTime due) {
        assertThat(deadlines.due(kind, level, procedure, asked.toInstant()).toInstant()).isEqualTo(due.toInstant());
    }

    @Test
    void aDisclosureWindowCountsWorkingDays() {
        // Nghị định 98/2023/NĐ-CP, Điều 46, khoản 2: "ít nhất 10 ngày làm việc trước khi họp hội đồng".
        assertThat(deadlines.afterWorkingDays(10, OffsetDateTime.parse("2026-08-21T09:00+07:00").toInstant()).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-09-08T17:00+07:00"));
    }

    @Test
    void noLineMeansAClearErrorNotADefault() {
        assertThatThrownBy(() -> deadlines.rule(Kind.APPRAISAL, null, "PERIODIC", LocalDate.of(2026, 1, 5)))
                .isInstanceOf(SeedException.class).hasMessageContaining("seeds/deadlines.yaml")
                .hasMessageContaining("no deadline in force on 2026-01-05");
        assertThatThrownBy(() -> deadlines.due(Kind.SUPPLEMENTATION, null, null, Instant.parse("2027-12-29T03:00:00Z")))
                .hasMessageContaining("2028");
    }

    @Test
    void overlappingLinesOfTheSameKindAreRefused() {
        var a = new Deadlines.Entry("APPRAISAL", "PROVINCE", null, 20, null, LocalDate.of(2025, 6, 30), "a", "unconfirmed");
        var b = new Deadlines.Entry("APPRAISAL", "PROVINCE", null, 15, LocalDate.of(2025, 6, 30), null, "b", "unconfirmed");
        assertThatThrownBy(() -> new Deadlines(new WorkingCalendar(), new Deadlines.DeadlinesFile("17:00", "Asia/Ho_Chi_Minh", List.of(a, b))))
                .isInstanceOf(SeedException.class).hasMessageContaining("overlaps");
        var tier = new Deadlines.Entry("APPRAISAL", "HUYEN", null, 10, null, null, "c", "unconfirmed");
        assertThatThrownBy(() -> new Deadlines(new WorkingCalendar(), new Deadlines.DeadlinesFile("17:00", "Asia/Ho_Chi_Minh", List.of(tier))))
                .hasMessageContaining("invalid level");
        assertThatThrownBy(() -> new Deadlines(new WorkingCalendar(), new Deadlines.DeadlinesFile("5pm", "Asia/Ho_Chi_Minh", List.of(a))))
                .hasMessageContaining("endOfWorkingDay");
    }
}
