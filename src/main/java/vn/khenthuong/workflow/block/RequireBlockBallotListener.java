package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockBallots;

/** A unit's ballot task completes only once its secret ballot was cast through the API (it never travels as a variable). */
@Component("requireBlockBallotListener")
class RequireBlockBallotListener implements TaskListener {

    private final BlockBallots ballots;

    RequireBlockBallotListener(BlockBallots ballots) {
        this.ballots = ballots;
    }

    @Override
    public void notify(DelegateTask task) {
        long round = ((Number) task.getVariable(ROUND_ID)).longValue();
        String unit = (String) task.getVariable(VOTER_UNIT);
        if (!ballots.hasVoted(round, unit)) {
            throw new BadUserRequestException("Đơn vị " + unit + " chưa bỏ phiếu: hãy bỏ phiếu trên biểu mẫu trước khi hoàn thành"
                    + " / unit " + unit + " has not voted: cast the ballot through /api/block-year-ends first");
        }
    }
}
