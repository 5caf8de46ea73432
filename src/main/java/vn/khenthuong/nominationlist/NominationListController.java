package vn.khenthuong.nominationlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Lists of nominees from Excel: the template, the upload with its row report, the annotated sheet. */
@RestController
@RequestMapping("/api/nomination-lists")
@Tag(name = "Danh sách đề nghị khen thưởng", description = "File many nominations at once from an Excel list")
class NominationListController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final NominationLists lists;

    NominationListController(NominationLists lists) {
        this.lists = lists;
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The list template of the signed-in commune official (drop-downs for today's award kinds and open movements)")
    ResponseEntity<byte[]> template() {
        return xlsx(lists.template(), "mau-danh-sach-de-nghi-khen-thuong.xlsx");
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a filled list (.xlsx) and optionally a .zip of documents named <row>-<kind>.<ext>; mode CHECK_ONLY, "
            + "VALID_ROWS or ALL_OR_NOTHING. 201 with the row report; 200 with the earlier list when this file was filed before")
    ResponseEntity<ListReport> upload(@RequestPart("file") MultipartFile file, @RequestPart(name = "documents", required = false) MultipartFile documents,
                                      @RequestParam("mode") String mode) throws IOException {
        FilingMode filingMode;
        try {
            filingMode = FilingMode.valueOf(mode.trim());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cách nộp không hợp lệ: " + mode + " (CHECK_ONLY, VALID_ROWS, ALL_OR_NOTHING)"
                    + " / Unknown mode: " + mode);
        }
        boolean withDocuments = documents != null && !documents.isEmpty();
        ListReport report = lists.upload(file.getOriginalFilename(), file.getBytes(), withDocuments ? documents.getOriginalFilename() : null,
                withDocuments ? documents.getBytes() : null, filingMode);
        return report.alreadyFiled() ? ResponseEntity.ok(report)
                : ResponseEntity.created(URI.create("/api/nomination-lists/" + report.id())).body(report);
    }

    @GetMapping
    @Operation(summary = "Recent lists of the signed-in official's commune (every unit's for auditors)")
    List<ListReport.Summary> recent() {
        return lists.recent();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The row report of a list")
    ListReport report(@PathVariable long id) {
        return lists.report(id);
    }

    @GetMapping("/{id}/report.xlsx")
    @Operation(summary = "The uploaded sheet with a column giving the answer for each row")
    ResponseEntity<byte[]> annotated(@PathVariable long id) {
        return xlsx(lists.annotated(id), "ket-qua-danh-sach-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(XLSX)
                .contentLength(content.length)
                .body(content);
    }
}
