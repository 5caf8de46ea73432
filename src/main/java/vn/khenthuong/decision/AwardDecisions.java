package vn.khenthuong.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.award.AwardDecisionLinks;
import vn.khenthuong.award.Decision;
import vn.khenthuong.award.DecisionNumber;
import vn.khenthuong.award.DecisionRefusedException;
import vn.khenthuong.award.RewardMoney;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.nomination.Awardees;
import vn.khenthuong.nomination.Awardees.Awardee;
import vn.khenthuong.work.TaskOfBatchRefusedException;
import vn.khenthuong.work.WaitingTask;
import vn.khenthuong.work.WorkRefusedException;
import vn.khenthuong.work.WorkStep;
import vn.khenthuong.work.WorkTasks;

/**
 * One award decision (Quyết định khen thưởng) for many nominations: drafted by the chairman of the deciding level or
 * by that level's commendation board, filled with nominations waiting at the chairman's decision step, then signed once
 * by the chairman it names. Signing decides every nomination in it with the decision's number and date, by the same
 * completion and the same rules ({@link Decision}) as a single decision in Tasklist, and links each registry line to
 * the decision.
 * <p>
 * All or nothing: every dossier is checked first (still waiting for this chairman, not claimed by someone else, its
 * reward computable), and the refusals are answered together without writing anything; only then are the tasks
 * completed, in one transaction with the signature, so that a refusal the checks could not foresee (a colleague
 * deciding the same dossier in Tasklist a moment before) rolls back every completion and the signature with it.
 */
@Service
public class AwardDecisions {

    public static final int MAX_LINES = 2000;

    private final DecisionStore store;
    private final WorkTasks tasks;
    private final Awardees awardees;
    private final RewardMoney rewardMoney;
    private final Catalog catalog;
    private final Officials officials;
    private final AwardDecisionLinks links;
    private final Templates templates;
    private final ApplicationEventPublisher events;

    AwardDecisions(DecisionStore store, WorkTasks tasks, Awardees awardees, RewardMoney rewardMoney, Catalog catalog, Officials officials,
                   AwardDecisionLinks links, Templates templates, ApplicationEventPublisher events) {
        this.store = store;
        this.tasks = tasks;
        this.awardees = awardees;
        this.rewardMoney = rewardMoney;
        this.catalog = catalog;
        this.officials = officials;
        this.links = links;
        this.templates = templates;
        this.events = events;
    }

    /** What a draft is made or changed with; blanks keep the default (signer: the chairman drafting it). */
    public record Draft(String unitCode, String number, LocalDate date, String signer, String title, String legalBases) {
    }

    public record Summary(long id, String unitCode, String unitName, String number, LocalDate date, String signer, String title, String status,
                          int awardees, OffsetDateTime createdAt, OffsetDateTime signedAt) {
    }

    public record Line(int no, String nominationCode, String nomineeName, String nomineeKind, String position, String unitCode, String unitName,
                       String awardKindCode, String awardKindName, String achievement, BigDecimal coefficient, Long amount, String moneyProblem) {
    }

    public record View(long id, String unitCode, String unitName, String number, LocalDate date, String signer, String signerName, String title,
                       String legalBases, String status, String createdBy, OffsetDateTime createdAt, OffsetDateTime signedAt, int awardees,
                       long totalAmount, boolean moneyComplete, List<Line> lines, boolean mayEdit, boolean maySign) {
    }

    /** The answer for one dossier: added / would be signed, or why not. */
    public record Row(String nominationCode, boolean ok, String reason, String reasonEn) {
        static Row ok(String code) {
            return new Row(code, true, null, null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    public List<Summary> list(Official me) {
        List<DecisionStore.Header> headers = me.hasRole(Roles.AUDITOR) || me.hasRole(Roles.ADMIN) ? store.all() : store.ofUnits(preparedUnits(me));
        return headers.stream().map(h -> new Summary(h.id(), h.unitCode(), unitName(h.unitCode()), h.number(), h.date(), h.signer(), h.title(),
                h.status().name(), h.lineCount(), h.createdAt(), h.signedAt())).toList();
    }

    @Transactional
    public View create(Official me, Draft draft) {
        if (draft == null || draft.unitCode() == null || catalog.unit(draft.unitCode()).isEmpty()) {
            throw bad("Cần chọn đơn vị ra quyết định", "the deciding unit is required");
        }
        String unit = draft.unitCode();
        if (!prepares(me, unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch UBND hoặc Ban Thi đua – Khen thưởng của cấp ra quyết định được lập dự thảo "
                    + "/ only the deciding level's chairman or commendation board may draft its decision");
        }
        TemplateText template = templates.decision();
        String title = orDefault(draft.title(), template.text("trich-yeu-mac-dinh", Map.of()));
        String bases = orDefault(draft.legalBases(), template.text("can-cu-mac-dinh", Map.of()));
        String signer = signer(me, unit, draft.signer());
        checkFields(draft.number(), draft.date(), title, bases);
        long id = store.insert(unit, blankToNull(draft.number()), draft.date(), signer, title, bases, me.userId());
        return view(me, id);
    }

    @Transactional
    public View update(Official me, long id, Draft draft) {
        DecisionStore.Header h = draftFor(me, id);
        if (draft == null) {
            throw bad("Thiếu nội dung", "body required");
        }
        if (draft.unitCode() != null && !draft.unitCode().equals(h.unitCode())) {
            throw bad("Không đổi được đơn vị ra quyết định; lập dự thảo khác", "the deciding unit cannot change; draft another decision");
        }
        String title = orDefault(draft.title(), h.title());
        String bases = orDefault(draft.legalBases(), h.legalBases());
        String signer = draft.signer() == null || draft.signer().isBlank() ? h.signer() : signer(me, h.unitCode(), draft.signer());
        checkFields(draft.number(), draft.date(), title, bases);
        store.update(id, blankToNull(draft.number()), draft.date(), signer, title, bases);
        return view(me, id);
    }

    @Transactional
    public void delete(Official me, long id) {
        draftFor(me, id);
        store.deleteDraft(id);
    }

    /**
     * Adds nominations waiting at the decision of this draft's chairman; each is answered on its own row (added, or
     * why not), the others are added.
     */
    @Transactional
    public List<Row> add(Official me, long id, List<String> codes) {
        DecisionStore.Header h = draftFor(me, id);
        if (codes == null || codes.isEmpty()) {
            throw bad("Chưa chọn hồ sơ nào", "no nomination given");
        }
        if (h.lineCount() + codes.size() > MAX_LINES) {
            throw bad("Một quyết định có tối đa " + MAX_LINES + " người, tập thể", "at most " + MAX_LINES + " awardees in one decision");
        }
        Map<String, WaitingTask> waiting = waitingForChairman(h.unitCode());
        int next = store.nextLineNo(id);
        List<Row> rows = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            if (code == null || code.isBlank() || code.length() > 40) {
                rows.add(new Row(code, false, "Mã hồ sơ không hợp lệ", "invalid nomination code"));
                continue;
            }
            Long already = store.decisionOf(code).orElse(null);
            if (already != null) {
                rows.add(already == id ? new Row(code, false, "Hồ sơ đã có trong quyết định này", "already in this decision")
                        : new Row(code, false, "Hồ sơ đã có trong quyết định khác (mã " + already + ")", "already in decision " + already));
            } else if (!waiting.containsKey(code)) {
                rows.add(new Row(code, false, "Hồ sơ không chờ Chủ tịch UBND " + unitName(h.unitCode()) + " quyết định",
                        "the nomination is not waiting for the decision of this level's chairman"));
            } else {
                store.addLine(id, code, next++, me.userId());
                rows.add(Row.ok(code));
            }
        }
        return rows;
    }

    @Transactional
    public void remove(Official me, long id, String code) {
        draftFor(me, id);
        if (!store.removeLine(id, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Hồ sơ " + code + " không có trong quyết định này / not in this decision");
        }
    }

    /** The nominations waiting for this draft's chairman that are in no decision yet (for the board preparing it). */
    @Transactional(readOnly = true)
    public List<WaitingTask> candidates(Official me, long id) {
        DecisionStore.Header h = readable(me, id);
        if (!prepares(me, h.unitCode())) {
            throw notFound(id);
        }
        Set<String> taken = new HashSet<>(store.lines(id).stream().map(DecisionStore.LineRef::nominationCode).toList());
        return tasks.waitingFor(h.unitCode(), WorkStep.DECISION).stream()
                .filter(t -> !taken.contains(t.nominationCode()) && store.decisionOf(t.nominationCode()).isEmpty()).toList();
    }

    /** Not read-only: the reward table is a DMN decision, and the engine writes its evaluation to the history. */
    @Transactional
    public View view(Official me, long id) {
        return view(me, readable(me, id));
    }

    /**
     * Signs the decision as its chairman: checks every dossier, then completes every decision task with the decision's
     * number and date and links the registry lines, in this one transaction.
     *
     * @throws DecisionNotSignedException naming each dossier refused, with nothing written
     */
    @Transactional
    public View sign(Official me, long id) {
        DecisionStore.Header h = store.lock(id).filter(x -> reads(me, x.unitCode())).orElseThrow(() -> notFound(id));
        if (h.status() == DecisionStore.Status.SIGNED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Quyết định đã được ký / the decision is already signed");
        }
        if (!me.unitsAs(Roles.CHAIRMAN).contains(h.unitCode()) || !me.userId().equals(h.signer())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch UBND " + unitName(h.unitCode()) + " là người ký ghi trong quyết định được ký "
                    + "/ only the chairman of the deciding level named as signer may sign");
        }
        Decision decision;
        try {
            decision = Decision.of(DecisionNumber.parse(h.number()), h.date());
        } catch (DecisionRefusedException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        List<DecisionStore.LineRef> lines = store.lines(id);
        if (lines.isEmpty()) {
            throw bad("Quyết định chưa có người, tập thể nào", "the decision lists nobody");
        }
        String number = decision.number().value();
        if (store.numberTaken(id, h.unitCode(), number, decision.date())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Số " + number + " đã dùng cho quyết định khác của đơn vị trong năm "
                    + decision.date().getYear() + " / number already used by another decision of the unit that year");
        }
        // 1. Check everything before writing anything.
        Map<String, WaitingTask> waiting = waitingForChairman(h.unitCode());
        Map<String, Awardee> facts = facts(lines);
        List<Row> refused = new ArrayList<>();
        long total = 0;
        // The reward table answers by award kind, nominee kind and date alone: one evaluation per pair, not per line.
        Map<String, Object> moneyCache = new HashMap<>();
        for (DecisionStore.LineRef line : lines) {
            String code = line.nominationCode();
            WaitingTask task = waiting.get(code);
            Awardee a = facts.get(code);
            if (task == null || a == null) {
                refused.add(new Row(code, false, "Hồ sơ không còn chờ quyết định (đã được quyết định riêng, bị trả lại hoặc đã kết thúc); bỏ khỏi quyết định",
                        "the nomination no longer waits for this decision (decided alone, returned or ended); remove it"));
            } else if (task.assignee() != null && !task.assignee().equals(me.userId())) {
                refused.add(new Row(code, false, "Hồ sơ đang do " + task.assignee() + " nhận xử lý trong Tasklist", "claimed by " + task.assignee() + " in Tasklist"));
            } else {
                Object money = moneyCache.computeIfAbsent(a.awardKindCode() + "|" + a.nomineeKind(), k -> {
                    try {
                        return rewardMoney.compute(a.awardKindCode(), a.nomineeKind(), decision.date());
                    } catch (IllegalStateException gap) {
                        return gap;
                    }
                });
                if (money instanceof RewardMoney.Reward reward) {
                    total += reward.amount();
                } else {
                    String[] texts = String.valueOf(((IllegalStateException) money).getMessage()).split(" / ", 2);
                    refused.add(new Row(code, false, texts[0], texts.length > 1 ? texts[1] : texts[0]));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new DecisionNotSignedException(refused);
        }
        // 2. Decide each dossier as the chairman, exactly as Tasklist would; any refusal now rolls back all of it.
        // All completions together (WorkTasks.completeAll): the engine writes them in batches, not one task after another.
        Map<String, Object> answer = Map.of("decisionNumber", number, "decisionDate", decision.date().toString());
        Map<String, String> codeOfTask = new HashMap<>();
        List<String> taskIds = new ArrayList<>(lines.size());
        for (DecisionStore.LineRef line : lines) {
            String taskId = waiting.get(line.nominationCode()).taskId();
            codeOfTask.put(taskId, line.nominationCode());
            taskIds.add(taskId);
        }
        events.publishEvent(new DecisionSigning(id, lines.size()));
        try {
            tasks.completeAll(me.userId(), taskIds, WorkStep.DECISION, answer);
        } catch (TaskOfBatchRefusedException e) {
            throw new DecisionNotSignedException(List.of(new Row(codeOfTask.get(e.taskId()), false, e.refusal().reason(), e.refusal().reasonEn())));
        } catch (WorkRefusedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.refusal().reason() + "; hãy ký lại / " + e.refusal().reasonEn() + "; sign again");
        }
        List<String> codes = lines.stream().map(DecisionStore.LineRef::nominationCode).toList();
        int linked = links.link(id, number, codes);
        if (linked != codes.size()) {
            throw new IllegalStateException("Only " + linked + " of " + codes.size() + " registry lines carry decision " + number);
        }
        if (!store.markSigned(id, number, decision.date())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Quyết định đã được ký / the decision is already signed");
        }
        events.publishEvent(new DecisionSigned(id, h.unitCode(), number, decision.date(), me.userId(), codes.size(), total, codes));
        return view(me, id);
    }

    // ---------------------------------------------------------------------------------------------------------------

    View view(Official me, DecisionStore.Header h) {
        List<DecisionStore.LineRef> refs = store.lines(h.id());
        Map<String, Awardee> facts = facts(refs);
        Map<String, String> kinds = catalog.awardKinds().stream().collect(Collectors.toMap(AwardKind::code, AwardKind::name));
        LocalDate moneyDate = h.date() == null ? LocalDate.now() : h.date();
        Map<String, Object> moneyCache = new HashMap<>();
        List<Line> lines = new ArrayList<>(refs.size());
        long total = 0;
        boolean complete = true;
        for (DecisionStore.LineRef ref : refs) {
            Awardee a = facts.get(ref.nominationCode());
            if (a == null) {
                continue;
            }
            Object money = moneyCache.computeIfAbsent(a.awardKindCode() + "|" + a.nomineeKind(), k -> {
                try {
                    return rewardMoney.compute(a.awardKindCode(), a.nomineeKind(), moneyDate);
                } catch (IllegalStateException gap) {
                    return gap.getMessage();
                }
            });
            RewardMoney.Reward reward = money instanceof RewardMoney.Reward r ? r : null;
            if (reward == null) {
                complete = false;
            } else {
                total += reward.amount();
            }
            String unitName = unitName(a.unitCode());
            String position = a.nomineePosition() == null || a.nomineePosition().isBlank() ? unitName : a.nomineePosition() + ", " + unitName;
            // Truy tặng: the annex, the page and the certificate name the family member who receives the award.
            if (a.posthumous() != null) {
                position += "; " + a.posthumous().noteVi();
            }
            lines.add(new Line(ref.lineNo(), a.code(), a.nameOnDecision(), a.nomineeKind(), position, a.unitCode(), unitName, a.awardKindCode(),
                    kinds.get(a.awardKindCode()), Wording.achievement(a.achievements()), reward == null ? null : reward.coefficient(),
                    reward == null ? null : reward.amount(), reward == null ? String.valueOf(money) : null));
        }
        boolean draft = h.status() == DecisionStore.Status.DRAFT;
        String signerName = officials.find(h.signer()).map(o -> o.displayName()).orElse(h.signer());
        return new View(h.id(), h.unitCode(), unitName(h.unitCode()), h.number(), h.date(), h.signer(), signerName, h.title(), h.legalBases(),
                h.status().name(), h.createdBy(), h.createdAt(), h.signedAt(), lines.size(), total, complete, lines,
                draft && prepares(me, h.unitCode()), draft && me.unitsAs(Roles.CHAIRMAN).contains(h.unitCode()) && me.userId().equals(h.signer()));
    }

    private Map<String, Awardee> facts(List<DecisionStore.LineRef> refs) {
        Map<String, Awardee> facts = new HashMap<>();
        awardees.of(refs.stream().map(DecisionStore.LineRef::nominationCode).toList()).forEach(a -> facts.put(a.code(), a));
        return facts;
    }

    private Map<String, WaitingTask> waitingForChairman(String unitCode) {
        Map<String, WaitingTask> byCode = new HashMap<>();
        tasks.waitingFor(unitCode, WorkStep.DECISION).forEach(t -> byCode.putIfAbsent(t.nominationCode(), t));
        return byCode;
    }

    DecisionStore.Header readable(Official me, long id) {
        return store.find(id).filter(h -> reads(me, h.unitCode())).orElseThrow(() -> notFound(id));
    }

    private DecisionStore.Header draftFor(Official me, long id) {
        DecisionStore.Header h = readable(me, id);
        if (!prepares(me, h.unitCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch UBND hoặc Ban Thi đua – Khen thưởng của cấp ra quyết định được sửa dự thảo "
                    + "/ only the deciding level's chairman or commendation board may change the draft");
        }
        if (h.status() != DecisionStore.Status.DRAFT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Quyết định đã ký, không sửa được / the decision is signed and cannot change");
        }
        return h;
    }

    static boolean prepares(Official me, String unit) {
        return me.unitsAs(Roles.CHAIRMAN).contains(unit) || me.unitsAs(Roles.APPRAISER).contains(unit);
    }

    /** Auditors read every decision; the level's chairman and board read their own; nobody else learns it exists. */
    static boolean reads(Official me, String unit) {
        return prepares(me, unit) || me.hasRole(Roles.AUDITOR) || me.hasRole(Roles.ADMIN);
    }

    /** The units whose decisions the official drafts (as chairman or commendation board), sorted. */
    public List<String> levels(Official me) {
        return preparedUnits(me).stream().sorted().toList();
    }

    private static Set<String> preparedUnits(Official me) {
        Set<String> units = new HashSet<>(me.unitsAs(Roles.CHAIRMAN));
        units.addAll(me.unitsAs(Roles.APPRAISER));
        return units;
    }

    private String signer(Official me, String unit, String requested) {
        List<String> chairmen = officials.members(Roles.CHAIRMAN, unit);
        String signer = requested != null && !requested.isBlank() ? requested.trim()
                : me.unitsAs(Roles.CHAIRMAN).contains(unit) ? me.userId() : chairmen.stream().sorted().findFirst().orElse(null);
        if (signer == null || !chairmen.contains(signer)) {
            throw bad("Người ký phải là Chủ tịch UBND " + unitName(unit), "the signer must be a chairman of the deciding unit");
        }
        return signer;
    }

    private static void checkFields(String number, LocalDate date, String title, String bases) {
        if (number != null && !number.isBlank()) {
            try {
                DecisionNumber.parse(number);
            } catch (DecisionRefusedException refused) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
            }
        }
        if (date != null && date.isAfter(LocalDate.now())) {
            throw bad("Ngày quyết định không được sau hôm nay", "the decision date may not be in the future");
        }
        if (title.length() > 500) {
            throw bad("Trích yếu dài quá 500 ký tự", "title longer than 500 characters");
        }
        if (bases.length() > 4000) {
            throw bad("Căn cứ dài quá 4000 ký tự", "legal bases longer than 4000 characters");
        }
    }

    public String unitName(String code) {
        return catalog.unit(code).map(Unit::name).orElse(code);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ResponseStatusException bad(String vi, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, vi + " / " + en);
    }

    static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy quyết định " + id + " / decision not found");
    }
}
