package vn.khenthuong.workflow.tasklist;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.nomination.Labels;
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

        // Short names from the one step table; a task it does not name keeps its name from the diagram.
        String step = Labels.step(task.getTaskDefinitionKey()).map(Labels.Step::shortName).orElse(task.getName());
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
