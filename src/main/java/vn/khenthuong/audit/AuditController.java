package vn.khenthuong.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's API: search, one nomination's or award's trail, exports and the chain verification. Only
 * the roles auditor and administrator reach it (identity.SecurityConfig); it reads and never changes anything.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Thanh tra", description = "Audit trail: search, trail, exports, integrity")
class AuditController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditSearch search;
    private final AuditTrail trails;
    private final AuditLog audit;
    private final TrailExports exports;

    AuditController(AuditSearch search, AuditTrail trails, AuditLog audit, TrailExports exports) {
        this.search = search;
        this.trails = trails;
        this.audit = audit;
        this.exports = exports;
    }

    @GetMapping("/nominations")
    @Operation(summary = "Nominations and awards by nominee (ignores accents), identity number, unit (with units below), year, "
            + "award kind, movement, decision number or code; paged and sorted")
    AuditSearch.Page nominations(@RequestParam(required = false) String nominee, @RequestParam(required = false) String idNumber,
                                 @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String awardKind, @RequestParam(required = false) String movement,
                                 @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String code,
                                 @RequestParam(defaultValue = "false") boolean awardedOnly,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(defaultValue = "filedAt") String sort, @RequestParam(defaultValue = "desc") String direction) {
        return search.search(new AuditSearch.Criteria(nominee, idNumber, unit, year, awardKind, movement, decisionNumber, code, awardedOnly),
                page, size, sort, direction);
    }

    @GetMapping("/nominations/export")
    @Operation(summary = "The whole search result as CSV (UTF-8 with BOM) or XLSX: format=csv|xlsx")
    ResponseEntity<byte[]> exportSearch(@RequestParam(defaultValue = "csv") String format,
                                        @RequestParam(required = false) String nominee, @RequestParam(required = false) String idNumber,
                                        @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) String awardKind, @RequestParam(required = false) String movement,
                                        @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String code,
                                        @RequestParam(defaultValue = "false") boolean awardedOnly,
                                        @RequestParam(defaultValue = "filedAt") String sort, @RequestParam(defaultValue = "desc") String direction) {
        List<AuditSearch.Row> rows = search.all(new AuditSearch.Criteria(nominee, idNumber, unit, year, awardKind, movement, decisionNumber,
                code, awardedOnly), sort, direction);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> file(exports.searchCsv(rows), CSV, "tra-cuu-khen-thuong.csv");
            case "xlsx" -> file(exports.searchXlsx(rows), XLSX, "tra-cuu-khen-thuong.xlsx");
            default -> throw new BadAuditQueryException("format", "Định dạng xuất là csv hoặc xlsx", "format must be csv or xlsx");
        };
    }

    @GetMapping("/nominations/{code}/trail")
    @Operation(summary = "The whole trail of one nomination")
    Trail trail(@PathVariable String code) {
        return trails.of(code.trim().toUpperCase(Locale.ROOT));
    }

    @GetMapping("/awards/{id}/trail")
    @Operation(summary = "The whole trail of the nomination behind one award of the registry")
    Trail awardTrail(@PathVariable long id) {
        return trails.ofAward(id);
    }

    @GetMapping("/nominations/{code}/trail.pdf")
    @Operation(summary = "The trail as PDF for the inspection file, with the chain verification")
    ResponseEntity<byte[]> trailPdf(@PathVariable String code, Authentication user) {
        Trail trail = trail(code);
        return file(exports.pdf(trail, audit.verify(), trails.describe(user.getName())), MediaType.APPLICATION_PDF, "nhat-ky-" + trail.summary().code() + ".pdf");
    }

    @GetMapping("/nominations/{code}/trail.csv")
    @Operation(summary = "The trail as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> trailCsv(@PathVariable String code) {
        Trail trail = trail(code);
        return file(exports.trailCsv(trail), CSV, "nhat-ky-" + trail.summary().code() + ".csv");
    }

    @GetMapping("/events")
    @Operation(summary = "Events that belong to no nomination (imports of the registry, movements, pacts), newest first: "
            + "by type and by text in their details (file name, SHA-256, code)")
    List<AuditEvent> globalEvents(@RequestParam(required = false) String type, @RequestParam(required = false) String text,
                                  @RequestParam(defaultValue = "100") int limit) {
        AuditEventType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = AuditEventType.valueOf(type.trim());
            } catch (IllegalArgumentException e) {
                throw new BadAuditQueryException("type", "Không có loại sự kiện " + type, "unknown event type " + type);
            }
        }
        return audit.globalEvents(t, text, limit);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recomputes the audit chain; reports the first broken row")
    ChainVerification verify() {
        return audit.verify();
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @ExceptionHandler(AuditNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AuditNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", "Không có hồ sơ hoặc quyết định khen thưởng " + e.getMessage(),
                "No nomination or award " + e.getMessage(), List.of());
    }

    @ExceptionHandler(BadAuditQueryException.class)
    ResponseEntity<ProblemDetail> badQuery(BadAuditQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, "Điều kiện tra cứu không hợp lệ", e.messageVi, e.messageEn,
                List.of(Map.of("field", e.field, "message", e.messageVi, "messageEn", e.messageEn)));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String detailEn, List<?> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailEn", detailEn);
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
