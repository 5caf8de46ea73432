package vn.khenthuong.council;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A share such as the quorum "2/3", kept exact: 4 of 6 members reach two thirds, which 0.6667 would not.
 * Written in the voteThreshold decision as "2/3" or as a decimal ("0.5").
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {

    public static Fraction parse(String text) {
        if (text == null || text.isBlank()) {
            return new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
        }
        String[] parts = text.trim().split("/", 2);
        try {
            BigDecimal numerator = new BigDecimal(parts[0].trim());
            BigDecimal denominator = parts.length == 2 ? new BigDecimal(parts[1].trim()) : BigDecimal.ONE;
            if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
                throw new IllegalArgumentException(text);
            }
            return new Fraction(numerator, denominator);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Tỷ lệ không hợp lệ: " + text + " / invalid share", e);
        }
    }

    /** count / total ≥ this share. */
    public boolean reachedBy(int count, int total) {
        return total > 0 && BigDecimal.valueOf(count).multiply(denominator).compareTo(numerator.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    public BigDecimal decimal() {
        return numerator.divide(denominator, MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
