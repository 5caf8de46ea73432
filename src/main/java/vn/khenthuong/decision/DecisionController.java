package vn.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.input.MultiLine;
import vn.khenthuong.work.WorkLists;

/** One award decision for many nominations: draft, fill, sign once, print with its annex, print the certificates. */
@RestController
@RequestMapping("/api/decisions")
@Tag(name = "Quyết định khen thưởng", description = "One award decision for many nominations")
class DecisionController {

    private final AwardDecisions decisions;
    private final DecisionPdf pdf;
    private final Templates templates;
    private final WorkLists lists;
    private final Officials officials;

    DecisionController(AwardDecisions decisions, DecisionPdf pdf, Templates templates, WorkLists lists, Officials officials) {
        this.decisions = decisions;
        this.pdf = pdf;
        this.templates = templates;
        this.lists = lists;
        this.officials = officials;
    }

    record DraftRequest(String unitCode, String number, java.time.LocalDate date, String signer, @MultiLine String title,
                        @MultiLine String legalBases) {
        AwardDecisions.Draft draft() {
            return new AwardDecisions.Draft(unitCode, number, date, signer, title, legalBases);
        }
    }

    record Codes(List<String> nominationCodes) {
    }

    record Added(int added, int refused, List<AwardDecisions.Row> rows) {
    }

    @GetMapping
    @Operation(summary = "Decisions of the levels the official drafts or signs for (auditors: all)")
    List<AwardDecisions.Summary> list() {
        return decisions.list(officials.current());
    }

    /** {@code chairmanNames}: each chairman's name and title as pages show a person (login → name), not the login. */
    record Level(String unitCode, String unitName, List<String> chairmen, java.util.Map<String, String> chairmanNames) {
    }

    @GetMapping("/levels")
    @Operation(summary = "The levels the official may draft a decision for, with their chairmen (possible signers)")
    List<Level> levels() {
        return decisions.levels(officials.current()).stream()
                .map(u -> {
                    List<String> chairmen = officials.members(vn.khenthuong.identity.Roles.CHAIRMAN, u);
                    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
                    chairmen.forEach(c -> names.put(c, officials.describe(c)));
                    return new Level(u, decisions.unitName(u), chairmen, names);
                }).toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft decision (chairman or commendation board of the deciding level)")
    ResponseEntity<AwardDecisions.View> create(@RequestBody DraftRequest request) {
        AwardDecisions.View v = decisions.create(officials.current(), request == null ? null : request.draft());
        return ResponseEntity.created(URI.create("/api/decisions/" + v.id())).body(v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A decision with its list, each line's reward money and the total")
    AwardDecisions.View view(@PathVariable long id) {
        return decisions.view(officials.current(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft: number, date, signer, summary, legal bases")
    AwardDecisions.View update(@PathVariable long id, @RequestBody DraftRequest request) {
        return decisions.update(officials.current(), id, request == null ? null : request.draft());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a draft")
    ResponseEntity<Void> delete(@PathVariable long id) {
        decisions.delete(officials.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/nominations")
    @Operation(summary = "Add nominations waiting at this chairman's decision; answered per nomination")
    Added add(@PathVariable long id, @RequestBody Codes codes) {
        List<AwardDecisions.Row> rows = decisions.add(officials.current(), id, codes == null ? null : codes.nominationCodes());
        int added = (int) rows.stream().filter(AwardDecisions.Row::ok).count();
        return new Added(added, rows.size() - added, rows);
    }

    @DeleteMapping("/{id}/nominations/{code}")
    @Operation(summary = "Remove a nomination from a draft")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String code) {
        decisions.remove(officials.current(), id, code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Nominations waiting for this decision's chairman and in no decision yet")
    List<WorkLists.Item> candidates(@PathVariable long id) {
        return lists.items(decisions.candidates(officials.current(), id));
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Sign: every nomination is decided with the decision's number and date, all or nothing")
    AwardDecisions.View sign(@PathVariable long id) {
        return decisions.sign(officials.current(), id);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "The decision as PDF (Nghị định 30/2020 layout) with its annex; a draft is marked DỰ THẢO")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        AwardDecisions.View v = decisions.view(officials.current(), id);
        return pdf(pdf.decision(v, templates.decision()), "quyet-dinh-" + id + ".pdf");
    }

    @GetMapping("/{id}/certificates")
    @Operation(summary = "Certificates (Bằng khen, Giấy khen) of a signed decision: one PDF, a page per awardee")
    ResponseEntity<byte[]> certificates(@PathVariable long id) {
        AwardDecisions.View v = decisions.view(officials.current(), id);
        if (!"SIGNED".equals(v.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chỉ in bằng khen, giấy khen sau khi quyết định được ký / certificates print once the decision is signed");
        }
        return pdf(pdf.certificates(v, templates::certificate), "bang-khen-giay-khen-" + id + ".pdf");
    }

    @ExceptionHandler(DecisionNotSignedException.class)
    ResponseEntity<ProblemDetail> notSigned(DecisionNotSignedException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        p.setTitle("Quyết định chưa được ký");
        p.setDetail("Không ký được quyết định: " + e.rows().size() + " hồ sơ bị từ chối (xem từng dòng). Chưa hồ sơ nào được quyết định.");
        p.setProperty("detailEn", "The decision was not signed: " + e.rows().size() + " dossier(s) refused (see rows). No dossier was decided.");
        p.setProperty("rows", e.rows());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(TemplateException.class)
    ResponseEntity<ProblemDetail> brokenTemplate(TemplateException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        p.setTitle("Mẫu in bị lỗi");
        p.setDetail(e.vi() + ". Quản trị viên sửa mẫu rồi in lại.");
        p.setProperty("detailEn", e.en());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString()).body(body);
    }
}
