package vn.khenthuong.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khenthuong.nomination.DocumentKind;
import vn.khenthuong.nomination.NomineeKind;

/** The seed files read, and name only values the other features know. */
class SeedFilesTest {

    @Test
    void awardKindsNameKnownNomineeAndDocumentKinds() {
        Set<String> nominees = Arrays.stream(NomineeKind.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> documents = Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.toSet());
        var kinds = SeedFiles.read(SeedFiles.AWARD_KINDS, SeedFiles.AwardKindsFile.class).awardKinds();
        assertThat(kinds).extracting(SeedFiles.AwardKindEntry::code).contains(
                "GK_HUYEN", "GK_XA", "BK_TINH", "BK_TTG", "CSTD_CS", "LDTT", "TT_LDXS", "CO_TD_TINH");
        for (var kind : kinds) {
            assertThat(nominees).as(kind.code()).containsAll(kind.nomineeKinds());
            assertThat(documents).as(kind.code()).containsAll(kind.requiredDocuments());
            assertThat(kind.requiredDocuments()).as(kind.code()).contains(DocumentKind.ACHIEVEMENT_REPORT.name());
        }
    }

    @Test
    void aBrokenEntryIsReportedWithItsFileAndEntry() {
        assertThatThrownBy(() -> SeedFiles.read("seeds/khong-co.yaml", SeedFiles.UnitsFile.class))
                .isInstanceOf(SeedException.class).hasMessageContaining("seeds/khong-co.yaml");
        var province = new SeedFiles.UnitEntry("laichau", "Tỉnh Lai Châu", "PROVINCE", null, null, null);
        var orphan = new SeedFiles.UnitEntry("pusamcap", "Xã Pu Sam Cáp", "COMMUNE", "sinho", null, null);
        assertThatThrownBy(() -> SeedCatalog.validUnits(java.util.List.of(province, orphan)))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("seeds/units.yaml, mục/entry 'pusamcap': đơn vị cấp trên 'sinho'");
        var underProvince = new SeedFiles.UnitEntry("pusamcap", "Xã Pu Sam Cáp", "COMMUNE", "laichau", null, null);
        assertThatThrownBy(() -> SeedCatalog.validUnits(java.util.List.of(province, underProvince)))
                .hasMessageContaining("'pusamcap'").hasMessageContaining("DISTRICT");
        var secretWithoutVote = new SeedFiles.AwardKindEntry("LDTT", "Lao động tiên tiến", "TITLE", java.util.List.of("INDIVIDUAL"),
                "COMMUNE", "Chủ tịch UBND xã", false, true, java.util.List.of("ACHIEVEMENT_REPORT"), null, null);
        assertThatThrownBy(() -> SeedCatalog.validAwardKinds(java.util.List.of(secretWithoutVote)))
                .hasMessageStartingWith("seeds/award-kinds.yaml, mục/entry 'LDTT'");
    }
}
