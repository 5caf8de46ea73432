package vn.khenthuong.work;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.input.MultiLine;

/**
 * Working through many dossiers at once (/xu-ly-hang-loat.html): the provincial board's waiting appraisals and a
 * chairman's waiting decisions, and the board's one answer for many appraisals. Decisions for many are signed as one
 * award decision (decision.DecisionController).
 */
@RestController
@RequestMapping("/api/work")
@Tag(name = "Xử lý hàng loạt", description = "Batch work on waiting dossiers")
class WorkController {

    private final WorkLists lists;
    private final Officials officials;

    WorkController(WorkLists lists, Officials officials) {
        this.lists = lists;
        this.officials = officials;
    }

    @GetMapping("/appraisals")
    @Operation(summary = "The provincial board's waiting appraisals (its own candidate groups), filtered and paged")
    WorkLists.Page appraisals(@RequestParam(required = false) String unit, @RequestParam(required = false) String awardKind,
                              @RequestParam(required = false) String movement, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        return list(WorkStep.APPRAISAL, unit, awardKind, movement, page, size);
    }

    @GetMapping("/decisions")
    @Operation(summary = "A chairman's waiting decisions (their own candidate groups), filtered and paged")
    WorkLists.Page decisions(@RequestParam(required = false) String unit, @RequestParam(required = false) String awardKind,
                             @RequestParam(required = false) String movement, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        return list(WorkStep.DECISION, unit, awardKind, movement, page, size);
    }

    /**
     * The filters' choices, and which lists the official has ("appraisals", "decisions"): the page shows those tabs
     * without probing the others (a refused probe is an error in the browser's console).
     */
    record ChoicesView(List<vn.khenthuong.catalog.Unit> units, List<vn.khenthuong.catalog.AwardKind> awardKinds, List<vn.khenthuong.catalog.Movement> movements,
                       List<String> lists) {
    }

    @GetMapping("/choices")
    @Operation(summary = "Units, award kinds and movements for the list's filters, and the lists the official has")
    ChoicesView choices() {
        Official me = officials.current();
        WorkLists.Choices c = lists.choices();
        List<String> mine = new java.util.ArrayList<>();
        if (!me.unitsAs(WorkStep.APPRAISAL.role()).isEmpty()) {
            mine.add("appraisals");
        }
        if (!me.unitsAs(WorkStep.DECISION.role()).isEmpty()) {
            mine.add("decisions");
        }
        return new ChoicesView(c.units(), c.awardKinds(), c.movements(), mine);
    }

    /** The one answer the board gives to many appraisals: approve, with an optional comment. */
    record AppraisalBatch(List<String> taskIds, String outcome, @MultiLine String comment) {
    }

    record BatchAnswer(int done, int refused, List<WorkLists.Row> rows) {
    }

    @PostMapping("/appraisals/complete")
    @Operation(summary = "Approve many appraisals with one answer; each task is completed separately and refused per row")
    BatchAnswer completeAppraisals(@RequestBody AppraisalBatch batch) {
        Official me = require(WorkStep.APPRAISAL);
        if (batch == null || batch.taskIds() == null || batch.taskIds().isEmpty()) {
            throw bad("Chưa chọn hồ sơ nào", "no task selected");
        }
        if (batch.taskIds().size() > WorkLists.MAX_BATCH) {
            throw bad("Mỗi lần xử lý tối đa " + WorkLists.MAX_BATCH + " hồ sơ", "at most " + WorkLists.MAX_BATCH + " tasks at once");
        }
        if (batch.taskIds().stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 64)) {
            throw bad("Mã nhiệm vụ không hợp lệ", "invalid task id");
        }
        // Only approval is one answer for many: a return or a rejection needs its own reason and deadline per dossier.
        if (!"approve".equals(batch.outcome())) {
            throw bad("Xử lý hàng loạt chỉ dùng để đồng ý (approve); trả lại hoặc từ chối từng hồ sơ trong Tasklist",
                    "the only batch answer is approve; return or reject each dossier in Tasklist");
        }
        if (batch.comment() != null && batch.comment().length() > 4000) {
            throw bad("Ý kiến dài quá 4000 ký tự", "comment longer than 4000 characters");
        }
        Map<String, Object> answer = new HashMap<>();
        answer.put("outcome", "approve");
        if (batch.comment() != null && !batch.comment().isBlank()) {
            answer.put("comment", batch.comment().trim());
        }
        List<WorkLists.Row> rows = lists.completeEach(me.userId(), WorkStep.APPRAISAL, List.copyOf(new LinkedHashSet<>(batch.taskIds())), answer);
        int done = (int) rows.stream().filter(WorkLists.Row::done).count();
        return new BatchAnswer(done, rows.size() - done, rows);
    }

    private WorkLists.Page list(WorkStep step, String unit, String awardKind, String movement, int page, int size) {
        Official me = require(step);
        if (page < 0 || size < 1 || size > WorkLists.MAX_PAGE_SIZE) {
            throw bad("Trang hoặc cỡ trang không hợp lệ (cỡ 1–" + WorkLists.MAX_PAGE_SIZE + ")", "invalid page or size (1-" + WorkLists.MAX_PAGE_SIZE + ")");
        }
        return lists.waiting(me.userId(), step, new WorkLists.Filter(blankToNull(unit), blankToNull(awardKind), blankToNull(movement)), page, size);
    }

    private Official require(WorkStep step) {
        Official me = officials.current();
        if (me.unitsAs(step.role()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, step == WorkStep.APPRAISAL
                    ? "Chỉ Ban Thi đua – Khen thưởng được thẩm định hàng loạt / only the provincial commendation board works through appraisals"
                    : "Chỉ Chủ tịch UBND được xem hồ sơ chờ quyết định / only a chairman sees waiting decisions");
        }
        return me;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ResponseStatusException bad(String vi, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, vi + " / " + en);
    }
}
