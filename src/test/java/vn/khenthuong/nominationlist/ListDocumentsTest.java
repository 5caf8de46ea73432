package vn.khenthuong.nominationlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.nomination.NominationFiling;

/** The names a document may carry in the .zip of a list, as docs/huong-dan-nop-danh-sach.md lists them. */
class ListDocumentsTest {

    static final List<NominationFiling.DocumentKindName> KINDS = List.of(
            new NominationFiling.DocumentKindName("PROPOSAL_LETTER", "Tờ trình đề nghị khen thưởng"),
            new NominationFiling.DocumentKindName("ACHIEVEMENT_REPORT", "Báo cáo thành tích"),
            new NominationFiling.DocumentKindName("COUNCIL_MINUTES", "Biên bản họp Hội đồng Thi đua - Khen thưởng"),
            new NominationFiling.DocumentKindName("INITIATIVE_RECOGNITION", "Quyết định công nhận sáng kiến"),
            new NominationFiling.DocumentKindName("CONFIRMATION", "Văn bản xác nhận"),
            new NominationFiling.DocumentKindName("SCAN", "Bản chụp giấy tờ"),
            new NominationFiling.DocumentKindName("OTHER", "Tài liệu khác"));

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("%PDF-1.4".getBytes());
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({
            "5-to-trinh-de-nghi-khen-thuong.pdf, PROPOSAL_LETTER", "5-to-trinh.pdf, PROPOSAL_LETTER",
            "5-bao-cao-thanh-tich.pdf, ACHIEVEMENT_REPORT", "5-Báo cáo thành tích.pdf, ACHIEVEMENT_REPORT",
            "5-achievement-report.pdf, ACHIEVEMENT_REPORT", "5-bien-ban-hop-hoi-dong-thi-dua-khen-thuong.pdf, COUNCIL_MINUTES",
            "5-bien-ban.pdf, COUNCIL_MINUTES", "5-quyet-dinh.pdf, INITIATIVE_RECOGNITION", "5-van-ban.png, CONFIRMATION",
            "5-ban-chup.jpg, SCAN", "5-tai-lieu-khac.docx, OTHER"})
    void aNameGivesTheRowAndTheKind(String name, String kind) throws IOException {
        Map<Integer, List<ListDocuments.Doc>> docs = ListDocuments.read(zip("ho-so/" + name), KINDS);
        assertThat(docs).containsOnlyKeys(5);
        assertThat(docs.get(5)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(kind);
            assertThat(d.fileName()).isEqualTo(name);
        });
    }

    @Test
    void namesThatFollowNoRuleAreRefusedTogetherAndFoldersAndArchiverMetadataAreSkipped() throws IOException {
        assertThatThrownBy(() -> ListDocuments.read(zip("bao-cao.pdf", "5-khong-ro.pdf", "5-giay.pdf", "6-bao-cao-thanh-tich.pdf"), KINDS))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("bao-cao.pdf").hasMessageContaining("5-khong-ro.pdf").hasMessageContaining("5-giay.pdf")
                .hasMessageNotContaining("6-bao-cao-thanh-tich.pdf");
        Map<Integer, List<ListDocuments.Doc>> docs = ListDocuments.read(zip("__MACOSX/._7-to-trinh.pdf", ".DS_Store", "7-to-trinh.pdf"), KINDS);
        assertThat(docs.get(7)).hasSize(1);
        assertThatThrownBy(() -> ListDocuments.read("không phải zip".getBytes(), KINDS)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining(".zip");
    }

    @Test
    void theGuideNamesEachKindBySlugAndName() {
        assertThat(ListDocuments.guideNames(KINDS)).contains("bao-cao-thanh-tich (Báo cáo thành tích)",
                "bien-ban-hop-hoi-dong-thi-dua-khen-thuong (Biên bản họp Hội đồng Thi đua - Khen thưởng)");
    }
}
