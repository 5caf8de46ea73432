package vn.khenthuong.workflow.revocation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.revocation.RevocationWorkflow;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * Our API's way into an annulment: starts the process as the official with the start form's variables, so that the
 * variable guard and Camunda's authorizations judge it as they judge a start from Tasklist.
 */
@Service
class CamundaRevocationWorkflow implements RevocationWorkflow {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    CamundaRevocationWorkflow(RuntimeService runtimeService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    @Override
    public String start(long awardId, String groundCode, String groundDetail, Long findingId, String userId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RevocationProcess.AWARD_ID, String.valueOf(awardId));
        variables.put(RevocationProcess.GROUND_CODE, groundCode == null ? "" : groundCode);
        variables.put(RevocationProcess.GROUND_DETAIL, groundDetail == null ? "" : groundDetail);
        if (findingId != null) {
            variables.put(RevocationProcess.FINDING_ID, String.valueOf(findingId));
        }
        try {
            ProcessInstance pi = ActingUser.as(identityService, userId,
                    () -> runtimeService.startProcessInstanceByKey(RevocationProcess.PROCESS_KEY, variables));
            return pi.getBusinessKey();
        } catch (FeatureRefusedException refused) {
            throw refused.refusal();
        } catch (AuthorizationException denied) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Không có quyền mở hồ sơ hủy bỏ khen thưởng / not allowed to start an annulment");
        } catch (BadUserRequestException bad) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, bad.getMessage());
        }
    }
}
