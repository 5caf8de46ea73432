package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Loại khen thưởng (Luật Thi đua, khen thưởng 2022): thường xuyên, theo chuyên đề, đột xuất, theo niên hạn. The
 * value is what the start form sends, the eligibility table tests and column {@code nomination.procedure_kind} stores.
 */
public enum ProcedureKind {

    PERIODIC("PERIODIC", "Thường xuyên"),
    THEMATIC("THEMATIC", "Theo chuyên đề"),
    AD_HOC("AD_HOC", "Đột xuất"),
    SENIORITY("SENIORITY", "Theo niên hạn");

    /** A dossier filed without one (V1's column default). */
    public static final ProcedureKind DEFAULT = PERIODIC;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String value;
    private final String label;

    ProcedureKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    /** As the start form shows it. */
    public String label() {
        return label;
    }

    /** Inside a sentence: "khen thưởng theo chuyên đề". */
    public String labelInSentence() {
        return label.toLowerCase(VIETNAMESE);
    }

    public static Optional<ProcedureKind> find(String value) {
        return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
    }

    /** The kind sent or stored as {@code value}; refuses a value that is not one. */
    public static ProcedureKind fromValue(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "Loại khen thưởng không hợp lệ / unknown procedure kind: " + value + " (one of " + Arrays.toString(values()) + ")"));
    }
}
