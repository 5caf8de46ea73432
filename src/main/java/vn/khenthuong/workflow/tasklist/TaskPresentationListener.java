package vn.khenthuong.workflow.tasklist;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.workflow.FormValues;

/**
 * When a user task is created: a name that says whose dossier it is ("Thẩm định: Hộ bà Lò Thị Dung — Bằng khen
 * của Chủ tịch UBND tỉnh"), the three task variables the Tasklist filters show (nominee, award, unit, in words
 * rather than codes), and the due date the rules set (a {@code dueDate} variable, task-local or of the process).
 */
@Component
class TaskPresentationListener implements TaskListener {

    /** Set by the process (e.g. a supplementation deadline) before the task is created. */
    static final String DUE_DATE = "dueDate";

    /** Short verbs for the list; a task not named here keeps its name from the diagram. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry(PREPARE_DOSSIER, "Hoàn thiện hồ sơ"),
            Map.entry(COMMUNE_REVIEW, "Xã xét duyệt"),
            Map.entry(DISTRICT_REVIEW, "Huyện thẩm tra"),
            Map.entry(COUNCIL_VOTE, "Biểu quyết"),
            Map.entry(RECORD_WRITTEN_BALLOTS, "Ghi phiếu vắng mặt"),
            Map.entry(COUNCIL_CONCLUSION, "Kết luận của Hội đồng"),
            Map.entry(PROVINCIAL_APPRAISAL, "Thẩm định"),
            Map.entry(SUPPLEMENT_DOSSIER, "Bổ sung hồ sơ"),
            Map.entry(HANDLE_OVERDUE_SUPPLEMENTATION, "Quá hạn bổ sung"),
            Map.entry(ANSWER_DISCLOSURE_COMMENTS, "Trả lời ý kiến công khai"),
            Map.entry(DECISION, "Quyết định khen thưởng"));

    private final Catalog catalog;

    TaskPresentationListener(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        Object due = task.getVariable(DUE_DATE);
        if (due instanceof Date date) {
            task.setDueDate(date);
        }
        String nominee = FormValues.text(task.getVariable(NOMINEE_NAME));
        if (nominee == null) {
            return; // not one of our dossiers
        }
        String awardCode = FormValues.text(task.getVariable(AWARD_KIND_CODE));
        String award = awardCode == null ? null : catalog.awardKind(awardCode).map(AwardKind::name).orElse(awardCode);
        String unitCode = FormValues.text(task.getVariable(UNIT_CODE));
        String unit = unitCode == null ? null : catalog.unit(unitCode).map(Unit::name).orElse(unitCode);

        String step = SHORT_NAMES.getOrDefault(task.getTaskDefinitionKey(), task.getName());
        task.setName(name(step, nominee, award));
        task.setVariableLocal(LIST_NOMINEE, nominee);
        task.setVariableLocal(LIST_AWARD, award);
        task.setVariableLocal(LIST_UNIT, unit);
    }

    static String name(String step, String nominee, String award) {
        String name = step + ": " + nominee + (award == null ? "" : " — " + award);
        // ACT_RU_TASK.NAME_ is 255 characters.
        return name.length() <= 255 ? name : name.substring(0, 254) + "…";
    }
}
