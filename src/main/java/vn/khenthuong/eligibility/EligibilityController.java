package vn.khenthuong.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.nomination.NominationDirectory;

/**
 * Pending matters are kept by the provincial commendation board (appraisers) and administrators; auditors read them.
 * Anyone who may read a dossier may preview its eligibility.
 */
@RestController
@Tag(name = "Điều kiện khen thưởng", description = "Eligibility preview and pending matters on nominees")
class EligibilityController {

    private final PendingMatters matters;
    private final Eligibility eligibility;
    private final Officials officials;
    private final NominationDirectory nominations;

    EligibilityController(PendingMatters matters, Eligibility eligibility, Officials officials, NominationDirectory nominations) {
        this.matters = matters;
        this.eligibility = eligibility;
        this.officials = officials;
        this.nominations = nominations;
    }

    /** The answer of the preview: blocking problems and reminders, each with rule, name, legal basis, Vietnamese and English. */
    record Preview(String code, boolean eligible, List<Finding> problems, List<Finding> notes) {
    }

    @GetMapping("/api/eligibility/{code}")
    @Operation(summary = "Every eligibility rule for a nomination, as the check before it leaves its unit would find them (no quota slot taken)")
    Preview preview(@PathVariable String code) {
        Official official = officials.current();
        Optional<NominationDirectory.Ref> nomination = nominations.find(code);
        if (nomination.isEmpty() || !officials.canRead(official, nomination.get().unitCode())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ " + code + " / Nomination not found");
        }
        Verdict verdict = eligibility.preview(code);
        return new Preview(code, verdict.eligible(), verdict.problems(), verdict.notes());
    }

    @GetMapping("/api/pending-matters")
    @Operation(summary = "Pending matters, by ID number and/or unit; open ones only unless open=false")
    List<PendingMatter> list(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String unit,
                             @RequestParam(defaultValue = "true") boolean open) {
        Official official = officials.current();
        if (!mayKeep(official) && !official.hasRole(Roles.AUDITOR)) {
            throw forbidden();
        }
        return matters.list(idNumber, unit, open);
    }

    @PostMapping("/api/pending-matters")
    @Operation(summary = "Flag a nominee (by CCCD, or by unit and collective name) as under discipline, investigation, inspection, complaint or press verification")
    ResponseEntity<PendingMatter> open(@RequestBody PendingMatter.New matter) {
        Official official = officials.current();
        if (!mayKeep(official)) {
            throw forbidden();
        }
        PendingMatter created = matters.open(matter, official.userId(), LocalDate.now(), null);
        return ResponseEntity.created(URI.create("/api/pending-matters/" + created.id())).body(created);
    }

    @PostMapping("/api/pending-matters/{id}/resolve")
    @Operation(summary = "Close a pending matter with its resolution; the nominee may be proposed again")
    PendingMatter resolve(@PathVariable long id, @RequestBody PendingMatter.Resolution resolution) {
        Official official = officials.current();
        if (!mayKeep(official)) {
            throw forbidden();
        }
        return matters.resolve(id, resolution, official.userId(), LocalDate.now());
    }

    private static boolean mayKeep(Official official) {
        return official.hasRole(Roles.APPRAISER) || official.hasRole(Roles.ADMIN);
    }

    private static ResponseStatusException forbidden() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN,
                "Chỉ Ban Thi đua – Khen thưởng tỉnh và quản trị viên quản lý việc đang xem xét / Only the provincial board and administrators manage pending matters");
    }
}
