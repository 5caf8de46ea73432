package vn.khenthuong.input;

/**
 * Control characters (U+0000–U+001F, U+007F–U+009F) have no place in what an official types: PostgreSQL refuses
 * U+0000 in text outright (a 500 before this check), and the others hide text in exports, logs and pages. Tab,
 * line feed and carriage return are allowed only in fields that hold several lines (see {@link MultiLine}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first refused character, or -1. */
    public static int find(String value, boolean multiLine) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses a value of a single-line field holding any control character. */
    public static void check(String field, String value) {
        check(field, value, false);
    }

    /** Refuses a value holding a control character (tab and line breaks allowed when {@code multiLine}). */
    public static void check(String field, String value, boolean multiLine) {
        int at = find(value, multiLine);
        if (at >= 0) {
            throw new ControlCharacterException(field, at, value.charAt(at));
        }
    }
}
