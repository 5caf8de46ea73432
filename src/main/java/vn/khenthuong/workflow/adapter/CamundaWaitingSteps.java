package vn.khenthuong.workflow.adapter;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.khenthuong.appraisal.WaitingSteps;
import vn.khenthuong.workflow.engine.ActingUser;

/** Answers where a nomination waits, and delivers the central decision to it. */
@Component
class CamundaWaitingSteps implements WaitingSteps {

    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl engine;

    CamundaWaitingSteps(RuntimeService runtime, ProcessEngineConfigurationImpl engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    public boolean disclosureOpen(String code) {
        return ActingUser.withoutAuthorizationChecks(engine, () -> waitsAt(code, DISCLOSURE_WINDOW));
    }

    @Override
    public boolean centralDecisionReceived(String code, String decisionNumber, LocalDate decisionDate, String recordedBy) {
        // The caller's role was checked by the controller (provincial board of the nomination's province); officials
        // hold no right to change process instances in the engine, so the message is delivered on the process's behalf.
        return ActingUser.withoutAuthorizationChecks(engine, () -> {
            if (!waitsAt(code, CENTRAL_DECISION_RECEIVED)) {
                return false;
            }
            runtime.createMessageCorrelation(CENTRAL_DECISION_MESSAGE).processInstanceBusinessKey(code)
                    .setVariables(Variables.createVariables().putValue(DECISION_NUMBER, decisionNumber)
                            .putValue(DECISION_DATE, decisionDate.toString())
                            .putValue(DECISION_SIGNER, "Thủ tướng Chính phủ (" + recordedBy + " nhập)"))
                    .correlateWithResult();
            return true;
        });
    }

    private boolean waitsAt(String code, String activityId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(code).processDefinitionKey(PROCESS_KEY)
                .activityId(activityId).count() > 0;
    }
}
