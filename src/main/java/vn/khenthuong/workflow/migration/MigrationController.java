package vn.khenthuong.workflow.migration;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Moving running nominations to another version of the process, for administrators only (page
 * {@code /chuyen-phien-ban.html}): the versions, a preview of the plan with the nominations at each step and what
 * stops each one, the migration of all or a selection, and a batch's progress.
 */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

    private final ProcessMigrations migrations;
    private final Officials officials;

    MigrationController(ProcessMigrations migrations, Officials officials) {
        this.migrations = migrations;
        this.officials = officials;
    }

    @GetMapping("/processes")
    @Operation(summary = "Processes and their deployed versions, with the running instances of each (administrators)")
    List<ProcessMigrations.ProcessVersions> processes() {
        return migrations.processes(admin().userId());
    }

    @PostMapping("/preview")
    @Operation(summary = "The migration plan from one version to another (equal ids plus the given mappings), the running instances at each "
            + "step and whether each can move, with Camunda's reasons in Vietnamese; changes nothing (administrators)")
    ProcessMigrations.Preview preview(@RequestBody ProcessMigrations.PlanRequest request) {
        return migrations.preview(admin().userId(), request);
    }

    @PostMapping
    @Operation(summary = "Migrate all movable instances (all=true) or the selected ones: at once when few, else as a Camunda batch (202) "
            + "(administrators)")
    ResponseEntity<ProcessMigrations.Outcome> migrate(@RequestBody ProcessMigrations.MigrateRequest request) {
        ProcessMigrations.Outcome outcome = migrations.migrate(admin().userId(), request);
        return ResponseEntity.status("BATCH".equals(outcome.mode()) ? HttpStatus.ACCEPTED : HttpStatus.OK).body(outcome);
    }

    @GetMapping("/batches/{batchId}")
    @Operation(summary = "Progress of a migration batch (administrators)")
    ProcessMigrations.Progress batch(@PathVariable String batchId) {
        Official me = admin();
        if (batchId.length() > 64) {
            throw new MigrationRefusedException(HttpStatus.NOT_FOUND, "Không có lô chuyển phiên bản này", "no such migration batch", List.of());
        }
        return migrations.progress(me.userId(), batchId);
    }

    @ExceptionHandler(MigrationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(MigrationRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatus(e.status);
        p.setTitle(e.status == HttpStatus.NOT_FOUND ? "Không tìm thấy" : "Không chuyển phiên bản được");
        p.setDetail(e.vi);
        p.setProperty("detailEn", e.en);
        p.setProperty("errors", e.problems);
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private Official admin() {
        Official me = officials.current();
        if (!me.hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ quản trị viên được chuyển hồ sơ sang phiên bản quy trình khác / only administrators migrate process instances");
        }
        return me;
    }
}
