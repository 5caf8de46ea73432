package vn.khenthuong.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The legal values of the seed files, each with the {@code basis} and {@code status} its entry carries: award kinds and
 * their earlier authorities, base salaries, deadlines, a year's holidays. Read as plain trees so that a new field in a
 * file never needs a change here.
 */
public final class SeedRules {

    public static final String AWARD_KINDS = "seeds/award-kinds.yaml";
    public static final String BASE_SALARY = "seeds/base-salary.yaml";
    public static final String DEADLINES = "seeds/deadlines.yaml";
    public static final String HOLIDAYS = "seeds/holidays.yaml";
    /** The seed files holding legal values; every entry of their lists must name a basis. */
    public static final List<String> FILES = List.of(AWARD_KINDS, BASE_SALARY, DEADLINES, HOLIDAYS);

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SeedRules() {
    }

    /** The rules of one seed file, its content read by the caller ({@code catalog.Seeds}). */
    public static List<LegalRule> read(String file, JsonNode root) {
        return switch (file) {
            case AWARD_KINDS -> awardKinds(root);
            case BASE_SALARY -> baseSalaries(root);
            case DEADLINES -> list(root, "deadlines", "Thời hạn xử lý hồ sơ (ngày làm việc)", DEADLINES, SeedRules::deadline);
            case HOLIDAYS -> list(root, "years", "Lịch nghỉ lễ, Tết", HOLIDAYS, SeedRules::year);
            default -> throw new IllegalArgumentException("not a seed file of legal values: " + file);
        };
    }

    private record Row(String id, String subject, String value, String from, String to) {
    }

    private static List<LegalRule> list(JsonNode root, String field, String table, String file, Function<JsonNode, Row> row) {
        List<LegalRule> rules = new ArrayList<>();
        for (JsonNode entry : root.path(field)) {
            Row r = row.apply(entry);
            rules.add(LegalRule.of(file, table, r.id(), r.subject(), r.value(), basis(entry, r.from(), r.to())));
        }
        return rules;
    }

    private static List<LegalRule> awardKinds(JsonNode root) {
        String table = "Danh mục danh hiệu, hình thức khen thưởng và thẩm quyền";
        List<LegalRule> rules = new ArrayList<>();
        for (JsonNode kind : root.path("awardKinds")) {
            String code = text(kind, "code");
            String subject = code + " — " + text(kind, "name");
            rules.add(LegalRule.of(AWARD_KINDS, table, code, subject, authority(kind)
                            + "; hồ sơ: " + String.join(", ", strings(kind.path("requiredDocuments"))),
                    basis(kind, date(kind, "validFrom"), date(kind, "validTo"))));
            for (JsonNode earlier : kind.path("earlierAuthorities")) {
                rules.add(LegalRule.of(AWARD_KINDS, table, code + "@" + text(earlier, "validTo"), subject + " (thẩm quyền trước đây)",
                        authority(earlier), basis(earlier, date(earlier, "validFrom"), date(earlier, "validTo"))));
            }
        }
        return rules;
    }

    private static String authority(JsonNode node) {
        String council = node.hasNonNull("councilLevel") ? "Hội đồng cấp " + text(node, "councilLevel") : "không qua Hội đồng";
        return "Quyết định: " + text(node, "decidedBy") + " (" + text(node, "decidingLevel") + "); " + council
                + (node.path("secretBallot").asBoolean(false) ? ", bỏ phiếu kín" : "");
    }

    private static List<LegalRule> baseSalaries(JsonNode root) {
        List<JsonNode> entries = new ArrayList<>();
        root.path("baseSalaries").forEach(entries::add);
        entries.sort((a, b) -> text(a, "validFrom").compareTo(text(b, "validFrom")));
        NumberFormat money = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        List<LegalRule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String to = i + 1 < entries.size() ? LocalDate.parse(text(entries.get(i + 1), "validFrom")).minusDays(1).format(VI) : null;
            rules.add(LegalRule.of(BASE_SALARY, "Mức lương cơ sở", text(e, "validFrom"), "Mức lương cơ sở (tính tiền thưởng)",
                    money.format(e.path("amount").asLong()) + " đồng/tháng", basis(e, date(e, "validFrom"), to)));
        }
        return rules;
    }

    private static Row deadline(JsonNode e) {
        String kind = "SUPPLEMENTATION".equals(text(e, "deadline")) ? "Bổ sung hồ sơ" : "Thẩm định";
        String level = e.hasNonNull("level") ? "cấp " + text(e, "level") : "mọi cấp";
        String procedure = e.hasNonNull("procedure") ? "thủ tục " + text(e, "procedure") : "mọi thủ tục";
        return new Row(text(e, "deadline") + "/" + text(e, "level") + "/" + text(e, "procedure") + "/" + text(e, "validFrom"),
                kind + ", " + level + ", " + procedure, e.path("workingDays").asInt() + " ngày làm việc",
                date(e, "validFrom"), date(e, "validTo"));
    }

    private static Row year(JsonNode e) {
        int year = e.path("year").asInt();
        return new Row(String.valueOf(year), "Ngày nghỉ lễ, Tết và ngày làm bù năm " + year,
                e.path("daysOff").size() + " mục ngày nghỉ, " + e.path("workingWeekendDays").size() + " ngày làm bù",
                "01/01/" + year, "31/12/" + year);
    }

    private static RuleBasis basis(JsonNode entry, String from, String to) {
        String basis = text(entry, "basis");
        RuleStatus status = basis.isBlank() ? RuleStatus.MISSING : RuleStatus.of(entry.path("status").asText(null));
        return new RuleBasis(basis.isBlank() ? null : basis, status, from, to, null);
    }

    private static String date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()).format(VI) : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
