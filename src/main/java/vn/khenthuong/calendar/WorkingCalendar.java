package vn.khenthuong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;

/**
 * Working days of state bodies: Monday to Friday, less the public holidays, Tết and the days off announced each year,
 * plus the weekend days worked in exchange (ngày làm bù) — all from seeds/holidays.yaml. A date in a year the file
 * does not list is refused rather than guessed, so no deadline silently ignores a Tết nobody seeded.
 */
@Component
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);
    static final String FILE = "seeds/holidays.yaml";

    record DayEntry(LocalDate date, LocalDate from, LocalDate to, String name) {
    }

    /** basis and status: the year's notice and whether it was read (rules catalogue). */
    record YearEntry(Integer year, String basis, String status, List<DayEntry> daysOff, List<DayEntry> workingWeekendDays) {
    }

    record HolidaysFile(List<YearEntry> years) {
    }

    private final Set<Integer> years = new TreeSet<>();
    private final Map<LocalDate, String> daysOff = new HashMap<>();
    private final Map<LocalDate, String> workingWeekendDays = new HashMap<>();

    @Autowired
    public WorkingCalendar() {
        this(Seeds.read(FILE, HolidaysFile.class));
        int next = LocalDate.now().getYear() + 1;
        if (!years.contains(next)) {
            log.warn("{} has no days off for {}: deadlines reaching into {} cannot be computed until it is added", FILE, next, next);
        }
    }

    WorkingCalendar(HolidaysFile file) {
        if (file.years() == null || file.years().isEmpty()) {
            throw new SeedException(FILE, null, "không có năm nào / no years");
        }
        for (YearEntry y : file.years()) {
            if (y == null || y.year() == null) {
                throw new SeedException(FILE, null, "thiếu year / year missing");
            }
            String entry = String.valueOf(y.year());
            if (!years.add(y.year())) {
                throw new SeedException(FILE, entry, "năm bị trùng / duplicate year");
            }
            for (DayEntry d : y.daysOff() == null ? List.<DayEntry>of() : y.daysOff()) {
                for (LocalDate day : days(entry, d)) {
                    if (daysOff.put(day, d.name().trim()) != null) {
                        throw new SeedException(FILE, entry, "ngày nghỉ " + day + " ghi hai lần / day off " + day + " listed twice");
                    }
                }
            }
            for (DayEntry d : y.workingWeekendDays() == null ? List.<DayEntry>of() : y.workingWeekendDays()) {
                for (LocalDate day : days(entry, d)) {
                    if (!weekend(day)) {
                        throw new SeedException(FILE, entry, "ngày làm bù " + day + " không phải thứ Bảy hoặc Chủ nhật / make-up day "
                                + day + " is not a weekend day");
                    }
                    if (daysOff.containsKey(day)) {
                        throw new SeedException(FILE, entry, day + " vừa là ngày nghỉ vừa là ngày làm bù / both a day off and a make-up day");
                    }
                    workingWeekendDays.put(day, d.name().trim());
                }
            }
        }
    }

    private static List<LocalDate> days(String entry, DayEntry d) {
        if (d == null || d.name() == null || d.name().isBlank()) {
            throw new SeedException(FILE, entry, "mỗi ngày cần name / every day needs a name");
        }
        if (d.date() != null && d.from() == null && d.to() == null) {
            return List.of(d.date());
        }
        if (d.date() == null && d.from() != null && d.to() != null && !d.from().isAfter(d.to())) {
            return d.from().datesUntil(d.to().plusDays(1)).toList();
        }
        throw new SeedException(FILE, entry, "'" + d.name() + "': cần date, hoặc from ≤ to / needs date, or from ≤ to");
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Throws when the year of the date has no seeded days off. */
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new SeedException(FILE, String.valueOf(date.getYear()),
                    "chưa có lịch nghỉ lễ, Tết năm " + date.getYear() + ", không tính được ngày làm việc / no days off seeded for "
                            + date.getYear() + ", working days unknown");
        }
        if (workingWeekendDays.containsKey(date)) {
            return true;
        }
        return !weekend(date) && !daysOff.containsKey(date);
    }

    /** The n-th working day after the date (the date itself not counted); n = 0 gives the date. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Why a weekday is not worked (holiday, Tết, compensatory day), or why a weekend day is. */
    public Optional<String> note(LocalDate date) {
        return Optional.ofNullable(daysOff.getOrDefault(date, workingWeekendDays.get(date)));
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }
}
