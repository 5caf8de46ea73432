package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * The results of a block's year end and their check. Only an officer of a member unit enters and submits that unit's
 * results; only an officer of the head unit accepts or returns them (with a reason); the provincial board, the
 * members' officers, auditors and administrators read. Every write locks the round, checks everything before it
 * writes (nothing half-written) and publishes {@link YearEndRecorded}, which the audit writes in the same transaction.
 */
@Service
public class BlockYearEnds {

    static final int MAX_NOTE = 2000;
    static final int MAX_REASON = 2000;
    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final JdbcYearEnds store;
    private final BlockPacts pacts;
    private final BlockAccess access;
    private final Officials officials;
    private final ApplicationEventPublisher events;

    BlockYearEnds(JdbcYearEnds store, BlockPacts pacts, BlockAccess access, Officials officials, ApplicationEventPublisher events) {
        this.store = store;
        this.pacts = pacts;
        this.access = access;
        this.officials = officials;
        this.events = events;
    }

    /** What the process needs to run a round: its id, the head unit, the members. */
    public record Opened(long roundId, String headUnit, List<String> members) {
    }

    /**
     * Opens the year end of a block (the process's first step): only an officer of that year's head unit or the
     * provincial board; once per block and year; the block must have its pact.
     */
    @Transactional
    public Opened open(String blockCode, int year, String actor) {
        Official who = official(actor);
        Pact pact = pacts.pact(blockCode, year).orElseThrow(() -> BlockPacts.notFound(blockCode, year));
        if (!access.isOfficerOf(who, pact.headUnit()) && !access.isBoard(who)) {
            throw BlockAccess.forbidden("Chỉ cán bộ thi đua của đơn vị trưởng khối năm " + year + " hoặc Ban Thi đua – Khen thưởng tỉnh được mở tổng kết năm",
                    "only an officer of the block's head unit or the provincial board may open the year end");
        }
        if (pact.indicators().isEmpty()) {
            throw bad("Khối " + blockCode + " năm " + year + " chưa có giao ước (chỉ tiêu)", "the block year has no pact");
        }
        if (store.find(blockCode, year).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khối " + blockCode + " năm " + year + " đã được mở tổng kết"
                    + " / the year end of block " + blockCode + " " + year + " is already open");
        }
        long id = store.insertRound(blockCode, year, pact.headUnit(), actor, pact.members());
        events.publishEvent(new YearEndRecorded(blockCode, year, YearEndAction.OPENED, actor, null, Map.of("headUnit", pact.headUnit(),
                "members", pact.members())));
        return new Opened(id, pact.headUnit(), pact.members());
    }

    @Transactional
    public void linkProcess(long roundId, String processInstanceId) {
        store.setProcessInstance(roundId, processInstanceId);
    }

    @Transactional(readOnly = true)
    public YearEndRound round(String blockCode, int year) {
        return store.find(blockCode, year).orElseThrow(() -> notOpen(blockCode, year));
    }

    @Transactional(readOnly = true)
    public YearEndRound round(long roundId) {
        return store.find(roundId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<String> members(long roundId) {
        return store.members(roundId);
    }

    /** One member's results, for the process (no reader check: the process's own steps). */
    @Transactional(readOnly = true)
    public MemberResults memberResults(long roundId, String unit) {
        return store.member(roundId, unit).orElseThrow(() -> notMember(unit));
    }

    /** The round as the signed-in official may read it: members' officers, the board, auditors, administrators. */
    @Transactional(readOnly = true)
    public List<MemberResults> results(String blockCode, int year) {
        YearEndRound round = round(blockCode, year);
        requireReader(officials.current(), round);
        return store.members(round.id()).stream().map(u -> store.member(round.id(), u).orElseThrow()).toList();
    }

    /** A member's officer saves its values (a draft until submitted), replacing what was there. */
    @Transactional
    public MemberResults save(String blockCode, int year, String unit, String leaderName, Integer staffCount, List<IndicatorResult> values) {
        return save(officials.current(), blockCode, year, unit, leaderName, staffCount, values);
    }

    /**
     * The same, for the demo seeding, which acts in the engine as the member's demo officer ({@code actor}); the
     * values may carry the seed's "minh hoạ" mark, which the API never sets.
     */
    @Transactional
    public MemberResults saveFor(String actor, String blockCode, int year, String unit, String leaderName, Integer staffCount,
                                 List<IndicatorResult> values) {
        return save(official(actor), blockCode, year, unit, leaderName, staffCount, values);
    }

    /** The year end of a block, if it was opened. */
    @Transactional(readOnly = true)
    public java.util.Optional<YearEndRound> find(String blockCode, int year) {
        return store.find(blockCode, year);
    }

    private MemberResults save(Official who, String blockCode, int year, String unit, String leaderName, Integer staffCount,
                               List<IndicatorResult> values) {
        YearEndRound round = store.lock(round(blockCode, year).id());
        MemberResults current = editable(round, unit, who);
        Pact pact = pacts.pact(blockCode, year).orElseThrow();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndicatorResult v : values == null ? List.<IndicatorResult>of() : values) {
            Indicator indicator = v == null ? null : pact.indicator(v.indicatorCode()).orElse(null);
            if (indicator == null) {
                problems.add("chỉ tiêu " + (v == null ? null : v.indicatorCode()) + " không có trong giao ước|unknown indicator "
                        + (v == null ? null : v.indicatorCode()));
                continue;
            }
            if (!seen.add(v.indicatorCode())) {
                problems.add("chỉ tiêu " + v.indicatorCode() + " nhập hai lần|indicator " + v.indicatorCode() + " given twice");
            }
            if (v.value() == null || v.value().signum() < 0) {
                problems.add("chỉ tiêu " + v.indicatorCode() + " cần một số không âm|indicator " + v.indicatorCode() + " needs a non-negative number");
            } else if (indicator.scoring() == ScoringMethod.YES_NO && v.value().compareTo(BigDecimal.ONE) != 0 && v.value().signum() != 0) {
                problems.add("chỉ tiêu có/không " + v.indicatorCode() + " nhận 1 (có) hoặc 0 (không)|yes/no indicator " + v.indicatorCode()
                        + " takes 1 or 0");
            } else if (v.value().precision() - v.value().scale() > 14 || v.value().scale() > 4) {
                problems.add("chỉ tiêu " + v.indicatorCode() + ": số quá lớn hoặc quá nhiều chữ số thập phân|indicator " + v.indicatorCode()
                        + ": number too large or too precise");
            }
            if (v.note() != null && v.note().length() > MAX_NOTE) {
                problems.add("ghi chú của " + v.indicatorCode() + " dài quá " + MAX_NOTE + " ký tự|note of " + v.indicatorCode() + " too long");
            }
        }
        if (leaderName != null && leaderName.length() > 200) {
            problems.add("tên người đứng đầu dài quá 200 ký tự|leader name longer than 200 characters");
        }
        if (staffCount != null && (staffCount < 1 || staffCount > 100_000)) {
            problems.add("số cán bộ, công chức phải từ 1|staff count must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw bad("Kết quả chưa hợp lệ: " + String.join("; ", problems.stream().map(p -> p.split("\\|")[0]).toList()),
                    "invalid results: " + String.join("; ", problems.stream().map(p -> p.split("\\|")[1]).toList()));
        }
        List<IndicatorResult> cleaned = values.stream().map(v -> new IndicatorResult(v.indicatorCode(), v.value(),
                v.note() == null || v.note().isBlank() ? null : v.note().trim(), v.minhHoa())).toList();
        store.replaceValues(round.id(), unit, blank(leaderName) ? null : leaderName.trim(), staffCount, cleaned, who.userId());
        events.publishEvent(new YearEndRecorded(blockCode, year, YearEndAction.RESULTS_SAVED, who.userId(), unit,
                Map.of("indicators", cleaned.stream().map(v -> v.indicatorCode() + "=" + v.value().toPlainString()).toList(),
                        "previousState", current.state().name())));
        return store.member(round.id(), unit).orElseThrow();
    }

    /** A member's officer attaches an evidence document (PDF, JPEG, PNG, DOCX; at most 10 MB). */
    @Transactional
    public MemberResults.Evidence upload(String blockCode, int year, String unit, String fileName, String contentType, byte[] content) {
        Official who = officials.current();
        YearEndRound round = store.lock(round(blockCode, year).id());
        editable(round, unit, who);
        if (content == null || content.length == 0) {
            throw bad("Tệp rỗng", "empty file");
        }
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw bad("Tệp lớn hơn 10 MB", "file larger than 10 MB");
        }
        if (contentType == null || !EVIDENCE_TYPES.contains(contentType)) {
            throw bad("Chỉ nhận PDF, JPEG, PNG, DOCX", "only PDF, JPEG, PNG and DOCX are accepted");
        }
        String name = fileName == null || fileName.isBlank() ? "minh-chung" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String sha = sha256(content);
        long id = store.insertEvidence(round.id(), unit, name, contentType, content, sha, who.userId());
        events.publishEvent(new YearEndRecorded(blockCode, year, YearEndAction.EVIDENCE_UPLOADED, who.userId(), unit,
                Map.of("documentId", id, "fileName", name, "sha256", sha, "sizeBytes", content.length)));
        return store.evidence(round.id(), unit).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    public record EvidenceContent(MemberResults.Evidence info, byte[] content) {
    }

    @Transactional(readOnly = true)
    public EvidenceContent evidence(String blockCode, int year, String unit, long id) {
        YearEndRound round = round(blockCode, year);
        requireReader(officials.current(), round);
        MemberResults.Evidence info = store.evidence(round.id(), unit).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tài liệu " + id + " / no document " + id));
        return new EvidenceContent(info, store.evidenceContent(round.id(), unit, id).orElseThrow());
    }

    /** When the member's entry task completes: every indicator has a value; DRAFT or RETURNED becomes SUBMITTED. */
    @Transactional
    public void submit(long roundId, String unit, String actor) {
        Official who = official(actor);
        YearEndRound round = store.lock(roundId);
        MemberResults current = editable(round, unit, who);
        Pact pact = pacts.pact(round.blockCode(), round.year()).orElseThrow();
        Set<String> entered = new HashSet<>(current.values().stream().map(IndicatorResult::indicatorCode).toList());
        List<String> missing = pact.indicators().stream().map(Indicator::code).filter(c -> !entered.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw bad("Chưa nhập kết quả các chỉ tiêu: " + String.join(", ", missing), "results missing for: " + String.join(", ", missing));
        }
        // The nomination of a leading unit names the collective's leader and headcount (DossierRules, collective nominee).
        if (blank(current.leaderName()) || current.staffCount() == null) {
            throw bad("Cần tên người đứng đầu và số cán bộ, công chức của đơn vị", "the unit's leader and staff count are required");
        }
        store.submitted(roundId, unit, actor);
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.RESULTS_SUBMITTED, actor, unit, Map.of()));
    }

    /**
     * The head unit's officer submits the block's proposals to the province: only an emulation officer of the round's
     * head unit (not a member, not the provincial board that receives them, not an auditor), and only once the
     * minutes exist. Returns the head unit, which becomes the proposing unit of each proposal.
     */
    @Transactional(readOnly = true)
    public String requireHeadOfficer(long roundId, String actor) {
        Official who = official(actor);
        YearEndRound round = store.find(roundId).orElseThrow();
        if (!access.isOfficerOf(who, round.headUnit())) {
            throw BlockAccess.forbidden("Chỉ cán bộ thi đua của đơn vị trưởng khối trình hồ sơ đề nghị khen thưởng của khối",
                    "only an officer of the head unit submits the block's proposals");
        }
        if (!round.hasMinutes()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chưa có biên bản họp khối, chưa trình được / the block's minutes are not written yet");
        }
        return round.headUnit();
    }

    /** The head unit's officer accepts a submitted member's results. */
    @Transactional
    public void accept(long roundId, String unit, String actor) {
        YearEndRound round = checkable(roundId, unit, actor);
        store.checked(roundId, unit, ResultState.ACCEPTED, null, actor);
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.RESULTS_ACCEPTED, actor, unit, Map.of()));
    }

    /** The head unit's officer returns a submitted member's results, saying why (Vietnamese). */
    @Transactional
    public void returnResults(long roundId, String unit, String reason, String actor) {
        if (blank(reason)) {
            throw bad("Cần nêu lý do trả lại kết quả", "a reason is required to return the results");
        }
        if (reason.length() > MAX_REASON) {
            throw bad("Lý do dài quá " + MAX_REASON + " ký tự", "reason longer than " + MAX_REASON + " characters");
        }
        YearEndRound round = checkable(roundId, unit, actor);
        store.checked(roundId, unit, ResultState.RETURNED, reason.trim(), actor);
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.RESULTS_RETURNED, actor, unit,
                Map.of("reason", reason.trim())));
    }

    private YearEndRound checkable(long roundId, String unit, String actor) {
        Official who = official(actor);
        YearEndRound round = store.lock(roundId);
        if (!access.isOfficerOf(who, round.headUnit())) {
            throw BlockAccess.forbidden("Chỉ cán bộ thi đua của đơn vị trưởng khối kiểm tra kết quả của thành viên",
                    "only an officer of the head unit checks the members' results");
        }
        MemberResults current = store.member(roundId, unit).orElseThrow(() -> notMember(unit));
        if (current.state() != ResultState.SUBMITTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Kết quả của " + unit + " đang ở trạng thái \"" + current.state().label()
                    + "\", không kiểm tra được / results of " + unit + " are " + current.state() + ", not SUBMITTED");
        }
        return round;
    }

    private MemberResults editable(YearEndRound round, String unit, Official who) {
        if (!access.isOfficerOf(who, unit)) {
            throw BlockAccess.forbidden("Chỉ cán bộ thi đua của chính đơn vị " + unit + " được nhập kết quả của đơn vị mình",
                    "only an officer of unit " + unit + " enters its own results");
        }
        MemberResults current = store.member(round.id(), unit).orElseThrow(() -> notMember(unit));
        if (!YearEndRound.RESULTS.equals(round.state()) || !current.state().editable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Kết quả của " + unit + " đang ở trạng thái \"" + current.state().label()
                    + "\", không sửa được / results of " + unit + " cannot be changed now (" + current.state() + ")");
        }
        return current;
    }

    void requireReader(Official who, YearEndRound round) {
        if (!access.isOfficerOfAny(who, store.members(round.id())) && !access.isBoard(who) && !access.isAuditorOrAdmin(who)) {
            throw BlockAccess.forbidden("Chỉ thành viên khối, Ban Thi đua – Khen thưởng tỉnh và thanh tra được xem tổng kết năm của khối",
                    "only the block's members, the provincial board and auditors may read the block's year end");
        }
    }

    /** The official the process acts for (the engine's signed-in user, passed by the delegate or listener). */
    private Official official(String actor) {
        if (actor == null) {
            return officials.current();
        }
        return officials.find(actor).orElseThrow(() -> BlockAccess.forbidden("Không xác định được người thực hiện", "unknown actor " + actor));
    }

    static ResponseStatusException notOpen(String blockCode, int year) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Khối " + blockCode + " năm " + year + " chưa mở tổng kết năm"
                + " / no year end for block " + blockCode + " " + year);
    }

    private static ResponseStatusException notMember(String unit) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Đơn vị " + unit + " không phải thành viên của khối / " + unit + " is not a member");
    }

    static ResponseStatusException bad(String vi, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, vi + " / " + en);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
