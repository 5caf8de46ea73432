package vn.khenthuong.award;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An award decision as an official enters it once signed: its number and its date. */
public record Decision(DecisionNumber number, LocalDate date) {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Decision {
        if (number == null) {
            throw new IllegalArgumentException("number");
        }
    }

    /**
     * The decision with that number and date, checked against today's date.
     *
     * @throws DecisionRefusedException naming the rule the number or the date breaks (the number first)
     */
    public static Decision of(String number, LocalDate date) {
        return of(number, date, LocalDate.now());
    }

    /** A number already parsed, with its date checked against today's date. */
    public static Decision of(DecisionNumber number, LocalDate date) {
        return of(number, date, LocalDate.now());
    }

    static Decision of(String number, LocalDate date, LocalDate today) {
        return of(DecisionNumber.parse(number), date, today);
    }

    static Decision of(DecisionNumber number, LocalDate date, LocalDate today) {
        if (date == null || date.isAfter(today)) {
            throw DecisionRule.DATED_NOT_IN_FUTURE.refuse("Cần nhập ngày quyết định, không sau hôm nay", "decision date required, not in the future");
        }
        return new Decision(number, date);
    }

    /** How the trail names it: "Quyết định số 2551/QĐ-UBND ngày 20/12/2019". */
    public String describe() {
        return "Quyết định số " + number + " ngày " + (date == null ? "" : VI.format(date));
    }
}
