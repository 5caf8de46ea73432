package vn.khenthuong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/** The 2019 movements of seeds/movements.yaml: loaded, named by the sample dossiers, and never written over a board's edit. */
@SpringBootTest
@ActiveProfiles("test")
class MovementSeedsTest {

    @Autowired Catalog catalog;
    @Autowired SeedCatalog seeds;
    @Autowired MovementBook book;

    @Test
    void theFourMovementsOf2019AreLoadedWithTheirLevelPeriodAndAwards() {
        assertThat(catalog.movements()).extracting(Movement::code)
                .contains("NTM_GNBV_2016_2020", "VI_NGUOI_NGHEO_2016_2020", "DN_HOI_NHAP_2019", "VAN_HOA_CONG_SO_2019");
        Movement ntm = catalog.movement("NTM_GNBV_2016_2020").orElseThrow();
        assertThat(ntm.launchingLevel()).isEqualTo(Tier.CENTRAL);
        assertThat(ntm.launchedBy()).isNull();
        assertThat(ntm.startsOn()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(ntm.endsOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(ntm.awardKindCodes()).contains("BK_TTG", "BK_TINH");
        Movement dn = catalog.movement("DN_HOI_NHAP_2019").orElseThrow();
        assertThat(dn.launchingLevel()).isEqualTo(Tier.PROVINCE);
        assertThat(dn.launchedBy()).isEqualTo("laichau");
        assertThat(dn.yearFrom()).isEqualTo(2019);
        assertThat(dn.yearTo()).isEqualTo(2019);
    }

    @Test
    void everyMovementTheSampleDossiersNameIsInTheCatalogue() throws IOException {
        String dossiers = new ClassPathResource("seeds/sample-dossiers.yaml").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("movementCode:\\s*([A-Z0-9_]+)").matcher(dossiers);
        List<String> named = m.results().map(r -> r.group(1)).distinct().toList();
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(code -> assertThat(catalog.movement(code)).as(code).isPresent());
    }

    @Test
    void aStartUpDoesNotWriteTheSeedsOverTheBoardsEdit() {
        Movement seeded = catalog.movement("VAN_HOA_CONG_SO_2019").orElseThrow();
        book.update(seeded.code(), new MovementDraft(seeded.code(), seeded.name(), "PROVINCE", "laichau", LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 12, 31), "Chỉ tiêu do Ban sửa", List.of("BK_TINH", "GK_HUYEN")), "tinh.thamdinh");

        seeds.load(); // what every start-up does

        Movement after = catalog.movement("VAN_HOA_CONG_SO_2019").orElseThrow();
        assertThat(after.targets()).isEqualTo("Chỉ tiêu do Ban sửa");
        assertThat(after.startsOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(after.awardKindCodes()).containsExactly("BK_TINH", "GK_HUYEN");
        assertThat(after.editedBy()).isEqualTo("tinh.thamdinh");
        // A row the board never touched still follows the file.
        assertThat(catalog.movement("DN_HOI_NHAP_2019").orElseThrow().editedBy()).isNull();
        assertThat(catalog.movement("DN_HOI_NHAP_2019").orElseThrow().awardKindCodes()).containsExactly("BK_TINH");
    }
}
