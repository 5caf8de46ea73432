package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/** Names a year-end task after its unit and year ("Trưởng khối kiểm tra kết quả: Huyện Sìn Hồ, năm 2019"), so that eight alike tasks differ in Tasklist. */
@Component("blockTaskNameListener")
class BlockTaskNameListener implements TaskListener {

    private final Catalog catalog;

    BlockTaskNameListener(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        Object unit = task.getVariable(CAST_BALLOT.equals(key) ? VOTER_UNIT : SUBMIT_PROPOSALS.equals(key) ? HEAD_UNIT : MEMBER_UNIT);
        if (unit == null) {
            return;
        }
        String name = catalog.unit(unit.toString()).map(Unit::name).orElse(unit.toString());
        String full = task.getName() + ": " + name + ", năm " + task.getVariable(YEAR);
        task.setName(full.length() <= 255 ? full : full.substring(0, 254) + "…");
    }
}
