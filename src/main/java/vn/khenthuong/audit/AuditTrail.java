package vn.khenthuong.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.nomination.Labels;
import vn.khenthuong.award.Awards;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.nomination.NominationDirectory;

/**
 * Builds a nomination's trail: the engine's history (steps, candidates, claims, completions, administrative
 * acts) merged by time with our audit chain (filing, documents, outcomes, ballots, tally, award), plus the
 * facts of our tables. Where one command wrote several events in the same millisecond, they are shown in the
 * order that command produced them: operation, our records, leaving a step, entering the next.
 */
@Service
class AuditTrail {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> OPERATIONS = Map.ofEntries(Map.entry("Claim", "Nhận xử lý"), Map.entry("Complete", "Hoàn thành"),
            Map.entry("Assign", "Giao việc"), Map.entry("Delegate", "Uỷ quyền xử lý"), Map.entry("Resolve", "Trả lại người uỷ quyền"),
            Map.entry("SetOwner", "Đổi người sở hữu"), Map.entry("AddUserLink", "Thêm người được xử lý"),
            Map.entry("DeleteUserLink", "Bỏ người được xử lý"), Map.entry("AddGroupLink", "Thêm nhóm được xử lý"),
            Map.entry("DeleteGroupLink", "Bỏ nhóm được xử lý"), Map.entry("SetVariable", "Đặt biến quy trình"),
            Map.entry("SetVariables", "Đặt biến quy trình"), Map.entry("ModifyVariable", "Sửa biến quy trình"),
            Map.entry("RemoveVariable", "Xoá biến quy trình"), Map.entry("Delete", "Xoá (huỷ) quy trình"),
            Map.entry("DeleteHistory", "Xoá lịch sử"), Map.entry("ModifyProcessInstance", "Can thiệp luồng (chuyển bước)"),
            Map.entry("Migrate", "Chuyển phiên bản quy trình"), Map.entry("Suspend", "Tạm dừng"), Map.entry("Activate", "Tiếp tục"),
            Map.entry("SetJobRetries", "Chạy lại tác vụ lỗi"), Map.entry("Update", "Cập nhật"));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final NominationDirectory nominations;
    private final Ballots ballots;
    private final Awards awards;
    private final ProcessHistory history;
    private final Catalog catalog;
    private final Officials officials;

    AuditTrail(JdbcTemplate jdbc, AuditLog audit, ProcessHistory history, Catalog catalog, Officials officials, NominationDirectory nominations,
               Ballots ballots, Awards awards) {
        this.nominations = nominations;
        this.ballots = ballots;
        this.awards = awards;
        this.jdbc = jdbc;
        this.audit = audit;
        this.history = history;
        this.catalog = catalog;
        this.officials = officials;
    }

    @Transactional(readOnly = true)
    Trail ofAward(long awardId) {
        return of(awards.byId(awardId).orElseThrow(() -> new AuditNotFoundException("award " + awardId)).nominationCode());
    }

    @Transactional(readOnly = true)
    Trail of(String code) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM nomination_summary WHERE code = ?", code);
        if (rows.isEmpty()) {
            throw new AuditNotFoundException(code);
        }
        Map<String, Object> n = rows.get(0);
        long nominationId = ((Number) n.get("id")).longValue();
        String kindCode = (String) n.get("award_kind_code");
        AwardKind kind = catalog.awardKind(kindCode).orElse(null);
        boolean secret = kind != null && kind.secretBallot();

        List<HistoryFact> facts = history.facts(code, secret ? Set.of("vote") : Set.of());
        Map<String, String> stepNames = new HashMap<>();
        // The names people read, from the one step table; the diagram's name for steps it does not list (gateways, service tasks).
        facts.stream().filter(f -> f.activityId() != null && f.activityName() != null)
                .forEach(f -> stepNames.putIfAbsent(f.activityId(), Labels.step(f.activityId()).map(Labels.Step::name).orElse(f.activityName())));
        Names names = new Names();

        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            ranked.add(new Ranked(fromEngine(facts.get(i), stepNames, names), rank(facts.get(i).kind()), i));
        }
        for (AuditEvent e : audit.events(code)) {
            ranked.add(new Ranked(fromAudit(e, stepNames, names), 2, e.seq()));
        }
        List<Trail.Entry> entries = ranked.stream()
                .sorted(Comparator.comparing((Ranked r) -> r.entry().at(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(Ranked::rank).thenComparingLong(Ranked::order))
                .map(Ranked::entry).toList();

        Trail.Award award = awards.ofNomination(code).map(a -> new Trail.Award(a.awardId(), a.decisionNumber(), a.decisionDate(), a.signer(),
                names.of(a.signer()), a.recordedAt())).orElse(null);
        String unitCode = (String) n.get("unit_code");
        String movementCode = (String) n.get("movement_code");
        String status = (String) n.get("status");
        Trail.Summary summary = new Trail.Summary(code, (String) n.get("nominee_name"), (String) n.get("nominee_id_number"),
                (String) n.get("nominee_kind"), unitCode, unitName(unitCode), kindCode, kind == null ? kindCode : kind.name(),
                movementCode, movementCode == null ? null : catalog.movement(movementCode).map(m -> m.name()).orElse(movementCode),
                ((Number) n.get("year")).intValue(), status, Labels.status(status), (String) n.get("closing_reason"),
                (String) n.get("created_by"), names.of((String) n.get("created_by")), instant(n.get("created_at")), award);
        String head = audit.chainHead(code);
        return new Trail(summary, entries, returns(nominationId, stepNames, names), tallies(code, secret, names), documents(nominationId, names), secret, head);
    }

    private record Ranked(Trail.Entry entry, int rank, long order) {
    }

    private static int rank(HistoryFact.Kind kind) {
        return switch (kind) {
            case PROCESS_STARTED -> 0;
            case TASK_OPERATION, ADMIN_OPERATION -> 1;
            case TASK_LEFT, STEP_PASSED -> 3;
            case TASK_ENTERED -> 4;
            case CANDIDATE -> 5;
            case PROCESS_ENDED -> 6;
        };
    }

    private Trail.Entry fromEngine(HistoryFact f, Map<String, String> stepNames, Names names) {
        // A process start names the process, not a step.
        String name = f.kind() == HistoryFact.Kind.PROCESS_STARTED || f.activityId() == null ? f.activityName()
                : stepNames.getOrDefault(f.activityId(), f.activityName());
        String step = quote(name, f.activityId());
        // A candidate group reads as the unit's role ("Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp"), a person by name and title.
        String actorName = f.kind() == HistoryFact.Kind.CANDIDATE && "group".equals(f.operation()) ? groupName(f.actor()) : names.of(f.actor());
        return switch (f.kind()) {
            case PROCESS_STARTED -> entry(f, name, "Bắt đầu quy trình", "Bắt đầu quy trình " + quote(f.activityName(), "nomination")
                    + " (phiên bản " + f.values().get("processDefinitionVersion") + ")", actorName);
            case PROCESS_ENDED -> entry(f, name, "Kết thúc quy trình", f.values().containsKey("deleteReason")
                    ? "Quy trình bị huỷ/xoá: " + f.values().get("deleteReason") + " (" + f.values().get("state") + ")"
                    : "Quy trình kết thúc: " + quote(name, f.activityId()), actorName);
            case TASK_ENTERED -> entry(f, name, "Đến bước", "Đến bước " + step + (f.actor() == null ? "" : ", giao cho " + actorName), actorName);
            case TASK_LEFT -> entry(f, name, "Rời bước", f.values().containsKey("canceled") ? "Bước " + step + " bị huỷ (không còn cần xử lý)"
                    : "Rời bước " + step, actorName);
            case STEP_PASSED -> entry(f, name, "Bước tự động", (f.values().containsKey("canceled") ? "Bị huỷ: " : "Đã qua: ") + step, null);
            case CANDIDATE -> entry(f, name, "Được giao xử lý", "Người được xử lý bước " + step + ": "
                    + ("group".equals(f.operation()) ? "nhóm " + groupName(f.actor()) : actorName), actorName);
            case TASK_OPERATION -> entry(f, name, OPERATIONS.getOrDefault(f.operation(), f.operation()),
                    OPERATIONS.getOrDefault(f.operation(), f.operation()) + " bước " + step + values(f.values(), names), actorName);
            case ADMIN_OPERATION -> entry(f, name, "Thao tác quản trị", "Thao tác quản trị: " + OPERATIONS.getOrDefault(f.operation(), f.operation())
                    + (f.activityId() == null ? "" : " (bước " + step + ")") + values(f.values(), names), actorName);
        };
    }

    private static Trail.Entry entry(HistoryFact f, String stepName, String label, String detail, String actorName) {
        return new Trail.Entry(f.at(), f.kind().name(), label, f.activityId(), stepName, f.actor(), actorName, detail, f.values(),
                "camunda", null);
    }

    /** Variables in words: "Kết quả xử lý: Đồng ý; Người xử lý: Lò Văn Thắng (…)"; an empty one as "(để trống)". */
    private static String values(Map<String, String> values, Names names) {
        if (values.isEmpty()) {
            return "";
        }
        return ": " + values.entrySet().stream().map(e -> Labels.name(e.getKey()) + ": " + value(e.getKey(), e.getValue(), names))
                .collect(Collectors.joining("; "));
    }

    private static String value(String variable, String value, Names names) {
        if (PEOPLE.contains(variable) && value != null && !value.isBlank()) {
            return names.of(value);
        }
        return Labels.value(variable, value);
    }

    /** Variables and fields whose value is a login. */
    private static final Set<String> PEOPLE = Set.of("assignee", "owner", "candidateUser", "createdBy", "signer");

    private Trail.Entry fromAudit(AuditEvent e, Map<String, String> stepNames, Names names) {
        Map<String, Object> d = e.details();
        String step = (String) d.get("step");
        String stepName = step == null ? null : stepNames.getOrDefault(step, step);
        String detail = switch (e.type()) {
            case NOMINATION_FILED -> "Lập hồ sơ đề nghị " + awardKindName((String) d.get("awardKindCode")) + " cho " + d.get("nomineeName")
                    + " (" + unitName((String) d.get("unitCode")) + ", năm " + d.get("year") + ")";
            case DOCUMENT_UPLOADED, DOCUMENT_REPLACED, DOCUMENT_DOWNLOADED -> e.type().labelVi() + ": " + Labels.documentKind((String) d.get("kind"))
                    + " — " + d.get("fileName")
                    + ", phiên bản " + d.get("version") + ", " + d.get("sizeBytes") + " byte, SHA-256 " + d.get("sha256");
            case DOSSIER_CHANGED -> Labels.name((String) d.get("field")) + ": «" + fieldValue(d.get("field"), d.get("oldValue"), names) + "» → «"
                    + fieldValue(d.get("field"), d.get("newValue"), names) + "»" + (d.get("reason") == null ? "" : " — " + d.get("reason"));
            case STEP_OUTCOME -> quote(stepName, step) + ": " + Labels.outcome(step, (String) d.get("outcome"))
                    + (d.get("comment") == null ? "" : "; ý kiến: " + d.get("comment"))
                    + (d.get("deadline") == null ? "" : "; hạn bổ sung: " + LocalDate.parse((String) d.get("deadline")).format(DATE_VI));
            case BALLOT_CAST -> "WRITTEN".equals(d.get("mode"))
                    ? "Phiếu của " + names.of((String) d.get("member")) + " (Hội đồng " + unitName((String) d.get("councilUnit")) + ", lần " + d.get("round")
                            + "): phiếu bằng văn bản số " + d.get("paperReference") + ", do thư ký " + names.of(e.actor()) + " ghi"
                    : names.of(e.actor()) + " đã biểu quyết (Hội đồng " + unitName((String) d.get("councilUnit")) + ", lần " + d.get("round") + ")";
            case COUNCIL_MEMBER_ABSENT -> "Thư ký " + names.of(e.actor()) + " ghi " + names.of((String) d.get("member")) + " vắng mặt (Hội đồng "
                    + unitName((String) d.get("councilUnit")) + ", lần " + d.get("round") + "; văn bản số " + d.get("absenceReference") + ")";
            case COUNCIL_MEMBER_PRESENT -> "ownBallot".equals(d.get("by"))
                    ? names.of((String) d.get("member")) + " có mặt và tự biểu quyết: huỷ ghi vắng mặt (lần " + d.get("round") + ")"
                    : "Thư ký " + names.of(e.actor()) + " huỷ ghi vắng mặt của " + names.of((String) d.get("member")) + " (lần " + d.get("round") + ")";
            case COUNCIL_TALLY -> "Kiểm phiếu lần " + d.get("round") + " — Hội đồng " + unitName((String) d.get("councilUnit")) + ": " + d.get("yesCount") + "/"
                    + d.get("memberCount") + " đồng ý, " + d.get("noCount") + " không đồng ý, " + d.get("abstainCount") + " không biểu quyết ("
                    + d.get("participants") + " thành viên tham gia" + (Boolean.FALSE.equals(d.get("quorumMet")) ? ", không đủ số lượng tối thiểu" : "")
                    + "); yêu cầu "
                    + (Boolean.TRUE.equals(d.get("strictlyMore")) ? "trên " : "từ ") + percent(d.get("requiredShare")) + " tổng số thành viên; "
                    + (Boolean.TRUE.equals(d.get("passed")) ? "ĐẠT" : "KHÔNG ĐẠT");
            case AWARD_RECORDED -> "Ghi sổ khen thưởng: Quyết định số " + d.get("decisionNumber") + " ngày "
                    + LocalDate.parse((String) d.get("decisionDate")).format(DATE_VI) + ", người ký " + names.of((String) d.get("signer"));
            case AWARD_DECISION_SIGNED -> names.of(e.actor()) + " ký Quyết định số " + d.get("decisionNumber") + " ngày "
                    + LocalDate.parse((String) d.get("decisionDate")).format(DATE_VI) + " cho " + d.get("awardees") + " hồ sơ, tổng tiền thưởng "
                    + d.get("totalAmount") + " đồng";
            case PRINT_TEMPLATE_CHANGED -> names.of(e.actor()) + (Boolean.TRUE.equals(d.get("reset")) ? " trả mẫu in " : " sửa mẫu in ") + d.get("template");
            case PROCESS_MIGRATED -> "Chuyển hồ sơ sang phiên bản " + d.get("processDefinitionVersion") + " của quy trình (" + d.get("processDefinitionId") + ")";
            case PROCESS_MIGRATION_RUN -> names.of(e.actor()) + ("BATCH".equals(d.get("mode")) ? " giao cho lô chạy nền " + d.get("batchId") + " việc chuyển " : " chuyển ")
                    + d.get("movedCount") + " hồ sơ của quy trình " + d.get("processKey") + " từ phiên bản " + d.get("sourceVersion") + " sang phiên bản "
                    + d.get("targetVersion") + (Integer.valueOf(0).equals(d.get("refusedCount")) ? "" : "; " + d.get("refusedCount") + " hồ sơ không chuyển được");
            case DISCLOSURE_COMMENT_FILED -> "Ý kiến số " + d.get("commentId") + " của " + names.of(e.actor()) + ": " + d.get("content");
            case DISCLOSURE_COMMENT_ANSWERED -> "Trả lời ý kiến số " + d.get("commentId") + ": " + d.get("answer");
            case DELETION_ATTEMPTED -> names.of(e.actor()) + " yêu cầu xoá phiên quy trình " + d.get("processInstanceId") + " — "
                    + (Boolean.TRUE.equals(d.get("succeeded")) ? "đã xoá" : "bị từ chối (HTTP " + d.get("httpStatus") + ")");
            case EMULATION_PACT_DEFINED -> names.of(e.actor()) + " xác lập khối thi đua " + d.get("blockCode") + " năm " + d.get("year")
                    + ", trưởng khối " + unitName((String) d.get("headUnit"));
            case EMULATION_PACT_CHANGED -> names.of(e.actor()) + " sửa khối thi đua " + d.get("blockCode") + " năm " + d.get("year")
                    + " và giao ước, trưởng khối " + unitName((String) d.get("headUnit"));
            case MOVEMENT_CREATED, MOVEMENT_CHANGED, MOVEMENT_CLOSED -> e.type().labelVi() + " " + d.get("movementCode") + " «" + d.get("name")
                    + "»" + (d.get("endsOn") == null ? "" : ", kết thúc ngày " + LocalDate.parse((String) d.get("endsOn")).format(DATE_VI))
                    + " — " + names.of(e.actor());
            case AWARD_REGISTRY_IMPORTED -> names.of(e.actor()) + " nhập sổ khen thưởng từ tệp «" + d.get("fileName") + "» (SHA-256 "
                    + d.get("sha256") + "): " + d.get("imported") + " dòng mới, " + d.get("duplicates") + " dòng trùng, " + d.get("rejected") + " dòng lỗi";
            case NOMINATION_LIST_FILED -> names.of(e.actor()) + " nộp danh sách " + d.get("fileName") + " (" + unitName((String) d.get("unitCode"))
                    + "): " + d.get("filedCount") + "/" + d.get("rowCount") + " dòng thành hồ sơ, từ " + d.get("firstCode") + " đến " + d.get("lastCode")
                    + "; SHA-256 " + d.get("fileHash");
            case BLOCK_YEAR_END -> d.get("actionVi") + " — khối " + d.get("blockCode") + " năm " + d.get("year")
                    + (d.get("unitCode") == null ? "" : ", đơn vị " + unitName((String) d.get("unitCode"))) + " — " + names.of(e.actor());
            case REVOCATION -> d.get("actionVi") + (d.get("caseCode") == null ? "" : " — hồ sơ " + d.get("caseCode"))
                    + (d.get("outcome") == null ? "" : ": " + d.get("outcome")) + (d.get("reason") == null ? "" : "; lý do: " + d.get("reason"))
                    + (d.get("amount") == null ? "" : ": " + d.get("amount") + " đồng, ngày " + d.get("paidOn") + ", chứng từ " + d.get("receiptReference"))
                    + " — " + names.of(e.actor());
            case AWARD_ANNULLED -> "Hủy bỏ khen thưởng (Quyết định khen thưởng số " + d.get("decisionNumber") + ") theo Quyết định số "
                    + d.get("annulmentNumber") + " ngày " + LocalDate.parse((String) d.get("annulmentDate")).format(DATE_VI) + ", người ký "
                    + names.of((String) d.get("signer")) + "; khen thưởng vẫn giữ trong sổ";
            case AWARD_CORRECTED -> "Đính chính " + d.get("field") + ": «" + d.get("oldValue") + "» → «" + d.get("newValue") + "» ("
                    + d.get("status") + (d.get("decisionNumber") == null ? "" : ", Quyết định số " + d.get("decisionNumber")) + ") — "
                    + names.of(e.actor());
        };
        return new Trail.Entry(e.occurredAt(), e.type().name(), e.type().labelVi(), step, stepName, e.actor(), names.of(e.actor()), detail, d,
                "audit", e.seq());
    }

    private List<Trail.Return> returns(long nominationId, Map<String, String> stepNames, Names names) {
        List<NominationDirectory.Step> steps = nominations.steps(nominationId);
        List<Trail.Return> returns = new ArrayList<>();
        LocalDate today = LocalDate.now(VIETNAM);
        for (int i = 0; i < steps.size(); i++) {
            NominationDirectory.Step s = steps.get(i);
            if (!StepOutcome.RETURN.value().equals(s.outcome())) {
                continue;
            }
            Instant back = steps.subList(i + 1, steps.size()).stream().filter(x -> StepOutcome.SUBMIT.value().equals(x.outcome()))
                    .map(x -> instant(x.actedAt())).findFirst().orElse(null);
            LocalDate deadline = s.deadline();
            Boolean met = deadline == null ? (back == null ? null : Boolean.TRUE)
                    : back != null ? !back.atZone(VIETNAM).toLocalDate().isAfter(deadline) : (today.isAfter(deadline) ? Boolean.FALSE : null);
            String statusVi = back == null ? (Boolean.FALSE.equals(met) ? "Chưa bổ sung, đã quá hạn" : "Chưa bổ sung")
                    : deadline == null ? "Đã gửi lại" : (met ? "Bổ sung đúng hạn" : "Bổ sung quá hạn");
            String step = s.step();
            returns.add(new Trail.Return(step, stepNames.getOrDefault(step, step), s.actor(), names.of(s.actor()), instant(s.actedAt()),
                    s.comment(), deadline, back, met, statusVi));
        }
        return returns;
    }

    /** An open ballot's minutes name each member's choice; a secret one's never do (its box keeps counts only). */
    private List<Trail.TallyView> tallies(String code, boolean secret, Names names) {
        List<Ballots.OpenChoice> choices = secret ? List.of() : ballots.openChoices(code);
        return ballots.tallySheets(code).stream().map(s -> new Trail.TallyView(s.tally().round(), s.tally().councilUnit(), s.tally().memberCount(),
                s.tally().yesCount(), s.tally().noCount(), s.tally().abstainCount(), s.tally().requiredShare(), s.tally().strictlyMore(),
                s.tally().passed(), s.participants(), s.participants().stream().map(names::of).toList(),
                s.tally().secret() ? List.of() : choices.stream().filter(c -> c.round() == s.tally().round())
                        .map(c -> names.of(c.member()) + ": " + c.vote().label()).toList(),
                s.talliedAt())).toList();
    }

    private List<Trail.DocumentView> documents(long nominationId, Names names) {
        return nominations.documents(nominationId).stream().map(d -> new Trail.DocumentView(d.id(), d.kind(), Labels.documentKind(d.kind()),
                d.version(), d.fileName(), d.sha256(), d.sizeBytes(), d.uploadedBy(), names.of(d.uploadedBy()), d.uploadedAt().toInstant())).toList();
    }

    private String fieldValue(Object field, Object value, Names names) {
        String f = (String) field;
        String v = Objects.toString(value, "");
        if ("awardKindCode".equals(f) && !v.isBlank()) {
            return awardKindName(v);
        }
        return value(f, v, names);
    }

    private String groupName(String groupId) {
        return groupId == null ? "" : officials.groupName(groupId);
    }

    /** Who exported a file, as the file names them. */
    String describe(String userId) {
        return officials.describe(userId);
    }

    String unitName(String code) {
        return code == null ? "" : catalog.unit(code).map(u -> u.name()).orElse(code);
    }

    private String awardKindName(String code) {
        return code == null ? "" : catalog.awardKind(code).map(AwardKind::name).orElse(code);
    }

    private static String percent(Object share) {
        return share == null ? "?" : new BigDecimal(share.toString()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String quote(String name, String id) {
        return "«" + (name != null ? name : id) + "»";
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass());
    }

    static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }

    /** Display names of users, looked up once per trail. */
    private final class Names {
        private final Map<String, String> cache = new LinkedHashMap<>();

        String of(String userId) {
            if (userId == null || "system".equals(userId)) {
                return userId == null ? null : "Hệ thống";
            }
            return cache.computeIfAbsent(userId, officials::describe);
        }
    }
}
