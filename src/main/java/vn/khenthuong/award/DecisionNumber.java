package vn.khenthuong.award;

import java.util.regex.Pattern;

/**
 * The number of an award decision: "1234/QĐ-UBND", "15/QĐ-CT", "123/QĐ-TTg" (number, then the kind of document
 * and the issuing body). forms/decision.html checks the same pattern before sending (DecisionNumberTest).
 */
public record DecisionNumber(String value) {

    public static final Pattern PATTERN = Pattern.compile("^[0-9]{1,6}/[\\p{L}0-9.\\-]+(/[\\p{L}0-9.\\-]+)*$");

    public DecisionNumber {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw DecisionRule.NUMBER_WELL_FORMED.refuse("Số quyết định không hợp lệ (ví dụ: 1234/QĐ-UBND, 123/QĐ-TTg)",
                    "invalid decision number: " + value);
        }
    }

    /** The number as typed, surrounding blanks removed. */
    public static DecisionNumber parse(String text) {
        return new DecisionNumber(text == null ? null : text.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
