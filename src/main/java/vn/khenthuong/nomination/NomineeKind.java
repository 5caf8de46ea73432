package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Đối tượng: cá nhân, tập thể, hộ gia đình, doanh nghiệp. The value is what the start form sends, the decision
 * tables test and column {@code nomination.nominee_kind} stores (V1 checks it).
 */
public enum NomineeKind {

    INDIVIDUAL("Cá nhân"),
    COLLECTIVE("Tập thể"),
    HOUSEHOLD("Hộ gia đình"),
    ENTERPRISE("Doanh nghiệp");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String label;

    NomineeKind(String label) {
        this.label = label;
    }

    /** The wire value is the constant's name (JSON binds it by name too). */
    public String value() {
        return name();
    }

    /** As the start form shows it. */
    public String label() {
        return label;
    }

    /** Inside a sentence: "không xét cho hộ gia đình". */
    public String labelInSentence() {
        return label.toLowerCase(VIETNAMESE);
    }

    public static Optional<NomineeKind> find(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }

    /** The kind sent or stored as {@code value}; refuses a value that is not one. */
    public static NomineeKind fromValue(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "Loại đối tượng không hợp lệ / unknown nominee kind: " + value + " (one of " + Arrays.toString(values()) + ")"));
    }
}
