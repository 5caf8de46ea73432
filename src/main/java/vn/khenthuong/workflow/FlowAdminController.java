package vn.khenthuong.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Roles;

/** Lets an administrator deploy edited flows and forms without a restart (same code as start-up). */
@RestController
class FlowAdminController {

    private final FlowDeployer deployer;
    private final IdentityService identityService;

    FlowAdminController(FlowDeployer deployer, IdentityService identityService) {
        this.deployer = deployer;
        this.identityService = identityService;
    }

    @PostMapping("/api/admin/flows/deploy")
    Map<String, String> deploy() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được triển khai quy trình / administrators only");
        }
        return Map.of("deploymentId", deployer.deploy());
    }
}
