package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DocumentsTest {

    @Autowired Nominations nominations;
    @Autowired Documents documents;
    @Autowired NominationStore store;
    @Autowired JdbcTemplate jdbc;

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void recognisesTypesByTheirFirstBytesOnly() throws IOException {
        assertThat(DocumentType.of("%PDF-1.7 ...".getBytes())).contains(DocumentType.PDF);
        assertThat(DocumentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(DocumentType.JPEG);
        assertThat(DocumentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(DocumentType.PNG);
        assertThat(DocumentType.of(zip("word/document.xml"))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(zip("xl/workbook.xml"))).isEmpty();
        assertThat(DocumentType.of("Đây là văn bản thường".getBytes())).isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEmpty();
    }

    @Test
    void aSecondUploadOfAKindIsTheNextVersionAndTheFirstIsKept() {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        Dossier d = store.get(code);
        Documents.DocumentInfo first = documents.add(d, "ACHIEVEMENT_REPORT", "C:\\Users\\a\\Báo cáo thành tích.pdf", "%PDF-1 a".getBytes(), "xa.pusamcap");
        Documents.DocumentInfo second = documents.add(d, "ACHIEVEMENT_REPORT", "Báo cáo thành tích (sửa).pdf", "%PDF-1 b".getBytes(), "xa.pusamcap");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(first.fileName()).isEqualTo("Báo cáo thành tích.pdf");
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.sha256()).hasSize(64).isNotEqualTo(second.sha256());
        // What an upload answers is what the dossier shows afterwards, time and id included.
        assertThat(documents.list(d.id())).containsExactly(second, first);
        assertThat(documents.content(d.id(), first.id()).orElseThrow().content()).isEqualTo("%PDF-1 a".getBytes());
    }

    @Test
    void refusesRenamedTextTooLargeFilesAndUnknownKinds() {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        Dossier d = store.get(code);
        assertThatThrownBy(() -> documents.add(d, "SCAN", "gia-mao.pdf", "không phải PDF".getBytes(), "xa.pusamcap"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.status).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> documents.add(d, "SCAN", "lon.pdf", big, "xa.pusamcap"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.status).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThatThrownBy(() -> documents.add(d, "PHOTO", "a.pdf", "%PDF-1".getBytes(), "xa.pusamcap"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.status).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(documents.list(d.id())).isEmpty();
    }

    @Test
    void refusesAZipBombWith413AndStoresNothing() throws IOException {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        Dossier d = store.get(code);
        byte[] bomb = ZipBombTest.bomb("word/media/image1.png", 64L * 1024 * 1024);
        assertThatThrownBy(() -> documents.add(d, "SCAN", "bom.docx", bomb, "xa.pusamcap"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.status).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThat(documents.list(d.id())).isEmpty();
    }

    @Test
    void downloadNamesCarryUtf8PerRfc5987() {
        assertThat(NominationController.contentDisposition("Tờ trình số 1*.pdf"))
                .isEqualTo("attachment; filename=\"To_trinh_so_1_.pdf\"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%201%2A.pdf");
    }
}
