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
                "GK_HUYEN", "GK_XA", "BK_TINH", "BK_TTG", "CSTD_CS", "CSTD_TINH", "CSTD_TQ", "LDTT", "TT_LDTT", "TT_LDXS",
                "CO_TD_TINH", "CO_TD_CP");
        assertThat(SeedCatalog.validAwardKinds(kinds)).isSameAs(kinds);
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
                "COMMUNE", "Chủ tịch UBND xã", false, true, java.util.List.of("ACHIEVEMENT_REPORT"), null, null, null, null, true, null, "Luật", "unconfirmed");
        assertThatThrownBy(() -> SeedCatalog.validAwardKinds(java.util.List.of(secretWithoutVote)))
                .hasMessageStartingWith("seeds/award-kinds.yaml, mục/entry 'LDTT'");
    }

    static SeedFiles.AwardKindEntry cstdCoSo(Boolean councilVote, String councilLevel, Boolean merit, java.util.List<SeedFiles.AuthorityEntry> earlier) {
        return new SeedFiles.AwardKindEntry("CSTD_CS", "Chiến sĩ thi đua cơ sở", "TITLE", java.util.List.of("INDIVIDUAL"), "COMMUNE",
                "Chủ tịch UBND cấp xã", councilVote, false, java.util.List.of("ACHIEVEMENT_REPORT"), null, null, councilLevel, null, merit, earlier, "Luật", "unconfirmed");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenAwardKinds() {
        var until2025 = new SeedFiles.AuthorityEntry(null, java.time.LocalDate.of(2025, 6, 30), "DISTRICT", "Chủ tịch UBND huyện", "DISTRICT", "Nghị định", "unconfirmed");
        var overlapping = new SeedFiles.AuthorityEntry(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31), "DISTRICT", "Chủ tịch UBND huyện", "DISTRICT", "Nghị định", "unconfirmed");
        var openEnded = new SeedFiles.AuthorityEntry(null, null, "DISTRICT", "Chủ tịch UBND huyện", "DISTRICT", "Nghị định", "unconfirmed");
        var noCouncilLevel = new SeedFiles.AuthorityEntry(null, java.time.LocalDate.of(2025, 6, 30), "DISTRICT", "Chủ tịch UBND huyện", null, "Nghị định", "unconfirmed");
        var badTier = new SeedFiles.AuthorityEntry(null, java.time.LocalDate.of(2025, 6, 30), "HUYEN", "Chủ tịch UBND huyện", "DISTRICT", "Nghị định", "unconfirmed");
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, null, true, null), "councilLevel is required"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(false, "COMMUNE", true, null), "councilLevel without a council vote"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "XA", true, null), "invalid councilLevel"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "COMMUNE", null, null), "merit is required"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "COMMUNE", true, java.util.List.of(openEnded)), "needs validTo"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "COMMUNE", true, java.util.List.of(noCouncilLevel)), "councilLevel is required"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "COMMUNE", true, java.util.List.of(badTier)), "invalid decidingLevel"),
                org.junit.jupiter.params.provider.Arguments.of(cstdCoSo(true, "COMMUNE", true, java.util.List.of(until2025, overlapping)), "not overlapping"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenAwardKinds")
    void aBrokenAwardKindIsRefusedWithItsReason(SeedFiles.AwardKindEntry entry, String reason) {
        assertThatThrownBy(() -> SeedCatalog.validAwardKinds(java.util.List.of(entry)))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("seeds/award-kinds.yaml, mục/entry 'CSTD_CS")
                .hasMessageContaining(reason);
    }

    @Test
    void aWellFormedEarlierAuthorityPasses() {
        var until2025 = new SeedFiles.AuthorityEntry(null, java.time.LocalDate.of(2025, 6, 30), "DISTRICT", "Chủ tịch UBND huyện", "DISTRICT", "Nghị định", "unconfirmed");
        assertThat(SeedCatalog.validAwardKinds(java.util.List.of(cstdCoSo(true, "COMMUNE", true, java.util.List.of(until2025))))).hasSize(1);
    }
}
