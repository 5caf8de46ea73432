package vn.khenthuong.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.Catalog;

/**
 * The 2019 pact of seeds/emulation-blocks.yaml, as loaded at start-up: the block of the report, its head, and the
 * plan targets read from the report (a result "đạt 100% KH" is the plan) — checked against the report's text.
 */
@SpringBootTest
@ActiveProfiles("test")
class PactSeedsTest {

    static final String REPORT = "seeds/source/lai-chau-emulation-report-2019.txt";

    @Autowired BlockPacts pacts;
    @Autowired Catalog catalog;

    Pact pact2019() {
        return pacts.pact("KHOI_HUYEN_TP", 2019).orElseThrow();
    }

    /** The source report the demo data is built from, kept beside the seeds. */
    static String report() throws IOException {
        return Files.readString(Path.of(REPORT));
    }

    @Test
    void the2019BlockIsTheReportsEightDistrictsHeadedByPhongTho() {
        Pact pact = pact2019();
        assertThat(pact.headUnit()).isEqualTo("phongtho");
        assertThat(pact.members()).containsExactlyInAnyOrder("tp-laichau", "phongtho", "tanuyen", "tamduong", "muongte", "sinho", "namnhun", "thanuyen");
        assertThat(pact.totalWeight()).isEqualByComparingTo("100");
        assertThat(pact.indicators()).extracting(Indicator::code).containsExactly("THU_NGAN_SACH", "THU_NHAP_BINH_QUAN", "TY_LE_HO_NGHEO",
                "CHE_PHU_RUNG", "VIEC_LAM_MOI", "DAO_TAO_NGHE", "THON_BAN_VAN_HOA", "KY_KET_GIAO_UOC");
        assertThat(pact.indicator("TY_LE_HO_NGHEO").orElseThrow().scoring()).isEqualTo(ScoringMethod.LOWER_IS_BETTER);
        assertThat(pact.indicator("KY_KET_GIAO_UOC").orElseThrow().scoring()).isEqualTo(ScoringMethod.YES_NO);
        // The report gives no weights: every indicator's weight is illustrative.
        assertThat(pact.indicators()).allMatch(Indicator::minhHoa);
        assertThat(PactRules.problems(pact, catalog::unit)).isEmpty();
    }

    @Test
    void thePlanTargetsTakenFromTheReportAreItsFiguresAndTheOthersAreIllustrative() throws IOException {
        Pact pact = pact2019();
        // unit, indicator, plan as stored, the report's words (comma decimals, dot thousands)
        List<List<String>> fromReport = List.of(
                List.of("tp-laichau", "THU_NHAP_BINH_QUAN", "51.6", "Thu nhập bình quân đầu người đạt 51,6 triệu đồng/năm, đạt 100% KH"),
                List.of("tanuyen", "THU_NHAP_BINH_QUAN", "33", "Thu nhập bình quân đầu người 33 triệu đồng/năm, đạt 100% KH"),
                List.of("tamduong", "THU_NHAP_BINH_QUAN", "27", "thu nhập bình quân đầu người đạt 27 triệu đồng/năm, đạt 100% KH"),
                List.of("tamduong", "VIEC_LAM_MOI", "1030", "Giải quyết việc làm cho 1.030 người, đạt 100% KH"),
                List.of("tamduong", "THON_BAN_VAN_HOA", "76.3", "76,3% số bản"),
                List.of("sinho", "DAO_TAO_NGHE", "1346", "đào tạo nghề cho 1.346 người đạt 100% kế hoạch"),
                List.of("sinho", "CHE_PHU_RUNG", "38.64", "Tỷ lệ che phủ rừng 38,64%, đạt 100% kế hoạch"));
        String report = report();
        for (List<String> f : fromReport) {
            PlanTarget target = pact.target(f.get(0), f.get(1)).orElseThrow();
            assertThat(target.value()).as(f.get(0) + " " + f.get(1)).isEqualByComparingTo(new BigDecimal(f.get(2)));
            assertThat(target.minhHoa()).as(f.get(0) + " " + f.get(1) + " comes from the report").isFalse();
            assertThat(report).as("the report's words for " + f.get(0) + " " + f.get(1)).contains(f.get(3));
        }
        // Values the report does not give are illustrative, e.g. Phong Thổ's jobs and every poverty-rate plan.
        assertThat(pact.target("phongtho", "VIEC_LAM_MOI").orElseThrow().minhHoa()).isTrue();
        assertThat(pact.targets()).filteredOn(t -> t.indicatorCode().equals("TY_LE_HO_NGHEO")).hasSize(8).allMatch(PlanTarget::minhHoa);
        assertThat(pact.targets()).hasSize(64);
        assertThat(pact.targets()).filteredOn(t -> !t.minhHoa()).hasSize(7 + 8 + 8); // the 7 above, budget 100 % of plan and the signed pact
    }

    @Test
    void theReportIsThereToCheckAgainst() throws IOException {
        assertThat(report()).contains("Trưởng Khối thi đua các huyện thành phố năm 2019").contains("huyện Phong Thổ");
    }

    @Test
    void anEditIsNeverOverwrittenByTheSeedAtTheNextStart(@Autowired JdbcPacts store,
                                                         @Autowired org.springframework.transaction.support.TransactionTemplate tx) {
        Pact seeded = pact2019();
        Pact edited = new Pact(seeded.blockCode(), 2019, seeded.name(), "sinho", null, seeded.totalWeight(), seeded.members(),
                seeded.indicators(), seeded.targets());
        tx.executeWithoutResult(s -> store.replace(edited));
        try {
            new PactSeeds(store, catalog, tx).afterPropertiesSet();
            assertThat(pact2019().headUnit()).isEqualTo("sinho");
        } finally {
            tx.executeWithoutResult(s -> store.replace(seeded));
        }
    }
}
