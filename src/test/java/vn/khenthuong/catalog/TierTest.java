package vn.khenthuong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void theCentreIsAboveTheProvinceAboveTheDistrictAboveTheCommune() {
        assertThat(Tier.CENTRAL.isAbove(Tier.PROVINCE)).isTrue();
        assertThat(Tier.PROVINCE.isAbove(Tier.DISTRICT)).isTrue();
        assertThat(Tier.DISTRICT.isAbove(Tier.COMMUNE)).isTrue();
        assertThat(Tier.PROVINCE.isAbove(Tier.PROVINCE)).isFalse();
        assertThat(Tier.COMMUNE.isAbove(Tier.CENTRAL)).isFalse();
    }

    @Test
    void everyTierHasAVietnameseLabel() {
        assertThat(Tier.values()).extracting(Tier::label).containsExactly("Trung ương", "Cấp tỉnh", "Cấp huyện", "Cấp xã");
    }

    @Test
    void unitsAreProvincesDistrictsAndCommunesButNeverTheCentre() {
        assertThat(Tier.LOCAL).containsExactly(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE);
        assertThat(Tier.CENTRAL.local()).isFalse();
    }

    @Test
    void aTierIsReadFromTheLevelOfTheRouteTable() {
        assertThat(Tier.of("CENTRAL")).contains(Tier.CENTRAL);
        assertThat(Tier.of("central")).isEmpty();
        assertThat(Tier.of(null)).isEmpty();
    }

    @Test
    void eachLevelOfARouteIsActedOnByOneUnitOfTheLineage() {
        Lineage threeTier = Lineage.of(List.of(unit("X1", Tier.COMMUNE), unit("H1", Tier.DISTRICT), unit("T1", Tier.PROVINCE)));
        assertThat(threeTier).isEqualTo(new Lineage("X1", "H1", "T1"));
        assertThat(threeTier.unitAt(Tier.COMMUNE)).isEqualTo("X1");
        assertThat(threeTier.unitAt(Tier.DISTRICT)).isEqualTo("H1");
        assertThat(threeTier.unitAt(Tier.PROVINCE)).isEqualTo("T1");
        // The provincial board enters the centre's decision.
        assertThat(threeTier.unitAt(Tier.CENTRAL)).isEqualTo("T1");
        Lineage twoTier = Lineage.of(List.of(unit("X2", Tier.COMMUNE), unit("T1", Tier.PROVINCE)));
        assertThat(twoTier.unitAt(Tier.DISTRICT)).isNull();
    }

    private static Unit unit(String code, Tier tier) {
        return new Unit(code, code, tier, null, LocalDate.of(2000, 1, 1), null);
    }
}
