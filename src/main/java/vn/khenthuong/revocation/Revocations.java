package vn.khenthuong.revocation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.award.Annulments;
import vn.khenthuong.award.AwardAuthorities;
import vn.khenthuong.award.AwardLine;
import vn.khenthuong.eligibility.DependentAwards;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.nomination.Nominations;

/**
 * An annulment case from its opening to the last instalment recovered. Each step checks who acts (the provincial board
 * opens, appraises, records the recovery; the chairman of the authority that decided the award decides) whatever door
 * it came through, and runs in one transaction with its audit row: a refusal writes nothing.
 */
@Service
public class Revocations {

    /** Status of a case (column {@code revocation_case.status}) with its Vietnamese label. */
    public enum Status {
        APPRAISAL("Đang thẩm định"), RETURNED("Trả lại để bổ sung chứng cứ"), DECISION("Chờ Chủ tịch quyết định"),
        RECOVERY("Đã hủy bỏ, đang thu hồi tiền thưởng"), CLOSED("Đã hủy bỏ, kết thúc"), REJECTED("Không hủy bỏ");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String REJECT = "reject";
    static final int MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

    public record Opened(long caseId, String code, String boardUnit, String decidingUnit, long amountToRecover) {
    }

    public record Evidence(long id, String title, String reference, String fileName, String sha256, String addedBy, Instant addedAt) {
    }

    public record Recovery(long id, long amount, LocalDate paidOn, String receiptReference, String recordedBy, Instant recordedAt) {
    }

    public record CaseView(long id, String code, long awardId, String nominationCode, String awardKindCode, String nomineeName, String unitCode,
                           String awardDecisionNumber, LocalDate awardDecisionDate, String groundCode, String groundLabel, String groundClause,
                           String groundDetail, Long findingId, String boardUnit, String decidingUnit, Status status, String statusLabel,
                           long amountToRecover, long amountRecovered, String startedBy, Instant startedAt, String appraisalOutcome,
                           String appraisalReason, String appraisedBy, String decisionNumber, LocalDate decisionDate, String decidedBy,
                           List<Evidence> evidence, List<Recovery> recoveries) {
    }

    public record FindingView(long id, long awardId, String groundCode, String content, String filedBy, Instant filedAt) {
    }

    public record ReviewFlag(long id, long awardId, String awardKindCode, int year, String nomineeName, long annulledAwardId, String caseCode,
                             String ruleName, Instant flaggedAt, String resolvedBy, String resolution) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Annulments annulments;
    private final AwardAuthorities authorities;
    private final RevocationGrounds grounds;
    private final DependentAwards dependents;
    private final Officials officials;
    private final ApplicationEventPublisher events;
    private final Nominations nominations;

    Revocations(NamedParameterJdbcTemplate jdbc, Annulments annulments, AwardAuthorities authorities, RevocationGrounds grounds,
                DependentAwards dependents, Officials officials, ApplicationEventPublisher events, Nominations nominations) {
        this.nominations = nominations;
        this.jdbc = jdbc;
        this.annulments = annulments;
        this.authorities = authorities;
        this.grounds = grounds;
        this.dependents = dependents;
        this.officials = officials;
        this.events = events;
    }

    // ---- the process's steps ------------------------------------------------------------------------------------------

    /** The start: the board opens a case on a registry line, with a ground of the rule table and its facts. */
    @Transactional
    public Opened open(long awardId, String groundCode, String groundDetail, Long findingId, String actorId) {
        Official actor = official(actorId);
        AwardLine line = annulments.line(awardId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có khen thưởng số " + awardId + " trong sổ / no such award"));
        String boardUnit = authorities.boardUnit(actor, line).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "Chỉ Ban Thi đua – Khen thưởng tỉnh mở hồ sơ hủy bỏ khen thưởng / only the provincial board opens an annulment"));
        RevocationGround ground = ground(groundCode);
        String detail = text(groundDetail, "groundDetail", "nội dung căn cứ (sự việc, kết luận)", 4000);
        if (line.annulled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khen thưởng đã bị hủy bỏ theo quyết định " + line.annulmentNumber()
                    + " / the award is already annulled");
        }
        if (findingId != null && jdbc.queryForObject("SELECT COUNT(*) FROM revocation_finding WHERE id = :id AND award_id = :award",
                new MapSqlParameterSource("id", findingId).addValue("award", awardId), Integer.class) == 0) {
            throw bad("Không có kiến nghị của thanh tra số " + findingId + " về khen thưởng này / no such finding on this award");
        }
        String decidingUnit = authorities.decidingUnit(line);
        long amount = ground.recoverMoney() && line.rewardAmount() != null ? line.rewardAmount() : 0;
        Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM revocation_case WHERE award_id = :award",
                new MapSqlParameterSource("award", awardId), Integer.class);
        String code = "HB-" + awardId + "-" + (earlier == null ? 1 : earlier + 1);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update("INSERT INTO revocation_case (code, award_id, open_award_id, finding_id, ground_code, ground_detail, board_unit, deciding_unit, "
                            + "status, amount_to_recover, started_by, started_at) VALUES (:code, :award, :award, :finding, :ground, :detail, :board, "
                            + ":deciding, 'APPRAISAL', :amount, :by, :now)",
                    new MapSqlParameterSource("code", code).addValue("award", awardId).addValue("finding", findingId, java.sql.Types.BIGINT)
                            .addValue("ground", ground.code()).addValue("detail", detail).addValue("board", boardUnit).addValue("deciding", decidingUnit)
                            .addValue("amount", amount).addValue("by", actorId).addValue("now", now()), key, new String[] {"id"});
        } catch (DuplicateKeyException open) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khen thưởng này đang có hồ sơ hủy bỏ chưa kết thúc / an annulment case is already open on this award");
        }
        long id = key.getKeyAs(Number.class).longValue();
        publish(code, line, RevocationAction.CASE_OPENED, actorId, "groundCode", ground.code(), "clause", ground.clause(), "groundDetail", detail,
                "findingId", findingId, "boardUnit", boardUnit, "decidingUnit", decidingUnit, "amountToRecover", amount,
                "awardDecisionNumber", line.decisionNumber());
        return new Opened(id, code, boardUnit, decidingUnit, amount);
    }

    /** The board's appraisal: approve (evidence required), return for more evidence, or reject; a reason unless approving. */
    @Transactional
    public String appraise(long caseId, String outcome, String reason, String actorId) {
        Row c = locked(caseId);
        board(c, actorId);
        expect(c, Status.APPRAISAL);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        Status next;
        if (APPROVE.equals(outcome)) {
            if (evidence(caseId).isEmpty()) {
                throw bad("Cần ít nhất một tài liệu chứng minh trước khi trình Chủ tịch / at least one evidence document is required");
            }
            next = Status.DECISION;
        } else if (RETURN.equals(outcome) || REJECT.equals(outcome)) {
            if (why == null) {
                throw bad("Cần nêu lý do khi trả lại hoặc không đề nghị hủy bỏ / a reason is required to return or reject");
            }
            next = RETURN.equals(outcome) ? Status.RETURNED : Status.REJECTED;
        } else {
            throw bad("Kết quả thẩm định phải là approve, return hoặc reject / outcome must be approve, return or reject");
        }
        if (why != null && why.length() > 2000) {
            throw bad("Lý do tối đa 2000 ký tự / reason ≤ 2000 characters");
        }
        jdbc.update("UPDATE revocation_case SET status = :status, appraisal_outcome = :outcome, appraisal_reason = :reason, appraised_by = :by, "
                        + "appraised_at = :now" + (next == Status.REJECTED ? ", open_award_id = NULL, closed_at = :now" : "") + " WHERE id = :id",
                new MapSqlParameterSource("id", caseId).addValue("status", next.name()).addValue("outcome", outcome).addValue("reason", why)
                        .addValue("by", actorId).addValue("now", now()));
        publish(c.code(), line(c), RevocationAction.APPRAISED, actorId, "outcome", outcome, "reason", why, "status", next.name());
        return outcome;
    }

    /** The board has added what the appraisal asked for: back to the appraisal. */
    @Transactional
    public void supplemented(long caseId, String actorId) {
        Row c = locked(caseId);
        board(c, actorId);
        expect(c, Status.RETURNED);
        jdbc.update("UPDATE revocation_case SET status = 'APPRAISAL' WHERE id = :id", new MapSqlParameterSource("id", caseId));
        publish(c.code(), line(c), RevocationAction.SUPPLEMENTED, actorId, "evidenceCount", evidence(caseId).size());
    }

    /**
     * The chairman of the authority that decided the award annuls it: the registry line keeps the award and carries the
     * annulling decision; awards built on it are flagged for the board's review. Returns whether money is to be recovered.
     */
    @Transactional
    public boolean decide(long caseId, String decisionNumber, String decisionDate, String actorId) {
        Row c = locked(caseId);
        Official actor = official(actorId);
        if (!authorities.isChairmanOf(actor, c.decidingUnit())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch cấp đã quyết định khen thưởng quyết định hủy bỏ"
                    + " / only the chairman of the authority that decided the award annuls it");
        }
        expect(c, Status.DECISION);
        String number = text(decisionNumber, "decisionNumber", "số quyết định hủy bỏ", 60);
        LocalDate date = date(decisionDate, "decisionDate");
        if (date.isAfter(LocalDate.now())) {
            throw bad("Ngày quyết định hủy bỏ không thể ở tương lai / the decision date cannot be in the future");
        }
        AwardLine line = annulments.annul(c.awardId(), number, date, actorId, c.code(), c.groundCode());
        if (line.nominationCode() != null) { // a line imported from the paper registry has no nomination
            nominations.annulAward(line.nominationCode(), number, date, c.code(), actorId);
        }
        Status next = c.amountToRecover() > 0 ? Status.RECOVERY : Status.CLOSED;
        jdbc.update("UPDATE revocation_case SET status = :status, decision_number = :number, decision_date = :date, decided_by = :by"
                        + (next == Status.CLOSED ? ", open_award_id = NULL, closed_at = :now" : "") + " WHERE id = :id",
                new MapSqlParameterSource("id", caseId).addValue("status", next.name()).addValue("number", number).addValue("date", date)
                        .addValue("by", actorId).addValue("now", now()));
        publish(c.code(), line, RevocationAction.ANNULLED, actorId, "decisionNumber", number, "decisionDate", date, "decidingUnit", c.decidingUnit(),
                "amountToRecover", c.amountToRecover());
        for (DependentAwards.Dependent d : dependents.builtOn(c.awardId())) {
            MapSqlParameterSource flag = new MapSqlParameterSource("award", d.awardId()).addValue("annulled", c.awardId()).addValue("case", caseId)
                    .addValue("rule", d.ruleName()).addValue("now", now());
            boolean known = jdbc.queryForObject("SELECT COUNT(*) FROM award_review_flag WHERE award_id = :award AND annulled_award_id = :annulled",
                    flag, Integer.class) > 0;
            int added = known ? 0 : jdbc.update("INSERT INTO award_review_flag (award_id, annulled_award_id, case_id, rule_name, flagged_at) "
                    + "VALUES (:award, :annulled, :case, :rule, :now)", flag);
            if (added > 0) {
                AwardLine flagged = annulments.line(d.awardId()).orElseThrow();
                publish(c.code(), flagged, RevocationAction.DEPENDENT_FLAGGED, "system", "annulledAwardId", c.awardId(), "flaggedAwardId", d.awardId(),
                        "awardKindCode", d.awardKindCode(), "year", d.year(), "rule", d.ruleName(), "legalBasis", d.legalBasis());
            }
        }
        return next == Status.RECOVERY;
    }

    /** The recovery is closed when the instalments cover the amount. */
    @Transactional
    public void completeRecovery(long caseId, String actorId) {
        Row c = locked(caseId);
        board(c, actorId);
        expect(c, Status.RECOVERY);
        long recovered = recovered(caseId);
        if (recovered < c.amountToRecover()) {
            throw bad("Mới thu hồi " + recovered + " đ trên " + c.amountToRecover() + " đ; ghi nhận đủ các lần nộp trước khi kết thúc"
                    + " / only " + recovered + " of " + c.amountToRecover() + " recovered");
        }
        jdbc.update("UPDATE revocation_case SET status = 'CLOSED', open_award_id = NULL, closed_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", caseId).addValue("now", now()));
        publish(c.code(), line(c), RevocationAction.RECOVERY_COMPLETED, actorId, "amountRecovered", recovered);
    }

    // ---- the API's doors ----------------------------------------------------------------------------------------------

    /** Evidence while the case is before the chairman's decision: the board of the case only. */
    @Transactional
    public Evidence addEvidence(String code, String title, String reference, String fileName, byte[] content, Official actor) {
        Row c = locked(byCode(code, actor).id());
        board(c, actor.userId());
        if (c.status() != Status.APPRAISAL && c.status() != Status.RETURNED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chỉ thêm tài liệu khi hồ sơ đang thẩm định / evidence only before the decision");
        }
        String t = text(title, "title", "tên tài liệu", 300);
        String ref = text(reference, "reference", "số, ký hiệu, ngày của văn bản", 300);
        String name = text(fileName, "file", "tệp tài liệu", 255);
        if (content == null || content.length == 0) {
            throw bad("Tệp tài liệu rỗng / the file is empty");
        }
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw bad("Tệp quá 20 MB / the file exceeds 20 MB");
        }
        String sha256 = sha256(content);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant at = Instant.now();
        jdbc.update("INSERT INTO revocation_evidence (case_id, title, reference, file_name, content, sha256, added_by, added_at) "
                        + "VALUES (:case, :title, :ref, :name, :content, :sha, :by, :at)",
                new MapSqlParameterSource("case", c.id()).addValue("title", t).addValue("ref", ref).addValue("name", name).addValue("content", content)
                        .addValue("sha", sha256).addValue("by", actor.userId()).addValue("at", at.atOffset(ZoneOffset.UTC)), key, new String[] {"id"});
        long id = key.getKeyAs(Number.class).longValue();
        publish(c.code(), line(c), RevocationAction.EVIDENCE_ADDED, actor.userId(), "evidenceId", id, "title", t, "reference", ref, "fileName", name,
                "sha256", sha256, "sizeBytes", content.length);
        return new Evidence(id, t, ref, name, sha256, actor.userId(), at);
    }

    /** One instalment: amount (đồng), date paid, receipt reference; never more than what remains. */
    @Transactional
    public Recovery recordRecovery(String code, Long amount, String paidOn, String receiptReference, Official actor) {
        Row c = locked(byCode(code, actor).id());
        board(c, actor.userId());
        if (c.status() != Status.RECOVERY) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ không ở bước thu hồi tiền thưởng / the case is not recovering money");
        }
        if (amount == null || amount <= 0) {
            throw bad("Số tiền thu hồi phải là số nguyên dương (đồng) / amount must be a positive number of đồng");
        }
        long remaining = c.amountToRecover() - recovered(c.id());
        if (amount > remaining) {
            throw bad("Số tiền vượt số còn phải thu hồi (" + remaining + " đ) / amount exceeds the " + remaining + " still to recover");
        }
        LocalDate paid = date(paidOn, "paidOn");
        if (paid.isAfter(LocalDate.now()) || paid.isBefore(c.decisionDate())) {
            throw bad("Ngày nộp phải từ ngày quyết định hủy bỏ (" + c.decisionDate() + ") đến hôm nay / paidOn must lie between the decision and today");
        }
        String receipt = text(receiptReference, "receiptReference", "số biên lai, chứng từ nộp tiền", 100);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant at = Instant.now();
        try {
            jdbc.update("INSERT INTO revocation_recovery (case_id, amount, paid_on, receipt_reference, recorded_by, recorded_at) "
                            + "VALUES (:case, :amount, :paid, :receipt, :by, :at)",
                    new MapSqlParameterSource("case", c.id()).addValue("amount", amount).addValue("paid", paid).addValue("receipt", receipt)
                            .addValue("by", actor.userId()).addValue("at", at.atOffset(ZoneOffset.UTC)), key, new String[] {"id"});
        } catch (DuplicateKeyException twice) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chứng từ " + receipt + " đã được ghi nhận / receipt already recorded");
        }
        long id = key.getKeyAs(Number.class).longValue();
        publish(c.code(), line(c), RevocationAction.RECOVERY_RECORDED, actor.userId(), "recoveryId", id, "amount", amount, "paidOn", paid,
                "receiptReference", receipt, "remaining", remaining - amount);
        return new Recovery(id, amount, paid, receipt, actor.userId(), at);
    }

    /** An auditor's finding: the only thing an auditor writes here, and nothing on the award itself. */
    @Transactional
    public FindingView fileFinding(long awardId, String groundCode, String content, Official actor) {
        if (!actor.hasRole(Roles.AUDITOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ thanh tra, kiểm tra ghi nhận kiến nghị / only auditors file findings");
        }
        AwardLine line = annulments.line(awardId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có khen thưởng số " + awardId + " trong sổ / no such award"));
        RevocationGround ground = ground(groundCode);
        String text = text(content, "content", "nội dung kiến nghị", 4000);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant at = Instant.now();
        jdbc.update("INSERT INTO revocation_finding (award_id, ground_code, content, filed_by, filed_at) VALUES (:award, :ground, :content, :by, :at)",
                new MapSqlParameterSource("award", awardId).addValue("ground", ground.code()).addValue("content", text).addValue("by", actor.userId())
                        .addValue("at", at.atOffset(ZoneOffset.UTC)), key, new String[] {"id"});
        long id = key.getKeyAs(Number.class).longValue();
        publish(null, line, RevocationAction.FINDING_FILED, actor.userId(), "findingId", id, "groundCode", ground.code(), "content", text);
        return new FindingView(id, awardId, ground.code(), text, actor.userId(), at);
    }

    @Transactional
    public ReviewFlag resolveFlag(long flagId, String resolution, Official actor) {
        ReviewFlag flag = flags().stream().filter(f -> f.id() == flagId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có mục rà soát số " + flagId + " / no such review flag"));
        AwardLine line = annulments.line(flag.awardId()).orElseThrow();
        if (authorities.boardUnit(actor, line).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng tỉnh rà soát / only the provincial board reviews");
        }
        String text = text(resolution, "resolution", "kết quả rà soát", 2000);
        int updated = jdbc.update("UPDATE award_review_flag SET resolved_by = :by, resolved_at = :now, resolution = :text WHERE id = :id AND resolved_at IS NULL",
                new MapSqlParameterSource("id", flagId).addValue("by", actor.userId()).addValue("now", now()).addValue("text", text));
        if (updated == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Mục này đã được rà soát / already reviewed");
        }
        publish(flag.caseCode(), line, RevocationAction.FLAG_RESOLVED, actor.userId(), "flagId", flagId, "resolution", text);
        return flags().stream().filter(f -> f.id() == flagId).findFirst().orElseThrow();
    }

    // ---- reading --------------------------------------------------------------------------------------------------------

    /** Who may read cases: the provincial board, chairmen (their units' cases), auditors and administrators. */
    public boolean mayRead(Official official) {
        return official.hasRole(Roles.APPRAISER) || official.hasRole(Roles.CHAIRMAN) || official.hasRole(Roles.AUDITOR)
                || official.hasRole(Roles.ADMIN);
    }

    /** Not read-only: the ground's words come from the decision table, whose evaluation the engine writes to its history. */
    @Transactional
    public List<CaseView> cases(Official reader) {
        return jdbc.query(CASE + " ORDER BY c.id DESC", new MapSqlParameterSource(), Revocations::row).stream()
                .filter(c -> visible(c, reader)).map(this::view).toList();
    }

    /** Not read-only: the ground's words come from the decision table, whose evaluation the engine writes to its history. */
    @Transactional
    public CaseView view(String code, Official reader) {
        return view(byCode(code, reader));
    }

    /** Not read-only: the ground's words come from the decision table, whose evaluation the engine writes to its history. */
    @Transactional
    public Optional<CaseView> ofProcess(long caseId) {
        return jdbc.query(CASE + " WHERE c.id = :id", new MapSqlParameterSource("id", caseId), Revocations::row).stream().findFirst().map(this::view);
    }

    @Transactional(readOnly = true)
    public byte[] evidenceContent(String code, long evidenceId, Official reader) {
        Row c = byCode(code, reader);
        return jdbc.query("SELECT content FROM revocation_evidence WHERE id = :id AND case_id = :case",
                        new MapSqlParameterSource("id", evidenceId).addValue("case", c.id()), (rs, i) -> rs.getBytes(1)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tài liệu / no such document"));
    }

    @Transactional(readOnly = true)
    public List<FindingView> findings() {
        return jdbc.query("SELECT id, award_id, ground_code, content, filed_by, filed_at FROM revocation_finding ORDER BY id DESC",
                (rs, i) -> new FindingView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /** Awards flagged for review because one they stood on was annulled, unresolved first. */
    @Transactional(readOnly = true)
    public List<ReviewFlag> flags() {
        return jdbc.query("SELECT f.id, f.award_id, a.award_kind_code, a.year, a.nominee_name, f.annulled_award_id, c.code, f.rule_name, f.flagged_at, "
                        + "f.resolved_by, f.resolution FROM award_review_flag f JOIN award a ON a.id = f.award_id JOIN revocation_case c ON c.id = f.case_id "
                        + "ORDER BY CASE WHEN f.resolved_at IS NULL THEN 0 ELSE 1 END, f.id DESC",
                (rs, i) -> new ReviewFlag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), rs.getString(11)));
    }

    public List<RevocationGround> grounds() {
        return grounds.all();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private record Row(long id, String code, long awardId, Long findingId, String groundCode, String groundDetail, String boardUnit,
                       String decidingUnit, Status status, long amountToRecover, String startedBy, Instant startedAt, String appraisalOutcome,
                       String appraisalReason, String appraisedBy, String decisionNumber, LocalDate decisionDate, String decidedBy) {
    }

    private static final String CASE = "SELECT c.id, c.code, c.award_id, c.finding_id, c.ground_code, c.ground_detail, c.board_unit, c.deciding_unit, "
            + "c.status, c.amount_to_recover, c.started_by, c.started_at, c.appraisal_outcome, c.appraisal_reason, c.appraised_by, c.decision_number, "
            + "c.decision_date, c.decided_by FROM revocation_case c";

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long finding = rs.getLong(4);
        Long findingId = rs.wasNull() ? null : finding;
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), findingId, rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Status.valueOf(rs.getString(9)), rs.getLong(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant(), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getObject(17, LocalDate.class), rs.getString(18));
    }

    private CaseView view(Row c) {
        AwardLine line = line(c);
        Optional<RevocationGround> ground = grounds.find(c.groundCode());
        List<Recovery> recoveries = jdbc.query("SELECT id, amount, paid_on, receipt_reference, recorded_by, recorded_at FROM revocation_recovery "
                        + "WHERE case_id = :case ORDER BY paid_on, id", new MapSqlParameterSource("case", c.id()),
                (rs, i) -> new Recovery(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()));
        return new CaseView(c.id(), c.code(), c.awardId(), line.nominationCode(), line.awardKindCode(), line.nomineeName(), line.unitCode(),
                line.decisionNumber(), line.decisionDate(), c.groundCode(), ground.map(RevocationGround::label).orElse(c.groundCode()),
                ground.map(RevocationGround::clause).orElse(null), c.groundDetail(), c.findingId(), c.boardUnit(), c.decidingUnit(), c.status(),
                c.status().label(), c.amountToRecover(), recoveries.stream().mapToLong(Recovery::amount).sum(), c.startedBy(), c.startedAt(),
                c.appraisalOutcome(), c.appraisalReason(), c.appraisedBy(), c.decisionNumber(), c.decisionDate(), c.decidedBy(), evidence(c.id()),
                recoveries);
    }

    private boolean visible(Row c, Official reader) {
        return reader.hasRole(Roles.AUDITOR) || reader.hasRole(Roles.ADMIN) || reader.unitsAs(Roles.APPRAISER).contains(c.boardUnit())
                || reader.unitsAs(Roles.CHAIRMAN).contains(c.decidingUnit());
    }

    /** A case the reader may see; any other is "not found", as for dossiers. */
    private Row byCode(String code, Official reader) {
        return jdbc.query(CASE + " WHERE c.code = :code", new MapSqlParameterSource("code", code == null ? "" : code.trim()), Revocations::row)
                .stream().filter(c -> visible(c, reader)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ hủy bỏ " + code + " / no such case"));
    }

    private Row locked(long caseId) {
        jdbc.query("SELECT id FROM revocation_case WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", caseId), (rs, i) -> rs.getLong(1));
        return jdbc.query(CASE + " WHERE c.id = :id", new MapSqlParameterSource("id", caseId), Revocations::row).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ hủy bỏ số " + caseId + " / no such case"));
    }

    private List<Evidence> evidence(long caseId) {
        return jdbc.query("SELECT id, title, reference, file_name, sha256, added_by, added_at FROM revocation_evidence WHERE case_id = :case ORDER BY id",
                new MapSqlParameterSource("case", caseId), (rs, i) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
    }

    private long recovered(long caseId) {
        Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM revocation_recovery WHERE case_id = :case",
                new MapSqlParameterSource("case", caseId), Long.class);
        return sum == null ? 0 : sum;
    }

    private AwardLine line(Row c) {
        return annulments.line(c.awardId()).orElseThrow();
    }

    private void board(Row c, String actorId) {
        if (!official(actorId).unitsAs(Roles.APPRAISER).contains(c.boardUnit())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng tỉnh của hồ sơ thực hiện bước này"
                    + " / only the case's provincial board acts here");
        }
    }

    private static void expect(Row c, Status status) {
        if (c.status() != status) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ " + c.code() + " đang ở trạng thái \"" + c.status().label()
                    + "\" / the case is " + c.status());
        }
    }

    private Official official(String userId) {
        return officials.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "Không xác định được người thực hiện / unknown actor"));
    }

    private RevocationGround ground(String code) {
        return grounds.find(code == null ? "" : code.trim()).orElseThrow(() -> bad("Căn cứ hủy bỏ '" + code + "' không có trong bảng revocationGround ("
                + String.join(", ", grounds.all().stream().map(RevocationGround::code).toList()) + ") / unknown ground"));
    }

    private void publish(String caseCode, AwardLine line, RevocationAction action, String actor, Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("awardId", line.id());
        details.put("awardKindCode", line.awardKindCode());
        details.put("nomineeName", line.nomineeName());
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put((String) pairs[i], pairs[i + 1]);
            }
        }
        events.publishEvent(new RevocationRecorded(caseCode, line.id(), line.nominationCode(), action, actor, details));
    }

    private static String text(String value, String name, String vi, int max) {
        if (value == null || value.isBlank()) {
            throw bad("Thiếu " + vi + " / " + name + " is required");
        }
        String t = value.trim();
        if (t.length() > max) {
            throw bad("Quá dài: " + vi + " tối đa " + max + " ký tự / " + name + " exceeds " + max + " characters");
        }
        return t;
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw bad("Thiếu ngày (yyyy-MM-dd) / " + name + " is required");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad("Ngày không hợp lệ (định dạng yyyy-MM-dd): " + value + " / " + name + " must be a date yyyy-MM-dd");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static ResponseStatusException bad(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
