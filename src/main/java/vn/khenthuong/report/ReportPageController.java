package vn.khenthuong.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.khenthuong.identity.Officials;

/**
 * The page {@code /bao-cao.html}. It is not a static file: an official it is not meant for gets a page in Vietnamese
 * saying why (403), rather than an empty page whose every request fails.
 */
@Controller
class ReportPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReportAccess access;
    private final Officials officials;
    private final String page;
    private final String refusal;

    ReportPageController(ReportAccess access, Officials officials) {
        this.access = access;
        this.officials = officials;
        this.page = read("pages/bao-cao.html");
        this.refusal = read("pages/bao-cao-403.html");
    }

    @GetMapping("/bao-cao.html")
    ResponseEntity<String> page() {
        boolean allowed = access.allowed(officials.current());
        return ResponseEntity.status(allowed ? HttpStatus.OK : HttpStatus.FORBIDDEN).contentType(HTML)
                .cacheControl(CacheControl.noStore()).body(allowed ? page : refusal);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
