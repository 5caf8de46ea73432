package vn.khenthuong.workflow.revocation;

import static vn.khenthuong.workflow.revocation.RevocationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.revocation.Revocations;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * Opens the case as the initiator (who must be on the provincial board), names the instance by the case's code and
 * keeps what steers the process: the case, the board's unit, the deciding chairman's unit, the money to recover.
 */
@Component("openRevocationDelegate")
class OpenRevocationDelegate implements JavaDelegate {

    private final Revocations revocations;

    OpenRevocationDelegate(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long awardId = number(execution.getVariable(AWARD_ID), AWARD_ID);
        Object finding = execution.getVariable(FINDING_ID);
        Long findingId = finding == null || finding.toString().isBlank() ? null : number(finding, FINDING_ID);
        String ground = text(execution.getVariable(GROUND_CODE));
        String detail = text(execution.getVariable(GROUND_DETAIL));
        String initiator = (String) execution.getVariable(INITIATOR);
        Revocations.Opened opened = FeatureRefusedException.refusing(() -> revocations.open(awardId, ground, detail, findingId, initiator));
        execution.setProcessBusinessKey(opened.code());
        execution.setVariable(CASE_ID, opened.caseId());
        execution.setVariable(CASE_CODE, opened.code());
        execution.setVariable(BOARD_UNIT, opened.boardUnit());
        execution.setVariable(DECIDING_UNIT, opened.decidingUnit());
        execution.setVariable(AMOUNT_TO_RECOVER, opened.amountToRecover());
    }

    private static long number(Object value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.toString().trim());
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("Số hiệu không hợp lệ: " + name + " / " + name + " must be a number");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
