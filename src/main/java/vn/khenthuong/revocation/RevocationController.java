package vn.khenthuong.revocation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * Annulment cases: the board starts one (the process {@code revocation}, as the official), adds evidence and records
 * the money recovered; auditors read everything and file findings; the appraisal and the chairman's decision are tasks
 * of the process (Tasklist or /engine-rest).
 */
@RestController
@Tag(name = "Hủy bỏ khen thưởng, thu hồi tiền thưởng", description = "Annulment of an award and recovery of its money (Law 2022, art. 93)")
class RevocationController {

    record Start(Long awardId, String groundCode, String groundDetail, Long findingId) {
    }

    record FindingRequest(Long awardId, String groundCode, String content) {
    }

    record RecoveryRequest(Long amount, String paidOn, String receiptReference) {
    }

    record Resolution(String resolution) {
    }

    private final Revocations revocations;
    private final RevocationWorkflow workflow;
    private final Officials officials;

    RevocationController(Revocations revocations, RevocationWorkflow workflow, Officials officials) {
        this.revocations = revocations;
        this.workflow = workflow;
        this.officials = officials;
    }

    @GetMapping("/api/revocation-grounds")
    @Operation(summary = "The grounds of annulment of processes/revocationGround.dmn (Law 2022, art. 93 cl. 2)")
    List<RevocationGround> grounds() {
        reader();
        return revocations.grounds();
    }

    @GetMapping("/api/revocations")
    @Operation(summary = "Annulment cases the official may read")
    List<Revocations.CaseView> cases() {
        return revocations.cases(reader());
    }

    @PostMapping("/api/revocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The provincial board starts an annulment case on a registry line")
    Revocations.CaseView start(@RequestBody Start body) {
        if (body == null || body.awardId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Thiếu khen thưởng cần hủy bỏ (awardId) / awardId is required");
        }
        Official official = officials.current();
        String code = workflow.start(body.awardId(), body.groundCode(), body.groundDetail(), body.findingId(), official.userId());
        return revocations.view(code, official);
    }

    @GetMapping("/api/revocations/{code}")
    Revocations.CaseView view(@PathVariable String code) {
        return revocations.view(code, reader());
    }

    @PostMapping(path = "/api/revocations/{code}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The board adds an evidence document (title, number and date of the paper, file)")
    Revocations.Evidence addEvidence(@PathVariable String code, @RequestParam String title, @RequestParam String reference,
                                     @RequestParam MultipartFile file) {
        try {
            return revocations.addEvidence(code, title, reference, file.getOriginalFilename(), file.getBytes(), officials.current());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/revocations/{code}/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable String code, @PathVariable long id) {
        Official reader = reader();
        Revocations.Evidence e = revocations.view(code, reader).evidence().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tài liệu / no such document"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(e.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(revocations.evidenceContent(code, id, reader));
    }

    @PostMapping("/api/revocations/{code}/recoveries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The board records money recovered (one instalment: amount in đồng, date paid, receipt reference)")
    Revocations.Recovery recordRecovery(@PathVariable String code, @RequestBody RecoveryRequest body) {
        if (body == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Thiếu nội dung / body required");
        }
        return revocations.recordRecovery(code, body.amount(), body.paidOn(), body.receiptReference(), officials.current());
    }

    @GetMapping("/api/revocation-findings")
    List<Revocations.FindingView> findings() {
        reader();
        return revocations.findings();
    }

    @PostMapping("/api/revocation-findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An auditor files a finding that an award may be annullable; the board may start a case from it")
    Revocations.FindingView fileFinding(@RequestBody FindingRequest body) {
        if (body == null || body.awardId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Thiếu khen thưởng (awardId) / awardId is required");
        }
        return revocations.fileFinding(body.awardId(), body.groundCode(), body.content(), officials.current());
    }

    @GetMapping("/api/award-review-flags")
    @Operation(summary = "Awards that stood on an annulled award, for the board's review")
    List<Revocations.ReviewFlag> flags() {
        reader();
        return revocations.flags();
    }

    @PostMapping("/api/award-review-flags/{id}/resolution")
    Revocations.ReviewFlag resolve(@PathVariable long id, @RequestBody Resolution body) {
        return revocations.resolveFlag(id, body == null ? null : body.resolution(), officials.current());
    }

    private Official reader() {
        Official official = officials.current();
        if (!revocations.mayRead(official)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng, Chủ tịch, thanh tra xem hồ sơ hủy bỏ"
                    + " / only the board, chairmen and auditors read annulment cases");
        }
        return official;
    }
}
