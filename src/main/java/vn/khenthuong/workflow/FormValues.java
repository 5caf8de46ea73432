package vn.khenthuong.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;

/** Values officials type into forms, checked again here because REST clients can skip the form. */
public final class FormValues {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A date from a form: "yyyy-MM-dd" text, a Date variable, or null. */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("Ngày không hợp lệ: " + text + " (cần dạng năm-tháng-ngày) / invalid date");
        }
    }

    /** The last moment of a deadline day, when a timer on it fires. */
    static Date endOfDay(LocalDate date) {
        return Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusSeconds(1));
    }

    static String vi(LocalDate date) {
        return date == null ? "" : VI.format(date);
    }

    /** Đồng the Vietnamese way: 1.490.000 đồng. */
    static String money(long dong) {
        return String.format(java.util.Locale.ROOT, "%,d", dong).replace(',', '.') + " đồng";
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private FormValues() {
    }
}
