package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockMinutes;
import vn.khenthuong.workflow.engine.ActingUser;

/** Writes the minutes of the block meeting as a PDF and stores them with the round (BlockMinutes.write). */
@Component("writeBlockMinutesDelegate")
class WriteBlockMinutesDelegate implements JavaDelegate {

    private final BlockMinutes minutes;

    WriteBlockMinutesDelegate(BlockMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        minutes.write(((Number) execution.getVariable(ROUND_ID)).longValue(), ActingUser.current(execution.getProcessEngineServices().getIdentityService()));
    }
}
