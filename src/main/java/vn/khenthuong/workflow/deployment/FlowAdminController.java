package vn.khenthuong.workflow.deployment;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/** Lets an administrator deploy edited flows and forms without a restart (same code as start-up). */
@RestController
class FlowAdminController {

    private final FlowDeployer deployer;
    private final Officials officials;

    FlowAdminController(FlowDeployer deployer, Officials officials) {
        this.deployer = deployer;
        this.officials = officials;
    }

    @PostMapping("/api/admin/flows/deploy")
    Map<String, String> deploy() {
        // Deployments can carry scripts: only administrators may deploy (CAMUNDA.md, Security).
        if (!officials.current().hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được triển khai quy trình / administrators only");
        }
        return Map.of("deploymentId", deployer.deploy());
    }

    /** The flow check refused the files (nothing was deployed): 400, the same problem detail as on /engine-rest. */
    @ExceptionHandler(FlowRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(FlowRefusedException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(FlowRefusals.body(e));
    }
}
