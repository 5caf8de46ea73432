package vn.khenthuong.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/** The rules of a block's year and its pact, without a database. */
class PactRulesTest {

    static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);
    static final Map<String, Unit> UNITS = Map.of(
            "phongtho", new Unit("phongtho", "Huyện Phong Thổ", Tier.DISTRICT, "laichau", null, DISTRICTS_END),
            "sinho", new Unit("sinho", "Huyện Sìn Hồ", Tier.DISTRICT, "laichau", null, DISTRICTS_END),
            "pusamcap", new Unit("pusamcap", "Xã Pu Sam Cáp", Tier.COMMUNE, "sinho", null, null),
            "phucthan", new Unit("phucthan", "Xã Phúc Than", Tier.COMMUNE, "thanuyen", null, null));
    static final Function<String, Optional<Unit>> CATALOG = code -> Optional.ofNullable(UNITS.get(code));

    static Indicator percent(String code, int weight) {
        return new Indicator(code, "Chỉ tiêu " + code, "%", BigDecimal.valueOf(weight), ScoringMethod.PERCENT_OF_PLAN_CAPPED,
                BigDecimal.valueOf(120), BigDecimal.ONE, BigDecimal.ONE, false);
    }

    static Indicator lower(String code, int weight) {
        return new Indicator(code, "Tỷ lệ hộ nghèo", "%", BigDecimal.valueOf(weight), ScoringMethod.LOWER_IS_BETTER, null, null, null, false);
    }

    static Indicator yesNo(String code, int weight) {
        return new Indicator(code, "Ký kết giao ước", "có/không", BigDecimal.valueOf(weight), ScoringMethod.YES_NO, null, null, null, false);
    }

    static List<PlanTarget> targets(List<String> members, List<Indicator> indicators) {
        List<PlanTarget> targets = new ArrayList<>();
        for (String m : members) {
            for (Indicator i : indicators) {
                targets.add(new PlanTarget(m, i.code(), BigDecimal.ONE, false));
            }
        }
        return targets;
    }

    static Pact pact(int year, LocalDate from, List<String> members, String head, int total, List<Indicator> indicators) {
        return new Pact("KHOI_THU", year, "Khối thử", head, from, BigDecimal.valueOf(total), members, indicators, targets(members, indicators));
    }

    static Pact districts2019() {
        return pact(2019, null, List.of("phongtho", "sinho"), "phongtho", 100, List.of(percent("THU", 60), lower("NGHEO", 30), yesNo("KY", 10)));
    }

    @Test
    void aWellFormedPactHasNoProblems() {
        assertThat(PactRules.problems(districts2019(), CATALOG)).isEmpty();
    }

    @Test
    void theWeightsMustSumToThePactsTotal() {
        Pact p = pact(2019, null, List.of("phongtho", "sinho"), "phongtho", 90, List.of(percent("THU", 60), lower("NGHEO", 40)));
        assertThat(PactRules.problems(p, CATALOG)).extracting(PactProblem::field).containsExactly("totalWeight");
        assertThat(PactRules.problems(p, CATALOG).get(0).messageVi()).isEqualTo("Tổng trọng số các chỉ tiêu là 100, giao ước ghi 90");
    }

    @Test
    void aWeightMustBePositive() {
        Pact p = pact(2019, null, List.of("phongtho"), "phongtho", 100, List.of(percent("THU", 100), lower("NGHEO", 0)));
        assertThat(PactRules.problems(p, CATALOG)).extracting(PactProblem::messageEn).contains("Indicator NGHEO: weight must be positive");
    }

    @Test
    void everyMemberNeedsAPlanTargetForEveryIndicator() {
        Pact full = districts2019();
        List<PlanTarget> missing = new ArrayList<>(full.targets());
        missing.removeIf(t -> t.unitCode().equals("sinho") && t.indicatorCode().equals("NGHEO"));
        Pact p = new Pact(full.blockCode(), full.year(), full.name(), full.headUnit(), null, full.totalWeight(), full.members(), full.indicators(), missing);
        assertThat(PactRules.problems(p, CATALOG)).extracting(PactProblem::messageEn).containsExactly("No plan target for sinho and NGHEO");
    }

    @Test
    void theHeadMustBeAMember() {
        Pact p = pact(2019, null, List.of("sinho"), "phongtho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(p, CATALOG)).extracting(PactProblem::field).containsExactly("headUnit");
    }

    @Test
    void noDistrictBlockFromTheFirstOfJuly2025() {
        Pact firstHalf = pact(2025, LocalDate.of(2025, 1, 1), List.of("phongtho", "sinho"), "sinho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(firstHalf, CATALOG)).isEmpty();
        Pact secondHalf = pact(2025, LocalDate.of(2025, 7, 1), List.of("phongtho", "sinho"), "sinho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(secondHalf, CATALOG)).extracting(PactProblem::messageEn)
                .containsExactly("Unit phongtho does not exist on 2025-07-01 (no districts from 1 July 2025)",
                        "Unit sinho does not exist on 2025-07-01 (no districts from 1 July 2025)");
        Pact nextYear = pact(2026, null, List.of("phongtho"), "phongtho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(nextYear, CATALOG)).extracting(PactProblem::field).containsExactly("members");
    }

    @Test
    void aBlockOfCommunesHoldsFromTheFirstOfJuly2025() {
        Pact communes = pact(2025, LocalDate.of(2025, 7, 1), List.of("pusamcap", "phucthan"), "phucthan", 100,
                List.of(percent("THU", 50), lower("NGHEO", 50)));
        assertThat(PactRules.problems(communes, CATALOG)).isEmpty();
    }

    @Test
    void membersAreOfOneTierAndExist() {
        Pact mixed = pact(2019, null, List.of("phongtho", "pusamcap"), "phongtho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(mixed, CATALOG)).extracting(PactProblem::messageEn).containsExactly("The members of a block must be of one tier");
        Pact unknown = pact(2019, null, List.of("phongtho", "hanoi"), "phongtho", 100, List.of(percent("THU", 100)));
        assertThat(PactRules.problems(unknown, CATALOG)).extracting(PactProblem::messageEn).containsExactly("Unknown unit hanoi");
    }

    @Test
    void onlyPercentOfPlanHasACapAndItIsAtLeastTheWholePlan() {
        Indicator noCap = new Indicator("THU", "Thu ngân sách", "%", BigDecimal.valueOf(100), ScoringMethod.PERCENT_OF_PLAN_CAPPED,
                null, null, null, false);
        assertThat(PactRules.problems(pact(2019, null, List.of("sinho"), "sinho", 100, List.of(noCap)), CATALOG))
                .extracting(PactProblem::messageEn).containsExactly("Indicator THU: a cap of at least 100 % of the plan is required");
        Indicator capped = new Indicator("NGHEO", "Tỷ lệ hộ nghèo", "%", BigDecimal.valueOf(100), ScoringMethod.LOWER_IS_BETTER,
                BigDecimal.valueOf(120), null, null, false);
        assertThat(PactRules.problems(pact(2019, null, List.of("sinho"), "sinho", 100, List.of(capped)), CATALOG))
                .extracting(PactProblem::messageEn).containsExactly("Indicator NGHEO: only percent-of-plan scoring has a cap");
    }

    @Test
    void aYesNoTargetIsOneOrZero() {
        Indicator ky = yesNo("KY", 100);
        Pact p = new Pact("KHOI_THU", 2019, "Khối thử", "sinho", null, BigDecimal.valueOf(100), List.of("sinho"), List.of(ky),
                List.of(new PlanTarget("sinho", "KY", BigDecimal.valueOf(2), false)));
        assertThat(PactRules.problems(p, CATALOG)).extracting(PactProblem::messageEn).containsExactly("Yes/no target sinho/KY must be 1 or 0");
    }

    @Test
    void checkThrowsEveryProblemInVietnameseAndEnglish() {
        Pact p = pact(2019, null, List.of("sinho"), "phongtho", 90, List.of(percent("THU", 100)));
        assertThatThrownBy(() -> PactRules.check(p, CATALOG)).isInstanceOf(InvalidPactException.class)
                .hasMessageContaining("Đơn vị trưởng khối phải là thành viên của khối").hasMessageContaining("The head unit must be a member")
                .satisfies(e -> assertThat(((InvalidPactException) e).problems()).hasSize(2));
    }

    @Test
    void scoringMethodsHaveVietnameseLabels() {
        assertThat(ScoringMethod.LOWER_IS_BETTER.label()).isEqualTo("Càng thấp càng tốt (so với kế hoạch)");
        assertThat(ScoringMethod.YES_NO.label()).isEqualTo("Có / không");
    }
}
