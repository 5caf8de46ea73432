package vn.khenthuong.emulation;

import java.math.BigDecimal;

/** A member's result for one pact indicator (yes/no: 1 or 0), with its note; {@code minhHoa}: illustrative demo value. */
public record IndicatorResult(String indicatorCode, BigDecimal value, String note, boolean minhHoa) {
}
