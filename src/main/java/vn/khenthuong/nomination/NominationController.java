package vn.khenthuong.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/** File and follow nominations; errors are problem details (see {@link ApiProblems}). */
@RestController
@RequestMapping("/api")
@Tag(name = "Hồ sơ khen thưởng", description = "File and follow nominations")
class NominationController {

    private final DossierService dossiers;
    private final Catalog catalog;
    private final Clock clock;

    NominationController(DossierService dossiers, Catalog catalog) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.clock = Clock.systemDefaultZone();
    }

    @PostMapping(path = "/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a nomination as the signed-in commune official; starts the process")
    ResponseEntity<Map<String, String>> file(@Valid @RequestBody DossierRequest request, BindingResult shape) {
        String code = dossiers.file(request.toDossier(), ApiProblems.fieldProblems(shape));
        return ResponseEntity.created(URI.create("/api/nominations/" + code)).body(Map.of("code", code));
    }

    @GetMapping("/nominations/{code}")
    @Operation(summary = "The dossier, its status, current steps, decisions and documents (404 when not readable)")
    DossierView get(@PathVariable String code) {
        return dossiers.view(code);
    }

    @PostMapping(path = "/nominations/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (PDF, JPEG, PNG, DOCX; at most 10 MB)")
    ResponseEntity<DossierView.DocumentView> upload(@PathVariable String code, @RequestPart("file") MultipartFile file,
                                                    @RequestParam("kind") String kind) throws IOException {
        Documents.DocumentInfo i = dossiers.upload(code, kind, file.getOriginalFilename(), file.getBytes());
        String url = "/api/nominations/" + code + "/documents/" + i.id();
        return ResponseEntity.created(URI.create(url)).body(new DossierView.DocumentView(i.id(), i.kind(), DocumentKinds.vi(i.kind()),
                i.fileName(), i.contentType(), i.sizeBytes(), i.sha256(), i.version(), true, i.uploadedBy(), null, i.uploadedAt(), url));
    }

    @GetMapping("/nominations/{code}/documents/{id}")
    @Operation(summary = "Download a document")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        Documents.DocumentContent d = dossiers.download(code, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(d.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(d.info().contentType()))
                .contentLength(d.content().length)
                .body(d.content());
    }

    /** RFC 6266 with an ASCII fallback and the UTF-8 name per RFC 5987 (Vietnamese file names). */
    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    @GetMapping("/award-kinds")
    @Operation(summary = "Award catalogue; with inForce=true only the kinds that may be awarded today (the start form's list)")
    List<AwardKind> awardKinds(@RequestParam(name = "inForce", defaultValue = "false") boolean inForce) {
        LocalDate today = LocalDate.now(clock);
        return catalog.awardKinds().stream().filter(k -> !inForce || k.validOn(today)).toList();
    }

    @GetMapping("/units")
    @Operation(summary = "Administrative units")
    List<Unit> units() {
        return catalog.units();
    }
}
