package vn.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * The registry of past years: administrators download the template and import filled ones; administrators and
 * auditors read the list of imports. Anyone else gets 403 before a byte of the file is read.
 */
@RestController
@Tag(name = "Sổ khen thưởng", description = "Award registry")
class RegistryImportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistryImports imports;
    private final RegistryTemplate template;
    private final Officials officials;

    RegistryImportController(RegistryImports imports, RegistryTemplate template, Officials officials) {
        this.imports = imports;
        this.template = template;
        this.officials = officials;
    }

    @GetMapping("/api/award-registry/import-template.xlsx")
    @Operation(summary = "The .xlsx template for past decisions, with drop-downs of award kinds, nominee kinds and units (administrators)")
    ResponseEntity<byte[]> template() {
        administrator();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-so-khen-thuong.xlsx\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(template.workbook());
    }

    @PostMapping(path = "/api/award-registry/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a filled template (administrators). All or nothing unless validRowsOnly=true; duplicates are reported, "
            + "not imported again. 201 when lines were written, 200 when none were new, 400 with the row report when rows are refused")
    ResponseEntity<RegistryImports.Report> upload(@RequestPart("file") MultipartFile file,
                                                  @RequestParam(defaultValue = "false") boolean validRowsOnly) {
        Official me = administrator();
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegistryImports.Report report = imports.importWorkbook(file.getOriginalFilename(), content, me.userId(), validRowsOnly);
        return ResponseEntity.status(report.written() ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    record Access(boolean mayImport, boolean mayReadImports) {
    }

    /** What the signed-in official may do on the registry page: the page shows its parts without probing refused requests. */
    @GetMapping("/api/award-registry/access")
    @Operation(summary = "Whether the official may import past decisions (administrators) and read past imports (administrators, auditors)")
    Access access() {
        Official me = officials.current();
        return new Access(me.hasRole(Roles.ADMIN), me.hasRole(Roles.ADMIN) || me.hasRole(Roles.AUDITOR));
    }

    @GetMapping("/api/award-registry/imports")
    @Operation(summary = "Past imports, newest first: file name, SHA-256, who, when, counts (administrators and auditors)")
    List<RegistryImports.ImportRecord> list() {
        Official me = officials.current();
        if (!me.hasRole(Roles.ADMIN) && !me.hasRole(Roles.AUDITOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên và thanh tra xem danh sách các lần nhập sổ khen thưởng"
                    + " / only administrators and auditors read the registry's imports");
        }
        return imports.imports();
    }

    private Official administrator() {
        Official me = officials.current();
        if (!me.hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được nhập sổ khen thưởng các năm trước"
                    + " / only administrators may import the registry of past years");
        }
        return me;
    }

    @ExceptionHandler(RegistryFileRefusedException.class)
    ResponseEntity<ProblemDetail> refusedFile(RegistryFileRefusedException e) {
        return problem("Tệp không đúng mẫu", e.vi(), e.en(), Map.of());
    }

    @ExceptionHandler(RegistryImports.RowsRefusedException.class)
    ResponseEntity<ProblemDetail> refusedRows(RegistryImports.RowsRefusedException e) {
        RegistryImports.Report r = e.report();
        List<Map<String, Object>> errors = r.problems().stream().map(p -> Map.<String, Object>of("row", p.row(), "column", p.column(),
                "field", p.header(), "message", p.message(), "messageEn", p.messageEn())).toList();
        return problem("Sổ khen thưởng không được nhập", r.rejected() + " dòng có lỗi; chưa nhập dòng nào (sửa các dòng lỗi rồi tải lên lại,"
                        + " hoặc chọn chỉ nhập các dòng hợp lệ)",
                r.rejected() + " rows refused; nothing was imported (fix them and upload again, or ask for the valid rows only)",
                Map.of("errors", errors, "report", r));
    }

    private static ResponseEntity<ProblemDetail> problem(String title, String detail, String detailEn, Map<String, Object> more) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailEn", detailEn);
        more.forEach(p::setProperty);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
