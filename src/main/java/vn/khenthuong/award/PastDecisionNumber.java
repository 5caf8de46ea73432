package vn.khenthuong.award;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a past decision as the paper registry writes it ({@link DecisionRule#PAST_NUMBER_RECOGNISABLE}).
 * Decisions signed under Nghị định 30/2020/NĐ-CP follow {@link DecisionNumber}. Older registers wrote numbers in ways
 * the strict pattern refuses ("15/QĐ.UB ngày…", "102 /QĐ-UBND", "1501/QĐ-UBND (minh hoạ)"); refusing them would keep
 * real awards out of the registry and the eligibility rules, so before that date the number only has to start with
 * its figures and "/" — enough to find the decision again in the archive and to recognise a duplicate.
 */
final class PastDecisionNumber {

    /** The date Nghị định 30/2020/NĐ-CP took effect (signed 05/03/2020, in force from signing; unconfirmed). */
    static final LocalDate STRICT_FROM = LocalDate.of(2020, 3, 5);
    static final int MAX_LENGTH = 60;
    private static final Pattern OLDER = Pattern.compile("^[0-9]{1,6}\\s*/\\S.*$");

    /** The number in its stored form: trimmed, inner runs of blanks made one space. */
    static String normalise(String number) {
        return number == null ? "" : number.trim().replaceAll("\\s+", " ");
    }

    /** Why the number is refused for a decision of that date (Vietnamese, English); empty when it is accepted. */
    static Optional<String[]> problem(String number, LocalDate date) {
        String n = normalise(number);
        if (n.isEmpty()) {
            return Optional.of(new String[] {"Thiếu số quyết định", "decision number missing"});
        }
        if (n.length() > MAX_LENGTH) {
            return Optional.of(new String[] {"Số quyết định dài quá " + MAX_LENGTH + " ký tự", "decision number longer than " + MAX_LENGTH});
        }
        if (date != null && !date.isBefore(STRICT_FROM)) {
            if (!DecisionNumber.PATTERN.matcher(n).matches()) {
                return Optional.of(new String[] {"Số quyết định từ ngày 05/03/2020 phải theo dạng 1234/QĐ-UBND, 123/QĐ-TTg",
                        "decisions from 2020-03-05 are numbered like 1234/QĐ-UBND"});
            }
        } else if (!OLDER.matcher(n).matches()) {
            return Optional.of(new String[] {"Số quyết định phải bắt đầu bằng số và dấu \"/\" (ví dụ: 15/QĐ-UB)",
                    "decision number must start with its figures and \"/\""});
        }
        return Optional.empty();
    }

    private PastDecisionNumber() {
    }
}
