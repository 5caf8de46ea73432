package vn.khenthuong.workflow.block;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.emulation.YearEndWorkflow;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.FeatureRefusedException;

/**
 * Our API's way into the block's year end: starts the process as the official (the start form's two variables, so the
 * variable guard and Camunda's authorizations judge it as they judge a start from Tasklist). A refusal of the feature
 * comes back with its own status (403, 404, 409).
 */
@Service
class CamundaYearEndWorkflow implements YearEndWorkflow {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    CamundaYearEndWorkflow(RuntimeService runtimeService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    @Override
    public String start(String blockCode, int year, String userId) {
        try {
            return ActingUser.as(identityService, userId, () -> runtimeService.startProcessInstanceByKey(BlockYearEndProcess.PROCESS_KEY,
                    Map.of(BlockYearEndProcess.BLOCK_CODE, blockCode, BlockYearEndProcess.YEAR, String.valueOf(year)))).getId();
        } catch (FeatureRefusedException refused) {
            throw refused.refusal();
        } catch (AuthorizationException denied) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Không có quyền mở tổng kết năm của khối / not allowed to start a block's year end");
        } catch (BadUserRequestException bad) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, bad.getMessage());
        }
    }
}
