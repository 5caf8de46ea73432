package vn.khenthuong.eligibility;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * The eligibility rules (STYLE.md 12): prerequisites from the award registry as processes/eligibility.dmn lists
 * them, no open pending matter, not proposed twice, and the unit's quota as processes/quota.dmn sets it.
 * Portable SQL for H2 and PostgreSQL; who is the same nominee is decided in Java ({@link Names}).
 */
@Service
class JdbcEligibility implements Eligibility {

    static final String PENDING_MATTER_BASIS = "Nghị định 98/2023/NĐ-CP, Điều 4 (nguyên tắc khen thưởng)";
    static final String NOT_TWICE_BASIS = "Luật Thi đua, khen thưởng 2022 (nguyên tắc: một thành tích chỉ khen một lần một hình thức)";

    private static final Map<String, String> MATTERS_VI = Map.of("DISCIPLINE", "xem xét kỷ luật", "INVESTIGATION", "điều tra",
            "INSPECTION", "thanh tra, kiểm tra", "COMPLAINT", "giải quyết khiếu nại, tố cáo", "PRESS_REPORT", "xác minh phản ánh của báo chí");

    /** The nomination as the rules see it. */
    record Subject(long id, String code, int year, String unitCode, String awardKindCode, String procedureKind,
                   String nomineeKind, String nomineeName, String idNumber) {

        Candidacy candidacy() {
            return new Candidacy(awardKindCode, nomineeKind, procedureKind, year);
        }

        boolean sameNominee(String otherId, String otherName, String otherUnit) {
            return Names.sameNominee(idNumber, nomineeName, unitCode, otherId, otherName, otherUnit);
        }
    }

    private record Held(int year, String idNumber, String name, String unitCode, String procedureKind) {
    }

    private record Other(String code, String status, String idNumber, String name, String unitCode) {
    }

    /**
     * Nominations that take a slot / count as proposed: awarded, or in progress after leaving their unit. One whose
     * award was annulled (ANNULLED) holds no award and counts for nothing.
     */
    private static final String PROPOSED = "(n.status = '" + NominationStatus.AWARDED.value() + "' OR (n.status = '"
            + NominationStatus.IN_PROGRESS.value() + "' AND EXISTS "
            + "(SELECT 1 FROM nomination_submission s WHERE s.nomination_id = n.id)))";

    private final JdbcTemplate jdbc;
    private final EligibilityTables tables;
    private final Catalog catalog;
    private final TransactionTemplate ownTransaction;

    JdbcEligibility(JdbcTemplate jdbc, EligibilityTables tables, Catalog catalog, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.catalog = catalog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public Verdict check(String nominationCode) {
        return verdict(read(nominationCode), true);
    }

    /** Not read-only: the engine writes each evaluation of a decision table to its history. */
    @Override
    @Transactional
    public Verdict preview(String nominationCode) {
        return verdict(read(nominationCode), false);
    }

    @Override
    @Transactional
    public void recordSubmission(String nominationCode, String stage) {
        jdbc.update("INSERT INTO nomination_submission (nomination_id, stage, submitted_at) SELECT n.id, ?, ? FROM nomination_summary n "
                        + "WHERE n.code = ? AND NOT EXISTS (SELECT 1 FROM nomination_submission s WHERE s.nomination_id = n.id)",
                stage, OffsetDateTime.now(ZoneOffset.UTC), nominationCode);
    }

    private Verdict verdict(Read read, boolean lock) {
        Subject s = read.subject();
        List<Finding> findings = new ArrayList<>();
        for (PrerequisiteRule rule : tables.prerequisites(s.candidacy())) {
            prerequisite(s, rule).ifPresent(findings::add);
        }
        findings.addAll(pendingMatters(s, read.matters()));
        notProposedTwice(s).ifPresent(findings::add);
        Optional<QuotaRule> quota = tables.quota(s.candidacy());
        if (quota.isPresent()) {
            if (lock) {
                lockQuotaRow(s.unitCode(), s.year(), s.awardKindCode());
            }
            quota(s, quota.get()).ifPresent(findings::add);
        }
        return new Verdict(s.code(), List.copyOf(findings));
    }

    /** The nomination as the rules see it, and the open pending matters that may concern it. */
    private record Read(Subject subject, List<Object[]> matters) {
    }

    /**
     * The nomination and, in the same statement, the open pending matters of its nominee's CCCD or unit (a superset
     * of sameNominee, each half answered from an index of V4): one round trip per check instead of two.
     */
    private Read read(String code) {
        Subject[] subject = new Subject[1];
        List<Object[]> matters = new ArrayList<>();
        jdbc.query("SELECT n.id, n.code, n.year, n.unit_code, n.award_kind_code, n.procedure_kind, n.nominee_kind, n.nominee_name, n.nominee_id_number, "
                        + "p.id, p.nominee_id_number, p.nominee_name, p.unit_code, p.kind, p.reference FROM nomination_summary n "
                        + "LEFT JOIN pending_matter p ON p.resolved_on IS NULL AND (p.nominee_id_number = n.nominee_id_number OR p.unit_code = n.unit_code) "
                        + "WHERE n.code = ? ORDER BY p.id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    if (subject[0] == null) {
                        subject[0] = new Subject(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9));
                    }
                    long matter = rs.getLong(10);
                    if (!rs.wasNull()) {
                        matters.add(new Object[] {matter, rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)});
                    }
                }, code);
        if (subject[0] == null) {
            throw new IllegalArgumentException("Không có hồ sơ " + code + " / no such nomination");
        }
        return new Read(subject[0], matters);
    }

    private Optional<Finding> prerequisite(Subject s, PrerequisiteRule rule) {
        if (!rule.checkable()) {
            return Optional.of(new Finding(rule.ruleId(), rule.ruleName(), rule.legalBasis(),
                    "cần người xét đối chiếu với hồ sơ, hệ thống không kiểm tra được từ sổ khen thưởng",
                    "Not checkable from the award registry; the reviewer must verify it against the dossier", false));
        }
        List<Integer> years = rule.requiredYears(s.year());
        // Narrowed in SQL to the nominee's identity number or folded name (indexes of V6__scale_indexes.sql), a superset of
        // sameNominee: without it a province's registry would be read whole for every check.
        // Lines imported from the paper registry have no nomination: their procedure kind is on the line itself, so a
        // past award counts exactly as one filed here (issue 16). An annulled award counts for nothing (Luật 2022, Điều 93 k2).
        List<Held> held = jdbc.query("SELECT a.year, a.nominee_id_number, a.nominee_name, a.unit_code, COALESCE(n.procedure_kind, a.procedure_kind) "
                        + "FROM award a LEFT JOIN nomination_summary n ON n.id = a.nomination_id WHERE a.award_kind_code = ? AND a.year BETWEEN ? AND ? "
                        + "AND (a.nominee_id_number = ? OR a.nominee_name_folded = ?) AND a.annulment_number IS NULL",
                (rs, i) -> new Held(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                rule.requiredAwardKind(), years.get(0), years.get(years.size() - 1), s.idNumber(), FoldedName.of(s.nomineeName())).stream()
                .filter(h -> s.sameNominee(h.idNumber(), h.name(), h.unitCode())).toList();
        List<Integer> missing = years.stream().filter(y -> held.stream()
                .noneMatch(h -> h.year() == y && rule.countedProcedures().contains(h.procedureKind()))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String required = awardName(rule.requiredAwardKind());
        String counted = rule.countedProcedures().stream().map(JdbcEligibility::procedureInSentence).sorted().collect(Collectors.joining(", "));
        List<Held> notCounted = held.stream().filter(h -> missing.contains(h.year()) && !rule.countedProcedures().contains(h.procedureKind())).toList();
        String vi = "sổ khen thưởng không có " + required + " (khen thưởng " + counted + ") năm " + join(missing)
                + " của " + s.nomineeName() + "; cần các năm " + join(years);
        String en = "The registry lacks " + rule.requiredAwardKind() + " (" + String.join(", ", rule.countedProcedures()) + ") in "
                + join(missing) + "; required in " + join(years);
        if (!notCounted.isEmpty()) {
            vi += "; khen thưởng " + notCounted.stream().map(h -> procedureInSentence(h.procedureKind()) + " năm " + h.year())
                    .collect(Collectors.joining(", ")) + " không được tính làm căn cứ";
            en += "; " + notCounted.stream().map(h -> h.procedureKind() + " " + h.year()).collect(Collectors.joining(", ")) + " not counted";
        }
        if (!rule.blocking()) {
            vi += " — nếu đạt theo cách khác thì người xét kiểm tra trong hồ sơ";
            en += " — if the nominee qualifies otherwise, the reviewer checks it in the dossier";
        }
        return Optional.of(new Finding(rule.ruleId(), rule.ruleName(), rule.legalBasis(), vi, en, rule.blocking()));
    }

    private List<Finding> pendingMatters(Subject s, List<Object[]> open) {
        return open.stream()
                .filter(r -> s.sameNominee((String) r[1], (String) r[2], (String) r[3]))
                .map(r -> {
                    String kind = (String) r[4];
                    String reference = r[5] == null ? "" : " (" + r[5] + ")";
                    return new Finding("noPendingMatter", "Không đề nghị khen thưởng đối tượng đang bị xem xét kỷ luật, điều tra, thanh tra, "
                            + "giải quyết khiếu nại, tố cáo hoặc xác minh phản ánh", PENDING_MATTER_BASIS,
                            s.nomineeName() + " đang trong thời gian " + MATTERS_VI.getOrDefault(kind, kind) + reference,
                            "The nominee has an open matter: " + kind + " (#" + r[0] + ")", true);
                }).toList();
    }

    private Optional<Finding> notProposedTwice(Subject s) {
        // Narrowed in SQL to the same CCCD, or the same folded name (the auditor's search index) in the same unit: a
        // superset of sameNominee, each half answered from an index. Reading the whole kind and year, as before, grew
        // with every nomination of the year (thousands for a Bằng khen at the year-end crush).
        String columns = "SELECT 0, n.code, n.status, n.nominee_id_number, n.nominee_name, n.unit_code, CAST(0 AS BIGINT) FROM nomination_summary n ";
        String sameKindAndYear = " AND n.award_kind_code = ? AND n.year = ? AND n.id <> ? AND " + PROPOSED;
        // An award imported from the paper registry has no nomination to find above; it was awarded all the same. An
        // annulled one (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2) is no award any more and does not block, as a
        // filed nomination whose award was annulled (status ANNULLED) does not: no provision forbids proposing the
        // nominee again for the year (none found in the Law or Nghị định 98/2023/NĐ-CP — unconfirmed). Read in the same
        // statement (first column 1, in the order of the registry's lines): one round trip per check instead of two.
        String imports = "SELECT 1, a.decision_number, CAST(NULL AS VARCHAR(20)), a.nominee_id_number, a.nominee_name, a.unit_code, a.id FROM award a "
                + "WHERE a.nomination_id IS NULL AND a.award_kind_code = ? AND a.year = ? AND a.nominee_name_folded = ? AND a.annulment_number IS NULL";
        List<Other> others = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        jdbc.query(columns + "WHERE n.nominee_id_number = ?" + sameKindAndYear
                        + " UNION " + columns + "JOIN nomination_search f ON f.nomination_id = n.id "
                        + "WHERE f.nominee_folded = ? AND n.unit_code = ?" + sameKindAndYear
                        + " UNION ALL " + imports + " ORDER BY 1, 7, 2",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    if (!s.sameNominee(rs.getString(4), rs.getString(5), rs.getString(6))) {
                        return;
                    }
                    if (rs.getInt(1) == 0) {
                        others.add(new Other(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    } else {
                        imported.add(rs.getString(2));
                    }
                },
                s.idNumber(), s.awardKindCode(), s.year(), s.id(),
                FoldedName.of(s.nomineeName()), s.unitCode(), s.awardKindCode(), s.year(), s.id(),
                s.awardKindCode(), s.year(), FoldedName.of(s.nomineeName()));
        if (others.isEmpty() && imported.isEmpty()) {
            return Optional.empty();
        }
        List<String> where = new ArrayList<>();
        List<String> whereEn = new ArrayList<>();
        if (!others.isEmpty()) {
            where.add("trong hồ sơ " + others.stream().map(o -> o.code() + (NominationStatus.AWARDED.value().equals(o.status()) ? " (đã khen thưởng)"
                    : " (đang xét)")).collect(Collectors.joining(", ")));
            whereEn.add(others.stream().map(o -> o.code() + " (" + o.status() + ")").collect(Collectors.joining(", ")));
        }
        if (!imported.isEmpty()) {
            where.add("theo quyết định " + String.join(", ", imported) + " (đã khen thưởng, nhập từ sổ cũ)");
            whereEn.add("decision " + String.join(", ", imported) + " (imported from the paper registry)");
        }
        return Optional.of(new Finding("notProposedTwice", "Không đề nghị hai lần cùng một danh hiệu, hình thức cho một đối tượng trong cùng năm",
                NOT_TWICE_BASIS, s.nomineeName() + " đã được đề nghị " + awardName(s.awardKindCode()) + " năm " + s.year() + " " + String.join("; ", where),
                "Already proposed for " + s.awardKindCode() + " in " + s.year() + ": " + String.join("; ", whereEn), true));
    }

    private Optional<Finding> quota(Subject s, QuotaRule rule) {
        // An annulled award (Luật Thi đua, khen thưởng 2022, Điều 93 k2) counts neither as a prerequisite nor as the quota's base.
        Integer base = jdbc.queryForObject("SELECT COUNT(*) FROM award WHERE award_kind_code = ? AND unit_code = ? AND year = ? "
                        + "AND annulment_number IS NULL",
                Integer.class, rule.baseAwardKind(), s.unitCode(), s.year());
        int slots = rule.slots(base == null ? 0 : base);
        String takenSlots = "FROM nomination_summary n WHERE n.unit_code = ? AND n.year = ? AND n.award_kind_code = ? AND n.id <> ? AND " + PROPOSED;
        // Counted first; the codes are read only for the official's message when no slot is left.
        Integer used = jdbc.queryForObject("SELECT COUNT(*) " + takenSlots, Integer.class, s.unitCode(), s.year(), s.awardKindCode(), s.id());
        if (used == null || used < slots) {
            return Optional.empty();
        }
        List<String> taken = jdbc.queryForList("SELECT n.code " + takenSlots + " ORDER BY n.code", String.class,
                s.unitCode(), s.year(), s.awardKindCode(), s.id());
        String unit = catalog.unit(s.unitCode()).map(Unit::name).orElse(s.unitCode());
        String vi = unit + " có " + base + " cá nhân đạt " + awardName(rule.baseAwardKind()) + " năm " + s.year() + " trong sổ khen thưởng → tối đa "
                + slots + " suất " + awardName(s.awardKindCode()) + " (" + percent(rule) + ", " + rounding(rule) + ")"
                + (taken.isEmpty() ? "" : "; đã dùng " + taken.size() + " suất: " + String.join(", ", taken));
        String en = s.unitCode() + " has " + base + " " + rule.baseAwardKind() + " in " + s.year() + " → at most " + slots + " "
                + s.awardKindCode() + " (" + rule.maxShare().stripTrailingZeros().toPlainString() + ", " + rule.rounding() + "); taken: " + taken.size();
        return Optional.of(new Finding(rule.ruleId(), rule.ruleName(), rule.legalBasis(), vi, en, true));
    }

    /**
     * Locks the unit's quota row for this kind and year until the transaction ends. The row is created on first use
     * in a transaction of its own, so two first users do not fail on each other's insert; then both queue on the lock.
     */
    private void lockQuotaRow(String unitCode, int year, String awardKindCode) {
        String select = "SELECT unit_code FROM quota_lock WHERE unit_code = ? AND year = ? AND award_kind_code = ? FOR UPDATE";
        if (!jdbc.queryForList(select, String.class, unitCode, year, awardKindCode).isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            try {
                jdbc.update("INSERT INTO quota_lock (unit_code, year, award_kind_code, created_at) VALUES (?, ?, ?, ?)",
                        unitCode, year, awardKindCode, OffsetDateTime.now(ZoneOffset.UTC));
            } catch (DuplicateKeyException createdMeanwhile) {
                status.setRollbackOnly(); // another submission created it first: the row exists, which is all we need
            }
        });
        if (jdbc.queryForList(select, String.class, unitCode, year, awardKindCode).isEmpty()) {
            throw new IllegalStateException("Quota lock row missing after creation: " + unitCode + "/" + year + "/" + awardKindCode);
        }
    }

    private String awardName(String code) {
        return catalog.awardKind(code).map(AwardKind::name).orElse(code);
    }

    private static String percent(QuotaRule rule) {
        return rule.maxShare().movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    private static String rounding(QuotaRule rule) {
        return switch (rule.rounding()) {
            case FLOOR, DOWN -> "làm tròn xuống";
            case CEILING, UP -> "làm tròn lên";
            default -> "làm tròn " + rule.rounding();
        } + (rule.minimumSlots() > 0 ? ", tối thiểu " + rule.minimumSlots() + " suất" : "");
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "theo chuyên đề"; a code that is not a procedure kind stays as it is. */
    private static String procedureInSentence(String code) {
        return ProcedureKind.find(code).map(ProcedureKind::labelInSentence).orElse(code);
    }
}
