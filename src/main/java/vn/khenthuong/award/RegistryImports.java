package vn.khenthuong.award;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.input.ControlCharacters;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * Imports past decisions into the registry (table {@code award}, lines of source IMPORTED, and {@code award_import}).
 * Every row is checked (award kind and unit known and in force on the decision date, date not in the future, the
 * number as {@link PastDecisionNumber} accepts it, money not negative…); a line already in the registry (same
 * decision number, same nominee: folded name and birth year) or twice in the file is reported and skipped, so the
 * same file twice imports nothing twice. By default it is all or nothing: one wrong row and nothing is written.
 * What is written, and the audit event naming the file's hash, commit in one transaction; imports run one at a time.
 */
@Service
public class RegistryImports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH_YEAR_DASH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}([.,]\\d{3})+$");
    private static final Pattern TRAILING_CODE = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

    /** What went wrong in one cell; {@code column} is the template's letter. */
    public record RowProblem(int row, String column, String header, String message, String messageEn) {
    }

    /** A row not imported because its line is already in the registry or earlier in the file. */
    public record RowDuplicate(int row, String decisionNumber, String nomineeName, Integer birthYear, Long awardId, Integer sameAsRow,
                               String message, String messageEn) {
    }

    /**
     * The outcome of an upload. {@code importId} is null when nothing was written; {@code previousImportId} names the
     * import of the very same file (same SHA-256), when there was one.
     */
    public record Report(Long importId, String fileName, String sha256, int rowsRead, int imported, int duplicates, int rejected,
                         boolean written, Long previousImportId, List<RowProblem> problems, List<RowDuplicate> duplicateRows) {
    }

    /** A past import as the list of imports shows it. */
    public record ImportRecord(long id, String fileName, String sha256, String importedBy, Instant importedAt, int rowsRead, int imported,
                               int duplicates, int rejected) {
    }

    /** Rows the rules refuse, with all-or-nothing asked: nothing was written; the report says which rows and why. */
    public static class RowsRefusedException extends RuntimeException {

        private final transient Report report;

        RowsRefusedException(Report report) {
            super(report.rejected() + " rows refused");
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    /** A row that passed the checks, typed. */
    private record Line(int row, String decisionNumber, LocalDate decisionDate, String signer, AwardKind awardKind, NomineeKind nomineeKind,
                        String nomineeName, Integer birthYear, String position, String unitCode, Long money, int year, ProcedureKind procedureKind) {

        String folded() {
            return FoldedName.of(nomineeName);
        }
    }

    private record Held(long id, String decisionNumber, String folded, Integer birthYear) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    RegistryImports(NamedParameterJdbcTemplate jdbc, Catalog catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
    }

    /** An uploaded template, read with the streaming reader. */
    @Transactional
    public Report importWorkbook(String fileName, byte[] content, String actor, boolean validRowsOnly) {
        if (content == null || content.length == 0) {
            throw new RegistryFileRefusedException("Tệp rỗng", "the file is empty");
        }
        List<RegistryRow> rows = RegistryWorkbook.read(new ByteArrayInputStream(content));
        return importRows(cleanFileName(fileName), sha256(content), rows, actor, validRowsOnly);
    }

    /** Lines given in code (the demo's seed file), numbered 1, 2, … as rows; all or nothing. */
    @Transactional
    public Report importPast(String fileName, String sha256, List<PastAward> lines, String actor) {
        List<RegistryRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PastAward p = lines.get(i);
            Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
            cells.put(RegistryColumn.DECISION_NUMBER, p.decisionNumber());
            cells.put(RegistryColumn.DECISION_DATE, p.decisionDate() == null ? null : p.decisionDate().toString());
            cells.put(RegistryColumn.SIGNER, p.signer());
            cells.put(RegistryColumn.AWARD_KIND, p.awardKindCode());
            cells.put(RegistryColumn.NOMINEE_KIND, p.nomineeKind() == null ? null : p.nomineeKind().name());
            cells.put(RegistryColumn.NOMINEE_NAME, p.nomineeName());
            cells.put(RegistryColumn.BIRTH_YEAR, p.birthYear() == null ? null : p.birthYear().toString());
            cells.put(RegistryColumn.POSITION, p.position());
            cells.put(RegistryColumn.UNIT, p.unitCode());
            cells.put(RegistryColumn.MONEY, p.money() == null ? null : p.money().toString());
            cells.put(RegistryColumn.YEAR, p.year() == null ? null : p.year().toString());
            cells.put(RegistryColumn.PROCEDURE_KIND, p.procedureKind() == null ? null : p.procedureKind().value());
            rows.add(new RegistryRow(i + 1, cells));
        }
        return importRows(fileName, sha256, rows, actor, false);
    }

    /** The imports, newest first. */
    @Transactional(readOnly = true)
    public List<ImportRecord> imports() {
        return jdbc.query("SELECT id, file_name, file_sha256, imported_by, imported_at, rows_read, rows_imported, rows_duplicate, rows_rejected "
                        + "FROM award_import ORDER BY id DESC", new MapSqlParameterSource(),
                (rs, i) -> new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
    }

    Report importRows(String fileName, String sha256, List<RegistryRow> rows, String actor, boolean validRowsOnly) {
        if (rows.isEmpty()) {
            throw new RegistryFileRefusedException("Tệp không có dòng nào dưới dòng tiêu đề", "the sheet has no rows below its header");
        }
        LocalDate today = LocalDate.now(VIETNAM);
        List<RowProblem> problems = new ArrayList<>();
        List<Line> valid = new ArrayList<>();
        Set<Integer> rejectedRows = new LinkedHashSet<>();
        for (RegistryRow row : rows) {
            List<RowProblem> found = new ArrayList<>();
            Line line = check(row, today, found);
            if (found.isEmpty()) {
                valid.add(line);
            } else {
                problems.addAll(found);
                rejectedRows.add(row.row());
            }
        }
        // Imports queue here until the previous one commits, so its lines are seen as duplicates (V17_1).
        jdbc.query("SELECT id FROM award_import_lock WHERE id = 1 FOR UPDATE", new MapSqlParameterSource(), (rs, i) -> rs.getInt(1));
        List<RowDuplicate> duplicates = new ArrayList<>();
        List<Line> fresh = withoutDuplicates(valid, duplicates);
        Long previous = jdbc.query("SELECT id FROM award_import WHERE file_sha256 = :sha ORDER BY id", new MapSqlParameterSource("sha", sha256),
                (rs, i) -> rs.getLong(1)).stream().findFirst().orElse(null);
        Report refused = new Report(null, fileName, sha256, rows.size(), 0, duplicates.size(), rejectedRows.size(), false, previous, problems, duplicates);
        if (!problems.isEmpty() && !validRowsOnly) {
            throw new RowsRefusedException(refused);
        }
        if (fresh.isEmpty()) {
            return refused;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO award_import (file_name, file_sha256, imported_by, imported_at, rows_read, rows_imported, rows_duplicate, rows_rejected) "
                        + "VALUES (:name, :sha, :by, :at, :read, :imported, :duplicates, :rejected)",
                new MapSqlParameterSource("name", fileName).addValue("sha", sha256).addValue("by", actor).addValue("at", now)
                        .addValue("read", rows.size()).addValue("imported", fresh.size()).addValue("duplicates", duplicates.size())
                        .addValue("rejected", rejectedRows.size()), key, new String[] {"id"});
        long importId = key.getKeyAs(Number.class).longValue();
        SqlParameterSource[] batch = fresh.stream().map(l -> new MapSqlParameterSource("awardKind", l.awardKind().code())
                .addValue("unit", l.unitCode()).addValue("year", l.year()).addValue("nomineeKind", l.nomineeKind().name())
                .addValue("name", l.nomineeName()).addValue("folded", l.folded()).addValue("number", l.decisionNumber())
                .addValue("date", l.decisionDate()).addValue("signer", l.signer()).addValue("now", now)
                .addValue("amount", l.money(), Types.BIGINT).addValue("importId", importId).addValue("row", l.row())
                .addValue("birthYear", l.birthYear(), Types.INTEGER).addValue("position", l.position(), Types.VARCHAR)
                .addValue("procedure", l.procedureKind().value())).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO award (nomination_id, award_kind_code, unit_code, year, nominee_kind, nominee_name, nominee_name_folded, "
                + "decision_number, decision_date, signer, recorded_at, reward_amount, source, import_id, import_row, nominee_birth_year, "
                + "nominee_position, procedure_kind) VALUES (NULL, :awardKind, :unit, :year, :nomineeKind, :name, :folded, :number, :date, "
                + ":signer, :now, :amount, 'IMPORTED', :importId, :row, :birthYear, :position, :procedure)", batch);
        events.publishEvent(new RegistryImported(importId, fileName, sha256, actor, rows.size(), fresh.size(), duplicates.size(), rejectedRows.size()));
        return new Report(importId, fileName, sha256, rows.size(), fresh.size(), duplicates.size(), rejectedRows.size(), true, previous,
                problems, duplicates);
    }

    /**
     * Drops the lines already in the registry or earlier in the file. The same nominee: the same folded name and the
     * same birth year — or no birth year on one side (a line filed through a nomination keeps none in the registry),
     * where the same decision number and name are taken as the same person rather than risk counting an award twice.
     */
    private List<Line> withoutDuplicates(List<Line> lines, List<RowDuplicate> duplicates) {
        Map<String, List<Held>> held = new HashMap<>();
        List<String> numbers = lines.stream().map(Line::decisionNumber).distinct().toList();
        for (int from = 0; from < numbers.size(); from += 500) {
            jdbc.query("SELECT id, decision_number, nominee_name_folded, nominee_birth_year FROM award WHERE decision_number IN (:numbers)",
                    new MapSqlParameterSource("numbers", numbers.subList(from, Math.min(numbers.size(), from + 500))), rs -> {
                        int year = rs.getInt(4);
                        Integer birthYear = rs.wasNull() ? null : year;
                        Held h = new Held(rs.getLong(1), rs.getString(2), rs.getString(3), birthYear);
                        held.computeIfAbsent(h.decisionNumber() + "\n" + h.folded(), k -> new ArrayList<>()).add(h);
                    });
        }
        Map<String, List<Line>> seen = new HashMap<>();
        List<Line> fresh = new ArrayList<>();
        for (Line l : lines) {
            String key = l.decisionNumber() + "\n" + l.folded();
            Optional<Held> inRegistry = held.getOrDefault(key, List.of()).stream().filter(h -> sameYear(h.birthYear(), l.birthYear())).findFirst();
            Optional<Line> earlier = seen.getOrDefault(key, List.of()).stream().filter(e -> sameYear(e.birthYear(), l.birthYear())).findFirst();
            if (inRegistry.isPresent()) {
                duplicates.add(new RowDuplicate(l.row(), l.decisionNumber(), l.nomineeName(), l.birthYear(), inRegistry.get().id(), null,
                        "Đã có trong sổ khen thưởng (dòng sổ số " + inRegistry.get().id() + "): cùng quyết định " + l.decisionNumber()
                                + " và cùng người; không nhập lại", "already in the registry (line " + inRegistry.get().id() + "); not imported again"));
            } else if (earlier.isPresent()) {
                duplicates.add(new RowDuplicate(l.row(), l.decisionNumber(), l.nomineeName(), l.birthYear(), null, earlier.get().row(),
                        "Trùng dòng " + earlier.get().row() + " của tệp: cùng quyết định và cùng người; chỉ nhập một lần",
                        "same decision and nominee as row " + earlier.get().row() + "; imported once"));
            } else {
                seen.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
                fresh.add(l);
            }
        }
        return fresh;
    }

    private static boolean sameYear(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    /** Checks one row; each refused cell adds a problem. Returns the typed line when there is none. */
    private Line check(RegistryRow row, LocalDate today, List<RowProblem> problems) {
        for (RegistryColumn c : RegistryColumn.values()) {
            String v = row.get(c);
            if (v != null && ControlCharacters.find(v, false) >= 0) {
                problem(problems, row, c, "Có ký tự điều khiển không được phép", "control character not allowed");
            }
            if (v == null && c.required()) {
                problem(problems, row, c, "Thiếu " + c.header().toLowerCase(java.util.Locale.forLanguageTag("vi")), "missing " + c.name());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        LocalDate date = date(row.get(RegistryColumn.DECISION_DATE));
        if (date == null) {
            problem(problems, row, RegistryColumn.DECISION_DATE, "Ngày quyết định không đọc được (ghi dạng 20/12/2019)", "unreadable date");
        } else if (date.isAfter(today)) {
            problem(problems, row, RegistryColumn.DECISION_DATE, "Ngày quyết định sau hôm nay: chỉ nhập quyết định đã ký", "date in the future");
        } else if (date.isBefore(EARLIEST)) {
            problem(problems, row, RegistryColumn.DECISION_DATE, "Ngày quyết định trước 02/09/1945", "date before 1945-09-02");
            date = null;
        }
        String number = PastDecisionNumber.normalise(row.get(RegistryColumn.DECISION_NUMBER));
        if (date != null) {
            PastDecisionNumber.problem(number, date).ifPresent(p -> problem(problems, row, RegistryColumn.DECISION_NUMBER, p[0], p[1]));
        }
        String signer = row.get(RegistryColumn.SIGNER);
        if (signer.length() > 100) {
            problem(problems, row, RegistryColumn.SIGNER, "Người ký dài quá 100 ký tự", "signer longer than 100");
        }
        AwardKind kind = pick(row.get(RegistryColumn.AWARD_KIND), catalog.awardKinds(), AwardKind::code, AwardKind::name).orElse(null);
        if (kind == null) {
            problem(problems, row, RegistryColumn.AWARD_KIND, "Không có hình thức khen thưởng «" + row.get(RegistryColumn.AWARD_KIND)
                    + "» trong danh mục", "unknown award kind");
        } else if (date != null && !date.isAfter(today) && !kind.validOn(date)) {
            problem(problems, row, RegistryColumn.AWARD_KIND, kind.name() + " không áp dụng vào ngày quyết định", "award kind not in force on the decision date");
        }
        NomineeKind nomineeKind = nomineeKind(row.get(RegistryColumn.NOMINEE_KIND));
        if (nomineeKind == null) {
            problem(problems, row, RegistryColumn.NOMINEE_KIND, "Đối tượng phải là Cá nhân, Tập thể, Hộ gia đình hoặc Doanh nghiệp", "unknown nominee kind");
        } else if (kind != null && !kind.nomineeKinds().contains(nomineeKind.name())) {
            problem(problems, row, RegistryColumn.NOMINEE_KIND, kind.name() + " không xét cho " + nomineeKind.labelInSentence(),
                    "award kind not given to " + nomineeKind.name());
        }
        String name = row.get(RegistryColumn.NOMINEE_NAME);
        if (name.length() > 300) {
            problem(problems, row, RegistryColumn.NOMINEE_NAME, "Họ tên dài quá 300 ký tự", "name longer than 300");
        }
        Integer birthYear = null;
        if (row.get(RegistryColumn.BIRTH_YEAR) != null) {
            birthYear = integer(row.get(RegistryColumn.BIRTH_YEAR));
            int latest = date == null ? today.getYear() : date.getYear();
            if (birthYear == null || birthYear < 1900 || birthYear > latest) {
                problem(problems, row, RegistryColumn.BIRTH_YEAR, "Năm sinh phải là năm có bốn chữ số, từ 1900 đến năm quyết định",
                        "birth year must be 1900..the decision's year");
            }
        }
        String position = row.get(RegistryColumn.POSITION);
        if (position != null && position.length() > 300) {
            problem(problems, row, RegistryColumn.POSITION, "Chức vụ dài quá 300 ký tự", "position longer than 300");
        }
        Unit unit = pick(row.get(RegistryColumn.UNIT), catalog.units(), Unit::code, Unit::name).orElse(null);
        if (unit == null) {
            problem(problems, row, RegistryColumn.UNIT, "Không có đơn vị «" + row.get(RegistryColumn.UNIT) + "» trong danh mục", "unknown unit");
        } else if (date != null && !date.isAfter(today) && !unit.validOn(date)) {
            problem(problems, row, RegistryColumn.UNIT, unit.name() + " chưa có hoặc không còn vào ngày quyết định", "unit not in existence on the decision date");
        }
        Long money = null;
        if (row.get(RegistryColumn.MONEY) != null) {
            BigDecimal amount = amount(row.get(RegistryColumn.MONEY));
            if (amount == null) {
                problem(problems, row, RegistryColumn.MONEY, "Số tiền phải là số đồng (ví dụ: 1500000)", "money must be a whole number of đồng");
            } else if (amount.signum() < 0) {
                problem(problems, row, RegistryColumn.MONEY, "Số tiền không được âm", "money must not be negative");
            } else {
                money = amount.longValue();
            }
        }
        int year = date == null ? 0 : date.getYear();
        if (row.get(RegistryColumn.YEAR) != null) {
            Integer y = integer(row.get(RegistryColumn.YEAR));
            if (y == null || y < EARLIEST.getYear() || (date != null && y > date.getYear())) {
                problem(problems, row, RegistryColumn.YEAR, "Năm thành tích phải có bốn chữ số và không sau năm quyết định",
                        "year of achievement must not be after the decision's year");
            } else {
                year = y;
            }
        }
        ProcedureKind procedure = ProcedureKind.DEFAULT;
        if (row.get(RegistryColumn.PROCEDURE_KIND) != null) {
            procedure = procedureKind(row.get(RegistryColumn.PROCEDURE_KIND));
            if (procedure == null) {
                problem(problems, row, RegistryColumn.PROCEDURE_KIND, "Loại khen thưởng phải là Thường xuyên, Theo chuyên đề, Đột xuất hoặc Theo niên hạn",
                        "unknown procedure kind");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Line(row.row(), number, date, signer, kind, nomineeKind, name, birthYear, position, unit.code(), money, year, procedure);
    }

    private static void problem(List<RowProblem> problems, RegistryRow row, RegistryColumn column, String vi, String en) {
        problems.add(new RowProblem(row.row(), column.letter(), column.header(), vi, en));
    }

    /** By code, by "Name (code)" as the drop-down writes it, or by name ignoring case and diacritics. */
    private static <T> Optional<T> pick(String text, List<T> all, java.util.function.Function<T, String> code,
                                        java.util.function.Function<T, String> name) {
        Matcher m = TRAILING_CODE.matcher(text);
        String inBrackets = m.find() ? m.group(1).trim() : null;
        return all.stream().filter(t -> code.apply(t).equals(text) || code.apply(t).equals(inBrackets)
                || FoldedName.of(name.apply(t)).equals(FoldedName.of(text))).findFirst();
    }

    private static NomineeKind nomineeKind(String text) {
        for (NomineeKind k : NomineeKind.values()) {
            if (k.name().equals(text) || FoldedName.of(k.label()).equals(FoldedName.of(text))) {
                return k;
            }
        }
        return null;
    }

    private static ProcedureKind procedureKind(String text) {
        for (ProcedureKind k : ProcedureKind.values()) {
            if (k.value().equals(text) || FoldedName.of(k.label()).equals(FoldedName.of(text))) {
                return k;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR, DAY_MONTH_YEAR_DASH)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }

    private static Integer integer(String text) {
        BigDecimal n = amount(text);
        if (n == null || n.compareTo(BigDecimal.valueOf(9999)) > 0 || n.compareTo(BigDecimal.ZERO) < 0) {
            return null;
        }
        return n.intValue();
    }

    /** A whole number, written plain ("1500000"), grouped ("1.500.000", "1,500,000") or with "đ"/"đồng" after it. */
    private static BigDecimal amount(String text) {
        String t = text.replace(" ", "").replace("\u00a0", "").replaceAll("(?i)(đồng|đ|vnd)$", "");
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(".", "").replace(",", "");
        }
        try {
            BigDecimal n = new BigDecimal(t);
            if (n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The name as the person's computer had it, without a path, at most 255 characters. */
    private static String cleanFileName(String name) {
        String n = name == null || name.isBlank() ? "so-khen-thuong.xlsx" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
