package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A "zip bomb" renamed .docx/.xlsx (a ~1 MB file inflating to 1 GB) is refused with 413 through the real upload
 * endpoint, quickly, and nothing is stored; a real DOCX still uploads. Refusal times are printed, not asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ZipBombTest {

    private static final String OFFICIAL = "xa.pusamcap";

    @Autowired TestRestTemplate rest;
    @Autowired Nominations nominations;
    @Autowired JdbcTemplate jdbc;

    static byte[] bomb(long zeroBytes) throws IOException {
        return bomb("word/media/image1.png", zeroBytes);
    }

    /**
     * A ZIP holding a small word/document.xml, then one entry of {@code zeroBytes} zeros. BEST_SPEED deflates zeros
     * about 230:1 (1 GiB in ~4.6 MB, under the 10 MB upload limit) several times faster than BEST_COMPRESSION (~1000:1).
     */
    static byte[] bomb(String bigEntry, long zeroBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.putNextEntry(new ZipEntry(bigEntry));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, zeroBytes - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Many tiny entries: each cheap, together a CPU sink for anything walking them. */
    static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/media/p" + i + ".xml"));
                zip.write('x');
            }
        }
        return out.toByteArray();
    }

    /** A real Word document written by Apache POI, with enough text to be more than a token file. */
    static byte[] realDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2000; i++) {
                doc.createParagraph().createRun().setText("Đoạn " + i + ": báo cáo thành tích của ông Nguyễn Văn A, xã Pu Sam Cáp, năm 2026.");
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private ResponseEntity<String> upload(String user, String code, String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", "ACHIEVEMENT_REPORT");
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity("/api/nominations/" + code + "/documents", new HttpEntity<>(form, headers), String.class);
    }

    private int documentRows(String code) {
        return jdbc.queryForObject("select count(*) from nomination_document d join nomination n on n.id = d.nomination_id where n.code = ?",
                Integer.class, code);
    }

    private void assertRefusedQuickly(String label, String fileName, byte[] content) {
        String code = nominations.register(Dossiers.individual(), OFFICIAL).code();
        long started = System.nanoTime();
        ResponseEntity<String> response = upload(OFFICIAL, code, fileName, content);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ZipBombTest: %s (%d bytes uploaded) answered %s in %d ms%n", label, content.length, response.getStatusCode(), millis);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("Tệp nén bất thường").contains("Suspicious archive").contains("detailEn");
        assertThat(documentRows(code)).isZero();
    }

    @Test
    void aOneGigabyteBombRenamedDocxIsRefusedWith413AndNothingStored() throws IOException {
        long built = System.nanoTime();
        byte[] bomb = bomb(1024L * 1024 * 1024);
        System.out.printf("ZipBombTest: built a %d-byte bomb inflating to 1 GiB in %d ms%n", bomb.length, (System.nanoTime() - built) / 1_000_000);
        assertThat(bomb.length).isLessThan(10 * 1024 * 1024);

        assertRefusedQuickly("1 GiB bomb named .docx", "bao-cao.docx", bomb);
    }

    @Test
    void aBombRenamedXlsxIsRefusedBeforeItsTypeIsJudged() throws IOException {
        assertRefusedQuickly("256 MiB bomb named .xlsx", "bang-diem.xlsx", bomb("xl/worksheets/sheet1.xml", 256L * 1024 * 1024));
    }

    @Test
    void anArchiveOfThousandsOfEntriesIsRefused() throws IOException {
        assertRefusedQuickly("5000-entry archive", "nhieu-muc.docx", manyEntries(5000));
    }

    @Test
    void aRealDocxStillUploads() throws IOException {
        String code = nominations.register(Dossiers.individual(), OFFICIAL).code();
        byte[] docx = realDocx();

        ResponseEntity<String> response = upload(OFFICIAL, code, "Báo cáo thành tích.docx", docx);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).contains("wordprocessingml");
        assertThat(documentRows(code)).isEqualTo(1);
    }

    @Test
    void theScanItselfRefusesABombAtItsLimits() throws IOException {
        byte[] bomb = bomb(512L * 1024 * 1024);
        long started = System.nanoTime();
        assertThatThrownBy(() -> DocumentType.of(bomb))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.status).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        System.out.printf("ZipBombTest: DocumentType.of refused a 512 MiB bomb in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThatThrownBy(() -> DocumentType.of(manyEntries(DocumentType.MAX_ENTRIES))).isInstanceOf(DocumentRefusedException.class);
        assertThat(DocumentType.of(manyEntries(DocumentType.MAX_ENTRIES - 1))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(realDocx())).contains(DocumentType.DOCX);
    }
}
