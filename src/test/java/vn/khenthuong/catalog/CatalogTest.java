package vn.khenthuong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The catalogue as loaded into the database from seeds/award-kinds.yaml: LAW.md's table, with dated authorities. */
@SpringBootTest
@ActiveProfiles("test")
class CatalogTest {

    @Autowired Catalog catalog;

    @ParameterizedTest(name = "{0}: {1}, council {5} at {6}, secret {7}, central {8}, merit {9}")
    @CsvSource(delimiter = '|', value = {
            "LDTT       | Lao động tiên tiến                  | TITLE        | INDIVIDUAL                               | COMMUNE  | false |          | false | false | true",
            "CSTD_CS    | Chiến sĩ thi đua cơ sở              | TITLE        | INDIVIDUAL                               | COMMUNE  | true  | COMMUNE  | true  | false | true",
            "CSTD_TINH  | Chiến sĩ thi đua cấp tỉnh           | TITLE        | INDIVIDUAL                               | PROVINCE | true  | PROVINCE | true  | false | true",
            "CSTD_TQ    | Chiến sĩ thi đua toàn quốc          | TITLE        | INDIVIDUAL                               | PROVINCE | true  | PROVINCE | true  | true  | true",
            "TT_LDTT    | Tập thể lao động tiên tiến          | TITLE        | COLLECTIVE                               | COMMUNE  | false |          | false | false | true",
            "TT_LDXS    | Tập thể lao động xuất sắc           | TITLE        | COLLECTIVE                               | PROVINCE | true  | PROVINCE | false | false | true",
            "CO_TD_TINH | Cờ thi đua của UBND tỉnh            | TITLE        | COLLECTIVE                               | PROVINCE | true  | PROVINCE | false | false | true",
            "CO_TD_CP   | Cờ thi đua của Chính phủ            | TITLE        | COLLECTIVE                               | PROVINCE | true  | PROVINCE | false | true  | true",
            "GK_XA      | Giấy khen của Chủ tịch UBND xã      | COMMENDATION | INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE | COMMUNE  | false |          | false | false | false",
            "GK_HUYEN   | Giấy khen của Chủ tịch UBND huyện   | COMMENDATION | INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE | DISTRICT | false |          | false | false | false",
            "BK_TINH    | Bằng khen của Chủ tịch UBND tỉnh    | COMMENDATION | INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE | PROVINCE | true  | PROVINCE | false | false | true",
            "BK_TTG     | Bằng khen của Thủ tướng Chính phủ   | COMMENDATION | INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE | PROVINCE | true  | PROVINCE | false | true  | true",
    })
    void everyKindOfLawMdIsSeeded(String code, String name, String category, String nominees, Tier level, boolean council,
                                  Tier councilLevel, boolean secret, boolean central, boolean merit) {
        AwardKind kind = catalog.awardKind(code).orElseThrow();
        assertThat(kind.name()).isEqualTo(name);
        assertThat(kind.category()).isEqualTo(category);
        assertThat(String.join(",", kind.nomineeKinds())).isEqualTo(nominees);
        assertThat(kind.decidingLevel()).isEqualTo(level);
        assertThat(kind.councilVote()).isEqualTo(council);
        assertThat(kind.councilLevel()).isEqualTo(councilLevel);
        assertThat(kind.secretBallot()).isEqualTo(secret);
        assertThat(kind.centralDecision()).isEqualTo(central);
        assertThat(kind.merit()).isEqualTo(merit);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}, {3}, council {4}")
    @CsvSource({
            "CSTD_CS,  2025-06-30, DISTRICT, Chủ tịch UBND cấp huyện, DISTRICT",
            "CSTD_CS,  2025-07-01, COMMUNE,  'Chủ tịch UBND cấp xã / Thủ trưởng cơ quan, đơn vị', COMMUNE",
            "LDTT,     2019-12-31, DISTRICT, 'Chủ tịch UBND cấp huyện / Thủ trưởng cơ quan, đơn vị',",
            "LDTT,     2025-07-01, COMMUNE,  'Chủ tịch UBND cấp xã / Thủ trưởng cơ quan, đơn vị',",
            "TT_LDTT,  2025-06-30, DISTRICT, 'Chủ tịch UBND cấp huyện / Thủ trưởng cơ quan, đơn vị',",
            "BK_TINH,  2025-06-30, PROVINCE, Chủ tịch UBND tỉnh, DISTRICT",
            "BK_TINH,  2025-07-01, PROVINCE, Chủ tịch UBND tỉnh, PROVINCE",
            "GK_XA,    2019-01-01, COMMUNE,  Chủ tịch UBND xã,",
    })
    void theDistrictChairmansRolePassesToTheCommuneChairmanOnFirstJuly2025(String code, LocalDate date, Tier level, String by, Tier council) {
        AwardAuthority authority = catalog.awardKind(code).orElseThrow().authorityOn(date);
        assertThat(authority.decidingLevel()).isEqualTo(level);
        assertThat(authority.decidedBy()).isEqualTo(by);
        assertThat(authority.councilLevel()).isEqualTo(council);
    }

    @Test
    void theDistrictGiayKhenEndsWithTheDistricts() {
        AwardKind district = catalog.awardKind("GK_HUYEN").orElseThrow();
        assertThat(district.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(district.validOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(catalog.awardKind("GK_XA").orElseThrow().validOn(LocalDate.of(2025, 7, 1))).isTrue();
    }
}
