package vn.khenthuong.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;
import vn.khenthuong.catalog.Tier;

/**
 * Deadlines in working days from seeds/deadlines.yaml, counted on the {@link WorkingCalendar}: the day a request is made
 * does not count, and the deadline is the end of the working day (seeded hour, Vietnamese time) of the n-th working day after.
 */
@Component
public class Deadlines {

    static final String FILE = "seeds/deadlines.yaml";
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    record Entry(String deadline, String level, String procedure, Integer workingDays, LocalDate validFrom, LocalDate validTo, String basis,
                 String status) {
    }

    record DeadlinesFile(String endOfWorkingDay, String zone, List<Entry> deadlines) {
    }

    private final WorkingCalendar calendar;
    private final LocalTime endOfWorkingDay;
    private final ZoneId zone;
    private final List<Deadline> rules;

    @Autowired
    public Deadlines(WorkingCalendar calendar) {
        this(calendar, Seeds.read(FILE, DeadlinesFile.class));
    }

    Deadlines(WorkingCalendar calendar, DeadlinesFile file) {
        this.calendar = calendar;
        try {
            this.endOfWorkingDay = LocalTime.parse(file.endOfWorkingDay());
            this.zone = ZoneId.of(file.zone());
        } catch (DateTimeException | NullPointerException e) {
            throw new SeedException(FILE, null, "endOfWorkingDay (HH:mm) và zone (vd. Asia/Ho_Chi_Minh) bắt buộc / endOfWorkingDay and zone required");
        }
        this.rules = valid(file.deadlines());
    }

    private static List<Deadline> valid(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new SeedException(FILE, null, "không có mục nào / no entries");
        }
        List<Deadline> rules = new ArrayList<>();
        for (Entry e : entries) {
            String name = e == null ? null : e.deadline() + "/" + e.level() + "/" + e.procedure() + " từ/from " + e.validFrom();
            Deadline.Kind kind;
            try {
                kind = Deadline.Kind.valueOf(e.deadline());
            } catch (RuntimeException ex) {
                throw new SeedException(FILE, name, "deadline phải là SUPPLEMENTATION hoặc APPRAISAL / invalid deadline");
            }
            if (e.level() != null && Tier.LOCAL.stream().noneMatch(t -> t.name().equals(e.level()))) {
                throw new SeedException(FILE, name, "level phải là PROVINCE, DISTRICT hoặc COMMUNE / invalid level");
            }
            if (e.procedure() != null && !CONSTANT.matcher(e.procedure()).matches()) {
                throw new SeedException(FILE, name, "procedure không hợp lệ / invalid procedure");
            }
            if (e.workingDays() == null || e.workingDays() < 1 || e.workingDays() > 365) {
                throw new SeedException(FILE, name, "workingDays phải từ 1 đến 365 / workingDays must be 1–365");
            }
            if (e.validFrom() != null && e.validTo() != null && e.validFrom().isAfter(e.validTo())) {
                throw new SeedException(FILE, name, "validFrom sau validTo / validFrom is after validTo");
            }
            Deadline rule = new Deadline(kind, e.level(), e.procedure(), e.workingDays(), e.validFrom(), e.validTo(), e.basis());
            for (Deadline other : rules) {
                if (other.kind() == kind && java.util.Objects.equals(other.level(), e.level())
                        && java.util.Objects.equals(other.procedure(), e.procedure()) && overlap(other, rule)) {
                    throw new SeedException(FILE, name, "chồng thời gian với một dòng khác cùng loại / overlaps another line of the same kind");
                }
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static boolean overlap(Deadline a, Deadline b) {
        LocalDate min = LocalDate.MIN;
        LocalDate max = LocalDate.MAX;
        return !(a.validTo() == null ? max : a.validTo()).isBefore(b.validFrom() == null ? min : b.validFrom())
                && !(b.validTo() == null ? max : b.validTo()).isBefore(a.validFrom() == null ? min : a.validFrom());
    }

    /** The line in force on that date for the step; {@code level} and {@code procedure} may be null. */
    public Deadline rule(Deadline.Kind kind, String level, String procedure, LocalDate on) {
        return rules.stream().filter(r -> r.appliesTo(kind, level, procedure, on))
                .max(Comparator.comparingInt(Deadline::specificity))
                .orElseThrow(() -> new SeedException(FILE, kind + "/" + level + "/" + procedure,
                        "không có thời hạn áp dụng ngày " + on + " / no deadline in force on " + on));
    }

    /** The deadline of a step started at {@code now}: the end of the n-th working day after today (Vietnamese time). */
    public ZonedDateTime due(Deadline.Kind kind, String level, String procedure, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Deadline rule = rule(kind, level, procedure, today);
        return calendar.plusWorkingDays(today, rule.workingDays()).atTime(endOfWorkingDay).atZone(zone);
    }

    /** The end of the n-th working day after today (Vietnamese time): a period the route table gives in working days. */
    public ZonedDateTime afterWorkingDays(int workingDays, Instant now) {
        return calendar.plusWorkingDays(now.atZone(zone).toLocalDate(), workingDays).atTime(endOfWorkingDay).atZone(zone);
    }
}
