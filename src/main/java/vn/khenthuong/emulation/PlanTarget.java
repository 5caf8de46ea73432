package vn.khenthuong.emulation;

import java.math.BigDecimal;

/** The plan target of one member for one indicator; for a yes/no item 1 (yes). {@code minhHoa}: not from a source. */
public record PlanTarget(String unitCode, String indicatorCode, BigDecimal value, boolean minhHoa) {
}
