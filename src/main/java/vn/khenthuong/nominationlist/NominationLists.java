package vn.khenthuong.nominationlist;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.input.ControlCharacterException;
import vn.khenthuong.input.ControlCharacters;
import vn.khenthuong.nomination.FieldProblem;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationFiling;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.Posthumous;

/**
 * Lists of nominees from Excel: the template, the check of every row by the filing rules of the form
 * ({@link NominationFiling#problemsOf}), filing the rows as ordinary nominations ({@link NominationFiling#file}, so codes,
 * audit rows and the process start are those of a single filing), the row report and the annotated sheet.
 * <p>
 * Who: a commune official acting for exactly one commune — who may file a nomination today; the list is that commune's.
 * Once: a file (by its SHA-256) that filed anything is not filed again by the same commune — uploading it again answers the
 * earlier list ({@code alreadyFiled}); and a row naming a nominee the commune already proposed for the same award kind and
 * year (same nominee kind; same CCCD, or the same name where a CCCD is missing on either side), in an earlier row of the
 * list or in a nomination under way or awarded, is refused as a duplicate — so an edited copy of a filed list files only
 * its new rows.
 */
@Service
class NominationLists {

    private static final Logger log = LoggerFactory.getLogger(NominationLists.class);
    /** Rows filed per transaction in VALID_ROWS mode: one commit per row would cost a disk flush each. */
    static final int CHUNK = 50;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    /** A checked row: what it would file, its documents, and why not when it must not. */
    record Checked(ListReader.Line line, NewDossier dossier, List<ListDocuments.Doc> documents, List<ListReport.Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }

        String nomineeName() {
            if (dossier.nomineeName() != null) {
                return dossier.nomineeName();
            }
            return dossier.headName() == null ? null : "Hộ gia đình " + dossier.headName();
        }
    }

    private final NominationFiling filing;
    private final Catalog catalog;
    private final Officials officials;
    private final ListStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock = Clock.systemDefaultZone();

    NominationLists(NominationFiling filing, Catalog catalog, Officials officials, ListStore store, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions) {
        this.filing = filing;
        this.catalog = catalog;
        this.officials = officials;
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The template

    byte[] template() {
        String unit = filingCommune(officials.current());
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Movement> open = catalog.movements().stream()
                .filter(m -> !m.endedBy(today) && m.yearFrom() <= year && year <= m.yearTo()).toList();
        String unitName = catalog.unit(unit).map(u -> u.name()).orElse(unit);
        return ListTemplate.write(new ListTemplate.Content(year, unitName, filing.awardKindsFor(year), open,
                ListDocuments.guideNames(filing.documentKinds())));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Upload: check, then file by the mode

    ListReport upload(String fileName, byte[] content, String documentsName, byte[] documents, FilingMode mode) {
        Official official = officials.current();
        String unit = filingCommune(official);
        String name = fileName(fileName, "danh-sach.xlsx");
        String docsName = documents == null ? null : fileName(documentsName, "tai-lieu.zip");
        if (content == null || content.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tệp danh sách rỗng / The list file is empty");
        }
        String hash = sha256(content);
        var earlier = store.filedWithHash(unit, hash);
        if (earlier.isPresent()) {
            return report(earlier.get(), true);
        }
        List<ListReader.Line> lines = read(content);
        Map<Integer, List<ListDocuments.Doc>> docs = documents == null ? Map.of() : ListDocuments.read(documents, filing.documentKinds());
        Set<Integer> rowNumbers = new HashSet<>();
        lines.forEach(l -> rowNumbers.add(l.number()));
        List<Integer> stray = docs.keySet().stream().filter(r -> !rowNumbers.contains(r)).sorted().toList();
        if (!stray.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tệp .zip có tài liệu của dòng không có trong danh sách: " + stray
                    + " / The .zip holds documents of rows the list does not have: " + stray);
        }

        List<Checked> checked = readOnly.execute(s -> check(unit, lines, docs));
        int valid = (int) checked.stream().filter(Checked::valid).count();
        int invalid = checked.size() - valid;
        boolean files = switch (mode) {
            case CHECK_ONLY -> false;
            case VALID_ROWS -> valid > 0;
            case ALL_OR_NOTHING -> invalid == 0;
        };
        long id;
        try {
            id = transaction.execute(s -> store.insert(unit, official.userId(), name, hash, files, content, docsName, mode, checked.size()));
        } catch (DuplicateKeyException raced) {
            // The same file, filed by a request that got there first: answer that list.
            return store.filedWithHash(unit, hash).map(h -> report(h, true)).orElseThrow(() -> raced);
        }

        Map<Integer, ListReport.Row> done = new HashMap<>();
        if (files) {
            List<Checked> toFile = checked.stream().filter(Checked::valid).toList();
            if (mode == FilingMode.ALL_OR_NOTHING) {
                fileAll(id, toFile, done);
            } else {
                fileValidRows(id, toFile, done);
            }
        }
        List<ListReport.Row> rest = checked.stream().filter(c -> !done.containsKey(c.line().number()))
                .map(c -> row(c, c.valid() ? "VALID" : "INVALID", null, 0, c.problems())).toList();
        List<ListReport.Row> filed = done.values().stream().filter(r -> "FILED".equals(r.outcome())).sorted(Comparator.comparingInt(ListReport.Row::row)).toList();
        int failedLate = (int) done.values().stream().filter(r -> "INVALID".equals(r.outcome())).count();
        int attached = filed.stream().mapToInt(ListReport.Row::documents).sum();
        int validNow = valid - failedLate;
        transaction.executeWithoutResult(s -> {
            store.insertRows(id, rest);
            store.finish(id, validNow, invalid + failedLate, filed.size(), attached);
            if (!filed.isEmpty()) {
                events.publishEvent(new NominationListFiled(id, unit, official.userId(), name, hash, mode.name(), checked.size(), filed.size(),
                        invalid + failedLate, attached, filed.get(0).code(), filed.get(filed.size() - 1).code()));
            }
        });
        return report(store.header(id).orElseThrow(), false);
    }

    /**
     * Everything in one transaction: a row the process refuses after all rolls back every row before it. Filed by
     * chunks ({@link #fileChunk}); when that is refused, everything is filed again row by row, which names the row at
     * fault (and files the list if the refusal did not come back).
     */
    private void fileAll(long id, List<Checked> rows, Map<Integer, ListReport.Row> done) {
        try {
            transaction.executeWithoutResult(s -> {
                events.publishEvent(new NominationListFiling(id, rows.size()));
                List<ListReport.Row> filed = new ArrayList<>();
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    filed.addAll(fileChunk(rows.subList(from, Math.min(rows.size(), from + CHUNK))));
                }
                store.insertRows(id, filed);
                filed.forEach(r -> done.put(r.row(), r));
            });
        } catch (RuntimeException refused) {
            done.clear();
            fileAllRowByRow(id, rows, done);
        }
    }

    private void fileAllRowByRow(long id, List<Checked> rows, Map<Integer, ListReport.Row> done) {
        Checked[] current = new Checked[1];
        try {
            transaction.executeWithoutResult(s -> {
                events.publishEvent(new NominationListFiling(id, rows.size()));
                List<ListReport.Row> filed = new ArrayList<>();
                for (Checked c : rows) {
                    current[0] = c;
                    filed.add(fileOne(c));
                }
                store.insertRows(id, filed);
                filed.forEach(r -> done.put(r.row(), r));
            });
        } catch (RuntimeException refused) {
            done.clear();
            if (current[0] != null) {
                done.put(current[0].line().number(), row(current[0], "INVALID", null, 0, problemsOf(refused)));
            }
        }
    }

    /**
     * Chunks of {@link #CHUNK} rows per transaction, each chunk's process starts in one engine command; a chunk that
     * fails is filed again row by row, to find the row at fault.
     */
    private void fileValidRows(long id, List<Checked> rows, Map<Integer, ListReport.Row> done) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try {
                List<ListReport.Row> filed = transaction.execute(s -> {
                    events.publishEvent(new NominationListFiling(id, chunk.size()));
                    List<ListReport.Row> f = fileChunk(chunk);
                    store.insertRows(id, f);
                    return f;
                });
                filed.forEach(r -> done.put(r.row(), r));
            } catch (RuntimeException chunkFailed) {
                for (Checked c : chunk) {
                    try {
                        ListReport.Row r = transaction.execute(s -> {
                            ListReport.Row one = fileOne(c);
                            store.insertRows(id, List.of(one));
                            return one;
                        });
                        done.put(r.row(), r);
                    } catch (RuntimeException refused) {
                        done.put(c.line().number(), row(c, "INVALID", null, 0, problemsOf(refused)));
                    }
                }
            }
        }
    }

    /**
     * The rows of a chunk filed as {@link #fileOne} files each, with the engine's writes of the whole chunk in one go
     * ({@link NominationFiling#fileAll}), then their documents. All or none: a refusal names no row.
     */
    private List<ListReport.Row> fileChunk(List<Checked> chunk) {
        List<String> codes = filing.fileAll(chunk.stream().map(Checked::dossier).toList());
        List<ListReport.Row> filed = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Checked c = chunk.get(i);
            String code = codes.get(i);
            for (ListDocuments.Doc d : c.documents()) {
                filing.attach(code, d.kind(), d.fileName(), d.content());
            }
            filed.add(row(c, "FILED", code, c.documents().size(), List.of()));
        }
        return filed;
    }

    private ListReport.Row fileOne(Checked c) {
        String code = filing.file(c.dossier());
        for (ListDocuments.Doc d : c.documents()) {
            filing.attach(code, d.kind(), d.fileName(), d.content());
        }
        return row(c, "FILED", code, c.documents().size(), List.of());
    }

    /** What the process (or the document store) said when it refused a row the checks had passed. */
    private static List<ListReport.Problem> problemsOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidDossierException invalid) {
                return invalid.problems().stream().map(NominationLists::problem).toList();
            }
            if (t instanceof ControlCharacterException c) {
                return List.of(problem(new FieldProblem(c.field(), c.messageVi(), c.messageEn())));
            }
        }
        log.error("A list row passed the checks but could not be filed", e);
        return List.of(new ListReport.Problem(null, null, "row", "Không nộp được dòng này do lỗi hệ thống; hãy thử lại hoặc báo quản trị viên",
                "The row could not be filed (internal error)"));
    }

    private static ListReport.Row row(Checked c, String outcome, String code, int documents, List<ListReport.Problem> problems) {
        return new ListReport.Row(c.line().number(), outcome, ListReport.outcomeLabel(outcome), c.nomineeName(), code, documents, problems);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checking the rows

    private List<ListReader.Line> read(byte[] content) {
        if (!NominationFiling.isSafeZip(content)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tệp không phải bảng tính Excel (.xlsx); hãy dùng mẫu danh sách và lưu dưới dạng .xlsx"
                    + " / Not an Excel workbook (.xlsx); use the template and save it as .xlsx");
        }
        try {
            List<ListReader.Line> lines = ListReader.read(content);
            if (lines.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Danh sách chưa có dòng nào / The list has no rows");
            }
            return lines;
        } catch (ListReader.NotAListException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.messageVi + " / " + e.messageEn);
        }
    }

    private List<Checked> check(String unit, List<ListReader.Line> lines, Map<Integer, List<ListDocuments.Doc>> docs) {
        int thisYear = LocalDate.now(clock).getYear();
        List<AwardKind> kinds = catalog.awardKinds();
        List<Movement> movements = catalog.movements();
        List<Checked> checked = new ArrayList<>(lines.size());
        List<NewDossier> dossiers = new ArrayList<>(lines.size());
        List<List<ListReport.Problem>> problemsOf = new ArrayList<>(lines.size());
        int minYear = thisYear;
        int maxYear = thisYear;
        for (ListReader.Line line : lines) {
            List<ListReport.Problem> problems = new ArrayList<>();
            NewDossier d = dossierOf(line, problems, kinds, movements);
            dossiers.add(d);
            problemsOf.add(problems);
            if (d.year() != null) {
                minYear = Math.min(minYear, d.year());
                maxYear = Math.max(maxYear, d.year());
            }
        }
        Duplicates duplicates = new Duplicates(thisYear);
        store.existing(unit, minYear, maxYear).forEach(duplicates::addExisting);
        for (int i = 0; i < lines.size(); i++) {
            ListReader.Line line = lines.get(i);
            NewDossier d = dossiers.get(i);
            List<ListReport.Problem> problems = problemsOf.get(i);
            Set<String> flagged = new HashSet<>();
            problems.forEach(p -> flagged.add(p.field()));
            for (FieldProblem p : filing.problemsOf(d)) {
                if (!flagged.contains(p.field())) {
                    problems.add(problem(p));
                }
            }
            List<ListDocuments.Doc> rowDocs = docs.getOrDefault(line.number(), List.of());
            for (ListDocuments.Doc doc : rowDocs) {
                for (FieldProblem p : filing.documentProblems(doc.kind(), doc.fileName(), doc.content())) {
                    problems.add(new ListReport.Problem(null, ListStore.columnName(null, ListStore.DOCUMENT_FIELD), ListStore.DOCUMENT_FIELD,
                            "Tài liệu " + doc.fileName() + ": " + p.messageVi(), "Document " + doc.fileName() + ": " + p.messageEn()));
                }
            }
            if (problems.isEmpty()) {
                duplicates.check(line.number(), d).ifPresent(problems::add);
            }
            checked.add(new Checked(line, d, rowDocs, problems));
        }
        return checked;
    }

    /** The cells of a row as a dossier; a cell that cannot be read at all (a number that is none) is a problem of its own. */
    private static NewDossier dossierOf(ListReader.Line line, List<ListReport.Problem> problems, List<AwardKind> kinds, List<Movement> movements) {
        String kindText = line.get(Column.NOMINEE_KIND);
        NomineeKind kind = kindText == null ? null : Choices.nomineeKind(kindText);
        if (kindText != null && kind == null) {
            problems.add(cellProblem(Column.NOMINEE_KIND, "Loại đối tượng \"" + kindText + "\" không có trong danh sách (Cá nhân, Tập thể, Hộ gia đình, Doanh nghiệp)",
                    "Unknown nominee kind \"" + kindText + "\""));
        }
        String award = line.get(Column.AWARD_KIND);
        String movement = line.get(Column.MOVEMENT);
        if (ListTemplate.NO_MOVEMENT.equals(movement)) {
            movement = null; // the placeholder of an empty drop-down is no movement
        }
        String gender = line.get(Column.GENDER);
        String procedure = line.get(Column.PROCEDURE);
        return new NewDossier(award == null ? null : Choices.awardKindCode(award, kinds), movement == null ? null : Choices.movementCode(movement, movements),
                procedure == null ? null : Choices.procedure(procedure), kind, line.get(Column.NOMINEE_NAME), line.get(Column.ID_NUMBER),
                number(line, Column.BIRTH_YEAR, problems, "1985"), gender == null ? null : Choices.gender(gender), line.get(Column.POSITION),
                line.get(Column.ADDRESS), number(line, Column.MEMBER_COUNT, problems, "25"), line.get(Column.HEAD_NAME), line.get(Column.TAX_CODE),
                line.get(Column.ACHIEVEMENTS), number(line, Column.YEAR, problems, "2026"), posthumous(line, problems));
    }

    /** The posthumous columns as the form's checkbox and fields: null when not posthumous; a bad cell is a problem of its own. */
    private static Posthumous posthumous(ListReader.Line line, List<ListReport.Problem> problems) {
        String flag = line.get(Column.POSTHUMOUS);
        Boolean posthumous = flag == null ? Boolean.FALSE : Choices.yesNo(flag);
        if (posthumous == null) {
            problems.add(cellProblem(Column.POSTHUMOUS, "Cột Truy tặng chỉ ghi \"" + Choices.YES + "\" hoặc \"" + Choices.NO + "\", không phải \"" + flag + "\"",
                    "posthumous must be \"" + Choices.YES + "\" or \"" + Choices.NO + "\", not \"" + flag + "\""));
            return null;
        }
        try {
            return Posthumous.of(posthumous, line.get(Column.RECEIVER_NAME), line.get(Column.RECEIVER_RELATION));
        } catch (InvalidDossierException e) {
            e.problems().forEach(p -> problems.add(problem(p)));
            return null;
        }
    }

    private static Integer number(ListReader.Line line, Column column, List<ListReport.Problem> problems, String example) {
        String text = line.get(column);
        if (text == null) {
            return null;
        }
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (!NUMBER.matcher(digits).matches()) {
            problems.add(cellProblem(column, column.header + " phải là một số (ví dụ " + example + "), không phải \"" + text + "\"",
                    column.field + " must be a number, not \"" + text + "\""));
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static ListReport.Problem cellProblem(Column column, String vi, String en) {
        return new ListReport.Problem(column.letter, column.header, column.field, vi, en);
    }

    static ListReport.Problem problem(FieldProblem p) {
        return Column.ofField(p.field()).map(c -> new ListReport.Problem(c.letter, c.header, p.field(), p.messageVi(), p.messageEn()))
                .orElseGet(() -> new ListReport.Problem(null, null, p.field(), p.messageVi(), p.messageEn()));
    }

    /**
     * The duplicate rule (see the class comment): a nominee of the same kind proposed for the same award kind and year,
     * recognised by CCCD where both sides have one, else by the folded name.
     */
    private static final class Duplicates {
        /** What a duplicate repeats, in both languages. */
        record Earlier(String vi, String en) {
        }

        private final int thisYear;
        private final Map<String, Earlier> byId = new HashMap<>();
        private final Map<String, List<Map.Entry<String, Earlier>>> byName = new HashMap<>();

        Duplicates(int thisYear) {
            this.thisYear = thisYear;
        }

        void addExisting(ListStore.Existing e) {
            add(e.nomineeKind() + "|" + e.awardKindCode() + "|" + e.year(), FoldedName.of(e.nomineeName()), blankToNull(e.idNumber()),
                    new Earlier("hồ sơ " + e.code() + " đơn vị đã lập", "nomination " + e.code()));
        }

        java.util.Optional<ListReport.Problem> check(int row, NewDossier d) {
            String group = d.nomineeKind().value() + "|" + d.awardKindCode().trim() + "|" + (d.year() == null ? thisYear : d.year());
            String name = FoldedName.of(d.nomineeName() != null ? d.nomineeName() : "Hộ gia đình " + d.headName());
            String id = blankToNull(d.nomineeIdNumber());
            Earlier earlier = id == null ? null : byId.get(group + "|" + id);
            Column column = Column.ID_NUMBER;
            if (earlier == null) {
                column = Column.NOMINEE_NAME;
                for (Map.Entry<String, Earlier> same : byName.getOrDefault(group + "|" + name, List.of())) {
                    if (id == null || same.getKey() == null) {
                        earlier = same.getValue();
                        break;
                    }
                }
            }
            if (earlier != null) {
                return java.util.Optional.of(cellProblem(column, "Trùng đối tượng với " + earlier.vi()
                                + " (cùng loại đối tượng, cùng danh hiệu/hình thức, cùng năm); không nộp lại",
                        "Duplicate of " + earlier.en() + " (same nominee, award kind and year)"));
            }
            add(group, name, id, new Earlier("dòng " + row, "row " + row));
            return java.util.Optional.empty();
        }

        private void add(String group, String name, String id, Earlier what) {
            if (id != null) {
                byId.putIfAbsent(group + "|" + id, what);
            }
            byName.computeIfAbsent(group + "|" + name, k -> new ArrayList<>()).add(new java.util.AbstractMap.SimpleEntry<>(id, what));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading lists

    ListReport report(long id) {
        return report(readable(id), false);
    }

    List<ListReport.Summary> recent() {
        Official official = officials.current();
        Set<String> communes = official.unitsAs(Roles.COMMUNE_OFFICIAL);
        boolean everything = official.hasRole(Roles.AUDITOR) || official.hasRole(Roles.ADMIN);
        List<ListStore.Header> headers = everything ? store.recent(null, 100)
                : communes.size() == 1 ? store.recent(communes.iterator().next(), 100) : List.of();
        return headers.stream().map(h -> new ListReport.Summary(h.id(), h.fileName(), h.mode().name(), h.mode().label, h.rowCount(), h.validCount(),
                h.invalidCount(), h.filedCount(), h.uploadedBy(), h.createdAt())).toList();
    }

    /** The uploaded sheet with the answer for every row in a column of its own. */
    byte[] annotated(long id) {
        readable(id);
        return ListAnnotation.write(store.content(id), store.rows(id));
    }

    private ListStore.Header readable(long id) {
        ListStore.Header h = store.header(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không tìm thấy danh sách " + id + " / List " + id + " not found"));
        if (!officials.canRead(officials.current(), h.unitCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Danh sách của đơn vị khác, bạn không có quyền xem / The list belongs to another unit");
        }
        return h;
    }

    private ListReport report(ListStore.Header h, boolean alreadyFiled) {
        return new ListReport(h.id(), h.unitCode(), h.uploadedBy(), h.fileName(), h.fileHash(), h.mode().name(), h.mode().label, h.documentsName(),
                h.rowCount(), h.validCount(), h.invalidCount(), h.filedCount(), h.documentCount(), h.createdAt(), alreadyFiled, store.rows(h.id()));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Who may file a nomination today may file a list: a commune official acting for exactly one commune. */
    private static String filingCommune(Official official) {
        Set<String> communes = official.unitsAs(Roles.COMMUNE_OFFICIAL);
        if (communes.size() != 1) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, (communes.isEmpty()
                    ? "Chỉ cán bộ cấp xã được lập và nộp danh sách đề nghị khen thưởng"
                    : "Cán bộ thuộc nhiều xã, không xác định được xã nộp danh sách")
                    + " / " + (communes.isEmpty() ? "Only a commune official may file a list of nominations" : "The official acts for several communes"));
        }
        return communes.iterator().next();
    }

    private static String fileName(String given, String fallback) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        ControlCharacters.check("fileName", name);
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
