package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * Opens the round for the block and year of the start form, as the initiator (who must be an officer of the head
 * unit or the provincial board); keeps its id and head unit in the process, the block and year as text, and names the
 * instance by them (business key "KHOI_HUYEN_TP/2019").
 */
@Component("openBlockYearEndDelegate")
class OpenBlockYearEndDelegate implements JavaDelegate {

    private final BlockYearEnds yearEnds;

    OpenBlockYearEndDelegate(BlockYearEnds yearEnds) {
        this.yearEnds = yearEnds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String block = text(execution.getVariable(BLOCK_CODE));
        String yearText = text(execution.getVariable(YEAR));
        if (block == null || yearText == null || !yearText.matches("\\d{4}")) {
            throw new org.camunda.bpm.engine.BadUserRequestException("Cần mã khối và năm (4 chữ số) / blockCode and a 4-digit year are required");
        }
        String initiator = (String) execution.getVariable(INITIATOR);
        BlockYearEnds.Opened opened = FeatureRefusedException.refusing(() -> yearEnds.open(block, Integer.parseInt(yearText), initiator));
        yearEnds.linkProcess(opened.roundId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(block + "/" + yearText);
        execution.setVariable(BLOCK_CODE, block);
        execution.setVariable(YEAR, yearText);
        execution.setVariable(ROUND_ID, opened.roundId());
        execution.setVariable(HEAD_UNIT, opened.headUnit());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
