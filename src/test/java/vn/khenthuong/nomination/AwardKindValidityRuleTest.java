package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.Catalog;

/**
 * A kind the catalogue no longer (or not yet) offers is refused on the dossier's reference date, as its route is read:
 * the filing date for this year's achievements, the end of an earlier achievement year (TierModels.referenceDate).
 */
@SpringBootTest
@ActiveProfiles("test")
class AwardKindValidityRuleTest {

    @Autowired Catalog catalog;

    @ParameterizedTest(name = "{0} for {1}, filed {2}: reference date {3}, accepted = {4}")
    @CsvSource({
            "GK_HUYEN, 2025, 2025-06-30, 2025-06-30, true",
            "GK_HUYEN, 2025, 2025-07-01, 2025-07-01, false",
            "GK_HUYEN, 2025, 2026-11-29, 2025-12-31, false",
            "GK_HUYEN, 2024, 2025-07-01, 2024-12-31, true",
            "GK_HUYEN, 2019, 2026-11-29, 2019-12-31, true",
            "GK_XA,    2025, 2025-07-01, 2025-07-01, true",
            "GK_XA,    2026, 2026-11-29, 2026-11-29, true",
            "CSTD_CS,  2025, 2025-07-01, 2025-07-01, true",
    })
    void referenceDateMustFallWithinTheKindsValidity(String kind, int year, LocalDate filed, LocalDate on, boolean accepted) {
        assertThat(TierModels.referenceDate(year, filed)).isEqualTo(on);
        NewDossier dossier = Dossiers.with(Dossiers.with(Dossiers.with(Dossiers.individual(), "awardKindCode", kind), "year", year),
                "movementCode", null);
        List<FieldProblem> problems = DossierRules.AWARD_KIND_APPLIES.apply(new DossierRules.Filing(dossier, year, catalog, filed));
        if (accepted) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("awardKindCode");
                assertThat(p.messageVi()).isEqualTo("\"Giấy khen của Chủ tịch UBND huyện\" chỉ áp dụng đến hết ngày 30/06/2025, "
                        + "không xét cho hồ sơ ngày " + String.format("%02d/%02d/%d", on.getDayOfMonth(), on.getMonthValue(), on.getYear()));
                assertThat(p.messageEn()).isEqualTo("GK_HUYEN is not in force on the dossier's reference date " + on + " (valid to 2025-06-30)");
            });
        }
    }
}
