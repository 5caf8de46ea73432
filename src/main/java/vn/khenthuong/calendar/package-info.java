/**
 * Time as the law counts it: the working days of state bodies ({@code seeds/holidays.yaml}: holidays, Tết, days off
 * and the weekend days worked in exchange) and the legal deadlines in working days ({@code seeds/deadlines.yaml}).
 * <p>
 * Owns no table; reads its two files at start-up. Offers {@link vn.khenthuong.calendar.Deadlines}
 * ({@link vn.khenthuong.calendar.Deadline}, counted on the {@link vn.khenthuong.calendar.WorkingCalendar}), which the
 * process's timers and due dates use through {@code workflow.DueDates}.
 */
package vn.khenthuong.calendar;
