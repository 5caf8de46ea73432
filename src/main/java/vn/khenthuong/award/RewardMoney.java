package vn.khenthuong.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Reward money (tiền thưởng): the coefficient of processes/rewardAmount.dmn × the base salary in force on the decision
 * date, rounded UP to the table's step (10,000 đ: LAW.md). A missing row or salary is a configuration gap and fails
 * loudly, so an award is never recorded with a silently wrong amount.
 */
@Service
public class RewardMoney {

    /** What was computed, kept with the award. */
    public record Reward(BigDecimal coefficient, long baseSalary, long amount) {
    }

    private final RewardCoefficients coefficients;
    private final BaseSalaries baseSalaries;

    RewardMoney(RewardCoefficients coefficients, BaseSalaries baseSalaries) {
        this.coefficients = coefficients;
        this.baseSalaries = baseSalaries;
    }

    public Reward compute(String awardKindCode, String nomineeKind, LocalDate decisionDate) {
        RewardCoefficients.Rule rule = coefficients.find(awardKindCode, nomineeKind, decisionDate).orElseThrow(() -> new IllegalStateException(
                "Bảng tiền thưởng (processes/rewardAmount.dmn) không có dòng cho " + awardKindCode + " / " + nomineeKind + " ngày " + decisionDate
                        + "; thêm dòng rồi triển khai lại / no reward row for " + awardKindCode + ", " + nomineeKind + " on " + decisionDate));
        long base = baseSalaries.on(decisionDate).orElseThrow(() -> new IllegalStateException(
                "Chưa có mức lương cơ sở áp dụng ngày " + decisionDate + " trong " + BaseSalaries.FILE
                        + " / no base salary in force on " + decisionDate));
        return new Reward(rule.coefficient(), base, roundUp(rule.coefficient().multiply(BigDecimal.valueOf(base)), rule.roundingStep()));
    }

    static long roundUp(BigDecimal amount, long step) {
        if (step <= 0) {
            throw new IllegalStateException("Bước làm tròn phải dương / rounding step must be positive: " + step);
        }
        BigDecimal s = BigDecimal.valueOf(step);
        return amount.divide(s, 0, RoundingMode.CEILING).multiply(s).longValueExact();
    }
}
