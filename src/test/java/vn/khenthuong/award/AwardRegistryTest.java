package vn.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.NomineeKind;

@SpringBootTest
@ActiveProfiles("test")
class AwardRegistryTest {

    @Autowired AwardRegistry awards;
    @Autowired Nominations nominations;

    String file(String name, String filedBy, int year) {
        return file(name, null, filedBy, year);
    }

    String file(String name, String idNumber, String filedBy, int year) {
        return nominations.register(new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, name, idNumber, 1980, "FEMALE",
                "Bí thư chi bộ bản", null, null, null, null, "Thành tích xuất sắc trong xây dựng nông thôn mới.", year), filedBy).code();
    }

    @Test
    void recordsOnceCopyingTheNominationsFacts() {
        String code = file("Lò Thị Đào", "xa.pusamcap", 2018);
        AwardEntry first = awards.record(code, "123/QĐ-UBND", LocalDate.of(2019, 1, 10), "tinh.chutich");
        AwardEntry again = awards.record(code, "999/QĐ-UBND", LocalDate.of(2019, 2, 1), "tinh.chutich");

        assertThat(again).isEqualTo(first);
        assertThat(first.nominationCode()).isEqualTo(code);
        assertThat(first.unitCode()).isEqualTo("pusamcap");
        assertThat(first.year()).isEqualTo(2018);
        assertThat(first.nomineeKind()).isEqualTo("INDIVIDUAL");
        assertThat(first.awardKindCode()).isEqualTo("BK_TINH");
        assertThat(first.decisionNumber()).isEqualTo("123/QĐ-UBND");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndIncludesUnitsBelow() {
        String pusamcap = awards.record(file("Đặng Thị Hường", "xa.pusamcap", 2016), "1/QĐ-UBND", LocalDate.of(2017, 1, 5), "tinh.chutich").nominationCode();
        String phucthan = awards.record(file("Đặng Văn Hưng", "xa.phucthan", 2016), "2/QĐ-UBND", LocalDate.of(2017, 1, 5), "tinh.chutich").nominationCode();

        assertThat(awards.search("dang thi huong", null, null)).extracting(AwardEntry::nominationCode).containsExactly(pusamcap);
        assertThat(awards.search("ĐẶNG", null, 2016)).extracting(AwardEntry::nominationCode).contains(pusamcap, phucthan);
        assertThat(awards.search("dang", "sinho", 2016)).extracting(AwardEntry::nominationCode).contains(pusamcap).doesNotContain(phucthan);
        assertThat(awards.search("dang", "laichau", 2016)).extracting(AwardEntry::nominationCode).contains(pusamcap, phucthan);
        assertThat(awards.search("dang", "phucthan", null)).extracting(AwardEntry::nominationCode).contains(phucthan).doesNotContain(pusamcap);
        assertThat(awards.search("dang", null, 2015)).isEmpty();
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        awards.record(file("Lường Thị 100% Hoa", "xa.pusamcap", 2016), "3/QĐ-UBND", LocalDate.of(2017, 1, 5), "tinh.chutich");
        awards.record(file("Lường Thị 1000 Hoa", "xa.pusamcap", 2016), "4/QĐ-UBND", LocalDate.of(2017, 1, 5), "tinh.chutich");

        assertThat(awards.search("100%", null, null)).extracting(AwardEntry::nomineeName).containsExactly("Lường Thị 100% Hoa");
        assertThat(awards.search("_", null, null)).isEmpty();
    }

    @Test
    void awardsOfANomineeByIdentityNumberElseByNameWithinTheYears() {
        String id = "038090001234";
        String y2019 = awards.record(file("Tòng Văn Sáng", id, "xa.pusamcap", 2019), "10/QĐ-UBND", LocalDate.of(2019, 12, 20), "tinh.chutich").nominationCode();
        String y2022 = awards.record(file("Tòng Văn Sáng", id, "xa.pusamcap", 2022), "11/QĐ-UBND", LocalDate.of(2022, 12, 20), "tinh.chutich").nominationCode();
        String y2016 = awards.record(file("Tòng Văn Sáng", id, "xa.pusamcap", 2016), "12/QĐ-UBND", LocalDate.of(2016, 12, 20), "tinh.chutich").nominationCode();
        // Same name, another person: found by name, never by the other's identity number.
        String namesake = awards.record(file("Tòng  Văn Sáng", "038090009999", "xa.phucthan", 2020), "13/QĐ-UBND", LocalDate.of(2020, 12, 20), "tinh.chutich").nominationCode();

        assertThat(awards.awardsOf(id, null, 2018, 2022)).extracting(AwardEntry::nominationCode).containsExactly(y2022, y2019);
        assertThat(awards.awardsOf(id, "ignored when the number is given", 2015, 2022)).extracting(AwardEntry::nominationCode)
                .containsExactly(y2022, y2019, y2016);
        assertThat(awards.awardsOf(null, "tong van sang", 2018, 2022)).extracting(AwardEntry::nominationCode)
                .containsExactly(y2022, namesake, y2019);
        assertThat(awards.awardsOf(null, "Tòng Văn", 2018, 2022)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> awards.awardsOf(" ", null, 2018, 2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cần số định danh");
    }

    @Test
    void storesTheRewardComputedOnTheDecisionDate() {
        String before = nominations.register(new NewDossier("GK_XA", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Lò Văn Hặc", null, 1978, "MALE",
                "Trưởng bản", null, null, null, null, "Vận động bà con trồng chè.", 2026), "xa.pusamcap").code();
        String after = nominations.register(new NewDossier("GK_XA", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Lò Thị Hoa", null, 1980, "FEMALE",
                "Chi hội trưởng phụ nữ", null, null, null, null, "Vận động bà con trồng chè.", 2026), "xa.pusamcap").code();

        AwardEntry onTheEve = awards.record(before, "10/QĐ-UBND", LocalDate.of(2026, 6, 30), "chu.tich.xa");
        AwardEntry onTheDay = awards.record(after, "11/QĐ-UBND", LocalDate.of(2026, 7, 1), "chu.tich.xa");

        // 0.15 × 2,340,000 = 351,000 → rounded up to 360,000; from 1 July 2026: 0.15 × 2,530,000 = 379,500 → 380,000.
        assertThat(onTheEve.rewardCoefficient()).isEqualByComparingTo("0.15");
        assertThat(onTheEve.baseSalary()).isEqualTo(2340000L);
        assertThat(onTheEve.rewardAmount()).isEqualTo(360000L);
        assertThat(onTheDay.baseSalary()).isEqualTo(2530000L);
        assertThat(onTheDay.rewardAmount()).isEqualTo(380000L);
        assertThat(awards.search("lo thi hoa", "pusamcap", 2026)).singleElement().extracting(AwardEntry::rewardAmount).isEqualTo(380000L);
    }
}
