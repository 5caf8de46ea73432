package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/**
 * When a block's year and its pact are well formed. Basis: the block signs one pact whose indicators are scored by
 * weight (the province's guidance on emulation blocks: each indicator carries points, the points add up to the
 * pact's total); members are units of one level that exist on the day the block holds from — the district level
 * ends on 30 June 2025 (two-tier local government from 1 July 2025, {@code validTo} in seeds/units.yaml, the same
 * bound the nomination route's tier model reads), so from then on blocks are of communes.
 */
public final class PactRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PactRules() {
    }

    /** Every problem of the pact, none when it is well formed; {@code units} finds a unit of the catalogue. */
    public static List<PactProblem> problems(Pact pact, Function<String, Optional<Unit>> units) {
        List<PactProblem> p = new ArrayList<>();
        if (pact.blockCode() == null || !CODE.matcher(pact.blockCode()).matches()) {
            p.add(new PactProblem("blockCode", "Mã khối gồm chữ in hoa không dấu, chữ số, dấu gạch dưới (tối đa 40 ký tự)",
                    "Block code: upper-case letters, digits and underscores, at most 40"));
        }
        if (pact.year() < 2000 || pact.year() > 2100) {
            p.add(new PactProblem("year", "Năm phải từ 2000 đến 2100", "Year must be between 2000 and 2100"));
        }
        if (blank(pact.name()) || pact.name().length() > 400) {
            p.add(new PactProblem("name", "Tên khối bắt buộc, tối đa 400 ký tự", "Block name required, at most 400 characters"));
        }
        if (pact.effectiveFrom() != null && pact.effectiveFrom().getYear() != pact.year()) {
            p.add(new PactProblem("effectiveFrom", "Ngày hiệu lực phải thuộc năm của khối", "The effective date must fall in the block's year"));
        }
        members(pact, units, p);
        Set<String> indicatorCodes = indicators(pact, p);
        targets(pact, indicatorCodes, p);
        return p;
    }

    /** Throws {@link InvalidPactException} with every problem when there is any. */
    public static void check(Pact pact, Function<String, Optional<Unit>> units) {
        List<PactProblem> problems = problems(pact, units);
        if (!problems.isEmpty()) {
            throw new InvalidPactException(problems);
        }
    }

    private static void members(Pact pact, Function<String, Optional<Unit>> units, List<PactProblem> p) {
        if (pact.members().isEmpty()) {
            p.add(new PactProblem("members", "Khối chưa có thành viên", "The block has no members"));
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<Tier> tiers = new HashSet<>();
        for (String code : pact.members()) {
            if (!seen.add(code)) {
                p.add(new PactProblem("members", "Thành viên " + code + " bị trùng", "Member " + code + " listed twice"));
                continue;
            }
            Optional<Unit> unit = code == null ? Optional.empty() : units.apply(code);
            if (unit.isEmpty()) {
                p.add(new PactProblem("members", "Không có đơn vị " + code, "Unknown unit " + code));
                continue;
            }
            tiers.add(unit.get().tier());
            if (!unit.get().validOn(pact.effectiveDate())) {
                p.add(new PactProblem("members", unit.get().name() + " không còn (hoặc chưa có) vào ngày " + vi(pact) + " — từ 01/7/2025 không còn cấp huyện",
                        "Unit " + code + " does not exist on " + pact.effectiveDate() + " (no districts from 1 July 2025)"));
            }
        }
        if (tiers.size() > 1) {
            p.add(new PactProblem("members", "Thành viên của một khối phải cùng một cấp", "The members of a block must be of one tier"));
        }
        if (pact.headUnit() == null || !pact.members().contains(pact.headUnit())) {
            p.add(new PactProblem("headUnit", "Đơn vị trưởng khối phải là thành viên của khối", "The head unit must be a member"));
        }
    }

    private static Set<String> indicators(Pact pact, List<PactProblem> p) {
        Set<String> codes = new LinkedHashSet<>();
        if (pact.indicators().isEmpty()) {
            p.add(new PactProblem("indicators", "Giao ước chưa có chỉ tiêu nào", "The pact has no indicators"));
            return codes;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : pact.indicators()) {
            String label = i.code() == null ? "?" : i.code();
            if (i.code() == null || !CODE.matcher(i.code()).matches()) {
                p.add(new PactProblem("indicators", "Mã chỉ tiêu " + label + " gồm chữ in hoa không dấu, chữ số, dấu gạch dưới",
                        "Indicator code " + label + ": upper-case letters, digits and underscores"));
            } else if (!codes.add(i.code())) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + " bị trùng", "Indicator " + label + " listed twice"));
            }
            if (blank(i.name()) || i.name().length() > 400) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": tên bắt buộc, tối đa 400 ký tự", "Indicator " + label + ": name required, at most 400"));
            }
            if (blank(i.unitOfMeasure()) || i.unitOfMeasure().length() > 80) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": đơn vị tính bắt buộc, tối đa 80 ký tự",
                        "Indicator " + label + ": unit of measure required, at most 80"));
            }
            if (i.weight() == null || i.weight().signum() <= 0) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": trọng số phải lớn hơn 0", "Indicator " + label + ": weight must be positive"));
            } else {
                sum = sum.add(i.weight());
            }
            if (i.scoring() == null) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": chưa chọn cách chấm điểm", "Indicator " + label + ": scoring method missing"));
            } else if (i.scoring() == ScoringMethod.PERCENT_OF_PLAN_CAPPED && (i.capPercent() == null || i.capPercent().compareTo(HUNDRED) < 0)) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": mức trần (% kế hoạch) bắt buộc và không dưới 100",
                        "Indicator " + label + ": a cap of at least 100 % of the plan is required"));
            } else if (i.scoring() != ScoringMethod.PERCENT_OF_PLAN_CAPPED && i.capPercent() != null) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": chỉ cách chấm theo % kế hoạch mới có mức trần",
                        "Indicator " + label + ": only percent-of-plan scoring has a cap"));
            }
            if (negative(i.bonusPoints()) || negative(i.penaltyPoints())) {
                p.add(new PactProblem("indicators", "Chỉ tiêu " + label + ": điểm thưởng, điểm trừ không được âm",
                        "Indicator " + label + ": bonus and penalty points must not be negative"));
            }
        }
        if (pact.totalWeight() == null || pact.totalWeight().signum() <= 0) {
            p.add(new PactProblem("totalWeight", "Tổng trọng số của giao ước phải lớn hơn 0", "The pact's total weight must be positive"));
        } else if (sum.compareTo(pact.totalWeight()) != 0) {
            p.add(new PactProblem("totalWeight", "Tổng trọng số các chỉ tiêu là " + sum.stripTrailingZeros().toPlainString() + ", giao ước ghi "
                    + pact.totalWeight().stripTrailingZeros().toPlainString(),
                    "The indicators' weights sum to " + sum.toPlainString() + ", the pact says " + pact.totalWeight().toPlainString()));
        }
        return codes;
    }

    private static void targets(Pact pact, Set<String> indicatorCodes, List<PactProblem> p) {
        Set<String> seen = new HashSet<>();
        for (PlanTarget t : pact.targets()) {
            String key = t.unitCode() + "/" + t.indicatorCode();
            if (!pact.members().contains(t.unitCode()) || !indicatorCodes.contains(t.indicatorCode())) {
                p.add(new PactProblem("targets", "Chỉ tiêu kế hoạch " + key + " không thuộc thành viên hoặc chỉ tiêu nào của giao ước",
                        "Target " + key + " names no member or indicator of the pact"));
                continue;
            }
            if (!seen.add(key)) {
                p.add(new PactProblem("targets", "Chỉ tiêu kế hoạch " + key + " bị trùng", "Target " + key + " given twice"));
                continue;
            }
            ScoringMethod scoring = pact.indicator(t.indicatorCode()).map(Indicator::scoring).orElse(null);
            if (t.value() == null) {
                p.add(new PactProblem("targets", "Chỉ tiêu kế hoạch " + key + " chưa có giá trị", "Target " + key + " has no value"));
            } else if (scoring == ScoringMethod.YES_NO && t.value().compareTo(BigDecimal.ONE) != 0 && t.value().signum() != 0) {
                p.add(new PactProblem("targets", "Chỉ tiêu có/không " + key + ": kế hoạch là 1 (có) hoặc 0 (không)", "Yes/no target " + key + " must be 1 or 0"));
            } else if (scoring == ScoringMethod.PERCENT_OF_PLAN_CAPPED && t.value().signum() <= 0) {
                p.add(new PactProblem("targets", "Chỉ tiêu kế hoạch " + key + " phải lớn hơn 0", "Target " + key + " must be positive"));
            } else if (t.value().signum() < 0) {
                p.add(new PactProblem("targets", "Chỉ tiêu kế hoạch " + key + " không được âm", "Target " + key + " must not be negative"));
            }
        }
        for (String member : new LinkedHashSet<>(pact.members())) {
            for (String indicator : indicatorCodes) {
                if (!seen.contains(member + "/" + indicator)) {
                    p.add(new PactProblem("targets", "Thiếu chỉ tiêu kế hoạch của " + member + " cho " + indicator,
                            "No plan target for " + member + " and " + indicator));
                }
            }
        }
    }

    private static String vi(Pact pact) {
        return String.format("%02d/%02d/%d", pact.effectiveDate().getDayOfMonth(), pact.effectiveDate().getMonthValue(), pact.effectiveDate().getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean negative(BigDecimal d) {
        return d != null && d.signum() < 0;
    }
}
