package vn.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.input.MultiLine;

/**
 * Administrators edit the printing templates (the decision and the certificates) without a new release: the text is
 * checked (sections, names) before it is saved, and dropping the edit brings back the file of seeds/templates.
 */
@RestController
@RequestMapping("/api/admin/templates")
class TemplateAdminController {

    private final Templates templates;
    private final Officials officials;

    TemplateAdminController(Templates templates, Officials officials) {
        this.templates = templates;
        this.officials = officials;
    }

    record TemplateBody(@MultiLine String text) {
    }

    @GetMapping
    @Operation(summary = "Names of the printing templates (administrators)")
    List<String> names() {
        admin();
        return templates.names();
    }

    @GetMapping("/{name}")
    @Operation(summary = "A printing template in force: the saved edit or the seed file (administrators)")
    Templates.Entry read(@PathVariable String name) {
        admin();
        known(name);
        return templates.entry(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Mẫu " + name + " chưa có; đang dùng mẫu chung " + Templates.CERTIFICATE + " / no own template yet, the common one is used"));
    }

    @PutMapping("/{name}")
    @Operation(summary = "Save an edited template after checking it (administrators)")
    Templates.Entry save(@PathVariable String name, @RequestBody TemplateBody body) {
        Official me = admin();
        known(name);
        if (body == null || body.text() == null || body.text().isBlank() || body.text().length() > 20000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần nội dung mẫu, tối đa 20000 ký tự / template text required, at most 20000 characters");
        }
        templates.save(name, body.text(), me.userId());
        return templates.entry(name).orElseThrow();
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Drop the edit: the seed file is in force again (administrators)")
    ResponseEntity<Void> reset(@PathVariable String name) {
        Official me = admin();
        known(name);
        templates.reset(name, me.userId());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(TemplateException.class)
    ResponseEntity<ProblemDetail> refused(TemplateException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setTitle("Mẫu chưa đúng");
        p.setDetail(e.vi());
        p.setProperty("detailEn", e.en());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private Official admin() {
        Official me = officials.current();
        if (!me.hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được sửa mẫu in / only administrators edit printing templates");
        }
        return me;
    }

    private void known(String name) {
        if (!templates.names().contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có mẫu " + name + " / no such template");
        }
    }
}
