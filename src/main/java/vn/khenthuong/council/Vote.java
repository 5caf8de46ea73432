package vn.khenthuong.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * A council member's vote. The value is what the ballot forms send (variable {@code vote}) and column
 * {@code council_ballot.vote} stores (V1 checks it); the secret counters are named after it ({@code yes_count} …).
 */
public enum Vote {

    YES("yes", "Đồng ý"),
    NO("no", "Không đồng ý"),
    ABSTAIN("abstain", "Không biểu quyết");

    private final String value;
    private final String label;

    Vote(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    /** As the ballot forms show it. */
    public String label() {
        return label;
    }

    /** Column of council_secret_count (and council_tally) that counts this vote. */
    String countColumn() {
        return value + "_count";
    }

    public static Optional<Vote> find(String value) {
        return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst();
    }

    /** The vote sent or stored as {@code value}; refuses a value that is not one. */
    public static Vote fromValue(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "Phiếu biểu quyết không hợp lệ / unknown vote: " + value + " (one of yes, no, abstain)"));
    }
}
