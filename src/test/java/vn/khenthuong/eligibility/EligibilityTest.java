package vn.khenthuong.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.testsupport.Registry;

/**
 * The eligibility rules against the registry, with the real decision tables (processes/*.dmn through the engine).
 * Each test uses its own people, and its own unit and year where a quota is involved, since the context is shared.
 */
@SpringBootTest
@ActiveProfiles("test")
class EligibilityTest {

    private static final AtomicLong IDS = new AtomicLong(700_000_000_000L + (System.nanoTime() % 100_000) * 1_000);

    @Autowired Eligibility eligibility;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    Registry registry;

    @BeforeEach
    void setUp() {
        registry = new Registry(jdbc);
    }

    static String id() {
        return String.format("%012d", IDS.getAndIncrement());
    }

    /** A dossier still inside its unit (no submission yet), as the rules see it when it is about to leave. */
    String draft(String unit, String awardKind, int year, String name, String idNumber) {
        return registry.nomination(unit, awardKind, year, "PERIODIC", "INDIVIDUAL", name, idNumber, "IN_PROGRESS");
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    static Finding finding(Verdict v, String rule) {
        return v.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + v.findings()));
    }

    @Test
    void cstdTinhWithThreeConsecutivePeriodicCstdCoSoPasses() {
        String id = id();
        for (int year : new int[] {2017, 2018, 2019}) {
            registry.award("namtam", "CSTD_CS", year, "PERIODIC", "Lò Văn Minh", id);
        }
        Verdict v = eligibility.preview(draft("namtam", "CSTD_TINH", 2019, "Lò Văn Minh", id));

        assertThat(v.eligible()).as(v.findings().toString()).isTrue();
        assertThat(v.findings()).isEmpty();
    }

    @Test
    void aGapYearBreaksTheConsecutiveRun() {
        String id = id();
        for (int year : new int[] {2016, 2017, 2019}) {
            registry.award("namtam", "CSTD_CS", year, "PERIODIC", "Tòng Văn Hải", id);
        }
        Verdict v = eligibility.preview(draft("namtam", "CSTD_TINH", 2019, "Tòng Văn Hải", id));

        assertThat(rules(v.problems())).containsExactly("cstdTinhNeedsThreeCstdCoSo");
        Finding f = finding(v, "cstdTinhNeedsThreeCstdCoSo");
        assertThat(f.message()).contains("Chiến sĩ thi đua cơ sở").contains("năm 2018").contains("2017, 2018, 2019");
        assertThat(f.legalBasis()).contains("Luật Thi đua, khen thưởng 2022");
        assertThat(f.text()).startsWith("Chiến sĩ thi đua cấp tỉnh phải có 03 lần liên tục").contains("Căn cứ: Luật Thi đua, khen thưởng 2022");
        assertThat(f.messageEn()).contains("lacks CSTD_CS").contains("2018");
    }

    @Test
    void adHocAndThematicAwardsAreNotCountedTowardsAMeritTitle() {
        String id = id();
        registry.award("namtam", "CSTD_CS", 2017, "PERIODIC", "Lò Thị Xuân", id);
        registry.award("namtam", "CSTD_CS", 2018, "AD_HOC", "Lò Thị Xuân", id);
        registry.award("namtam", "CSTD_CS", 2019, "THEMATIC", "Lò Thị Xuân", id);
        Verdict v = eligibility.preview(draft("namtam", "CSTD_TINH", 2019, "Lò Thị Xuân", id));

        Finding f = finding(v, "cstdTinhNeedsThreeCstdCoSo");
        assertThat(f.blocking()).isTrue();
        assertThat(f.message()).contains("năm 2018, 2019").contains("đột xuất năm 2018").contains("theo chuyên đề năm 2019").contains("không được tính");
    }

    @Test
    void awardsOfSomeoneElseDoNotCountButTheSameCccdCountsAcrossUnitsAndSpellings() {
        String id = id();
        registry.award("namtam", "CSTD_CS", 2017, "PERIODIC", "Lò Văn Khánh", id());        // another person, same name
        registry.award("taphin", "CSTD_CS", 2017, "PERIODIC", "LÒ VĂN KHÁNH", id);          // the same CCCD in another commune
        registry.award("namtam", "CSTD_CS", 2018, "PERIODIC", "Lò Văn Khánh", id);
        registry.award("namtam", "CSTD_CS", 2019, "PERIODIC", "Lò Văn Khánh", id);

        assertThat(eligibility.preview(draft("namtam", "CSTD_TINH", 2019, "Lò Văn Khánh", id)).eligible()).isTrue();
        assertThat(rules(eligibility.preview(draft("namtam", "CSTD_TINH", 2019, "Lò Văn Khánh", id())).problems()))
                .containsExactly("cstdTinhNeedsThreeCstdCoSo");
    }

    @Test
    void cstdCoSoNeedsLaborTitleInTheSameYear() {
        String id = id();
        registry.laborTitles("namcha", 2018, 20, id().substring(0, 9));
        registry.award("namcha", "LDTT", 2017, "PERIODIC", "Sùng A Páo", id);
        Verdict without = eligibility.preview(draft("namcha", "CSTD_CS", 2018, "Sùng A Páo", id));
        assertThat(rules(without.problems())).containsExactly("cstdCoSoNeedsLdtt");
        assertThat(finding(without, "cstdCoSoNeedsLdtt").message()).contains("Lao động tiên tiến").contains("năm 2018");

        registry.award("namcha", "LDTT", 2018, "PERIODIC", "Sùng A Páo", id);
        assertThat(eligibility.preview(draft("namcha", "CSTD_CS", 2018, "Sùng A Páo", id)).eligible()).isTrue();
    }

    @Test
    void cstdToanQuocNeedsTwoSuccessiveProvincialTitlesThreeYearsApart() {
        String id = id();
        registry.award("phucthan", "CSTD_TINH", 2016, "PERIODIC", "Hoàng Văn Tiến", id);
        registry.award("phucthan", "CSTD_TINH", 2019, "PERIODIC", "Hoàng Văn Tiến", id);
        assertThat(eligibility.preview(draft("phucthan", "CSTD_TQ", 2019, "Hoàng Văn Tiến", id)).eligible()).isTrue();

        String other = id();
        registry.award("phucthan", "CSTD_TINH", 2018, "PERIODIC", "Hoàng Thị Hoa", other);
        registry.award("phucthan", "CSTD_TINH", 2019, "PERIODIC", "Hoàng Thị Hoa", other);
        Finding f = finding(eligibility.preview(draft("phucthan", "CSTD_TQ", 2019, "Hoàng Thị Hoa", other)), "cstdToanQuocNeedsTwoCstdTinh");
        assertThat(f.message()).contains("năm 2016").contains("cần các năm 2016, 2019");
    }

    @Test
    void provincialCertificateWithoutTwoCstdCoSoIsOnlyAReminder() {
        Verdict v = eligibility.preview(draft("namtam", "BK_TINH", 2019, "Phàn Văn Sử", id()));

        assertThat(v.eligible()).isTrue();
        assertThat(rules(v.notes())).containsExactly("bangKhenTinhTwoCstdCoSo");
        assertThat(v.notes().get(0).message()).contains("người xét kiểm tra");
    }

    @Test
    void memberSharesOfCollectivesAreRemindersTheRegistryCannotCheck() {
        String code = registry.nomination("namtam", "TT_LDXS", 2019, "PERIODIC", "COLLECTIVE", "Trường Tiểu học Nậm Tăm", null, "IN_PROGRESS");
        Verdict v = eligibility.preview(code);

        assertThat(v.eligible()).isTrue();
        assertThat(rules(v.notes())).containsExactly("tapTheLdxsMemberShare");
        assertThat(v.notes().get(0).text()).contains("70%").contains("không kiểm tra được");
    }

    @Test
    void adHocNominationsHaveNoRegistryPrerequisites() {
        String code = registry.nomination("namtam", "BK_TINH", 2019, "AD_HOC", "INDIVIDUAL", "Lù Văn Dũng", id(), "IN_PROGRESS");
        assertThat(eligibility.preview(code).findings()).isEmpty();
    }

    @Test
    void anOpenPendingMatterBlocksUntilItIsResolved() {
        String id = id();
        registry.pendingMatter(id, null, null, "DISCIPLINE");
        String code = draft("sadephin", "BK_TINH", 2019, "Vàng Văn Lả", id);

        Finding f = finding(eligibility.check(code), "noPendingMatter");
        assertThat(f.blocking()).isTrue();
        assertThat(f.message()).contains("Vàng Văn Lả").contains("xem xét kỷ luật");
        assertThat(f.legalBasis()).contains("Nghị định 98/2023/NĐ-CP");

        jdbc.update("UPDATE pending_matter SET resolved_on = DATE '2019-09-01', resolution = 'Không kỷ luật' WHERE nominee_id_number = ?", id);
        assertThat(rules(eligibility.check(code).problems())).doesNotContain("noPendingMatter");
    }

    @Test
    void aCollectiveIsFlaggedByUnitAndNameIgnoringCaseAndDiacritics() {
        registry.pendingMatter(null, "sadephin", "Hợp tác xã Chè Sà Dề Phìn", "COMPLAINT");
        String flagged = registry.nomination("sadephin", "BK_TINH", 2019, "PERIODIC", "COLLECTIVE", "hop tac xa che sa de phin", null, "IN_PROGRESS");
        String elsewhere = registry.nomination("taphin", "BK_TINH", 2019, "PERIODIC", "COLLECTIVE", "Hợp tác xã Chè Sà Dề Phìn", null, "IN_PROGRESS");

        assertThat(finding(eligibility.preview(flagged), "noPendingMatter").message()).contains("khiếu nại");
        assertThat(rules(eligibility.preview(elsewhere).findings())).doesNotContain("noPendingMatter");
    }

    @Test
    void theSameNomineeIsNotProposedTwiceForTheSameAwardAndYear() {
        String id = id();
        String first = registry.submitted("taphin", "BK_TINH", 2019, "Chảo Láo Tả", id);
        String second = draft("phangsolin", "BK_TINH", 2019, "Chảo Láo Tả", id);

        Finding f = finding(eligibility.preview(second), "notProposedTwice");
        assertThat(f.blocking()).isTrue();
        assertThat(f.message()).contains(first).contains("đang xét");
        // The one already proposed is not blocked by a draft that has not left its commune.
        assertThat(rules(eligibility.preview(first).findings())).doesNotContain("notProposedTwice");
        // Another year or another award is another proposal.
        assertThat(rules(eligibility.preview(draft("phangsolin", "BK_TINH", 2018, "Chảo Láo Tả", id)).findings())).doesNotContain("notProposedTwice");
        assertThat(rules(eligibility.preview(draft("phangsolin", "GK_XA", 2019, "Chảo Láo Tả", id)).findings())).doesNotContain("notProposedTwice");
    }

    @Test
    void withoutACccdTheSameNameInTheSameUnitIsTheSameNominee() {
        String n = id(); // keeps the names apart from other tests' nominees
        String first = registry.nomination("taphin", "BK_TINH", 2019, "PERIODIC", "INDIVIDUAL", "Lò Thị Dung " + n, null, "AWARDED");
        // Case, diacritics and spaces aside, the same name in the same commune.
        assertThat(finding(eligibility.preview(draft("taphin", "BK_TINH", 2019, "LÒ THỊ  Dung " + n, null)), "notProposedTwice").message())
                .contains(first);
        // The same name in another commune is another person; so is another CCCD on both sides.
        assertThat(rules(eligibility.preview(draft("namtam", "BK_TINH", 2019, "Lò Thị Dung " + n, null)).findings())).doesNotContain("notProposedTwice");
        String withId = registry.nomination("taphin", "BK_TINH", 2019, "PERIODIC", "INDIVIDUAL", "Lò Văn Minh " + n, id(), "AWARDED");
        assertThat(rules(eligibility.preview(draft("taphin", "BK_TINH", 2019, "Lò Văn Minh " + n, id())).findings())).doesNotContain("notProposedTwice");
        assertThat(finding(eligibility.preview(draft("taphin", "BK_TINH", 2019, "Lo Van Minh " + n, null)), "notProposedTwice").message())
                .contains(withId);
    }

    @Test
    void anAwardedOrRejectedEarlierNominationCountsOnlyWhenAwarded() {
        String awardedId = id();
        String awarded = registry.award("taphin", "BK_TINH", 2017, "PERIODIC", "Lý Văn Sơn", awardedId);
        assertThat(finding(eligibility.preview(draft("taphin", "BK_TINH", 2017, "Lý Văn Sơn", awardedId)), "notProposedTwice").message())
                .contains(awarded).contains("đã khen thưởng");

        String rejectedId = id();
        registry.nomination("taphin", "BK_TINH", 2017, "PERIODIC", "INDIVIDUAL", "Lý Thị Mai", rejectedId, "REJECTED");
        assertThat(rules(eligibility.preview(draft("taphin", "BK_TINH", 2017, "Lý Thị Mai", rejectedId)).findings())).doesNotContain("notProposedTwice");
    }

    /** Quota candidates: individuals who hold LĐTT in the year, so that only the quota can refuse them. */
    String quotaCandidate(String unit, int year) {
        String id = id();
        registry.award(unit, "LDTT", year, "PERIODIC", "Ứng viên " + id, id);
        return draft(unit, "CSTD_CS", year, "Ứng viên " + id, id);
    }

    void submittedCandidate(String unit, int year) {
        String id = id();
        registry.award(unit, "LDTT", year, "PERIODIC", "Đã trình " + id, id);
        registry.submitted(unit, "CSTD_CS", year, "Đã trình " + id, id);
    }

    @Test
    void quotaAllowsExactlyFifteenPercentRoundedDown() {
        // 20 LĐTT in the registry (17 + 3 candidates below) → 15% = 3 slots.
        registry.laborTitles("huoiluong", 2016, 17, id().substring(0, 9));
        submittedCandidate("huoiluong", 2016);
        submittedCandidate("huoiluong", 2016);
        String third = quotaCandidate("huoiluong", 2016);
        assertThat(eligibility.check(third).problems()).as("the third of 3 slots").isEmpty();
        eligibility.recordSubmission(third, "districtReview");

        Verdict fourth = eligibility.check(quotaCandidate("huoiluong", 2016));
        // the fourth candidate's own LĐTT raises the base to 21: 3.15 → still 3
        assertThat(rules(fourth.problems())).containsExactly("cstdCoSoQuota");
        assertThat(fourth.problems().get(0).message()).contains("21 cá nhân đạt Lao động tiên tiến năm 2016").contains("tối đa 3 suất")
                .contains("15%, làm tròn xuống").contains("đã dùng 3 suất");
        assertThat(fourth.problems().get(0).legalBasis()).isEqualTo("Nghị định 98/2023/NĐ-CP");
        // Re-checking one that already holds a slot does not count it against itself (the check again at appraisal).
        assertThat(eligibility.check(third).problems()).isEmpty();
    }

    @Test
    void quotaRoundsDownToNoSlotBelowSevenLaborTitlesAndOneFromSeven() {
        registry.laborTitles("banbo", 2015, 5, id().substring(0, 9));
        Verdict sixth = eligibility.check(quotaCandidate("banbo", 2015));
        assertThat(rules(sixth.problems())).containsExactly("cstdCoSoQuota");
        assertThat(sixth.problems().get(0).message()).contains("tối đa 0 suất");

        String seventh = quotaCandidate("banbo", 2015);
        assertThat(eligibility.check(seventh).problems()).isEmpty();
    }

    @Test
    void aRejectedNominationGivesItsSlotBack() {
        registry.laborTitles("muongkim", 2016, 6, id().substring(0, 9));
        String holder = quotaCandidate("muongkim", 2016);
        eligibility.recordSubmission(holder, "districtReview");
        String waiting = quotaCandidate("muongkim", 2016);
        assertThat(rules(eligibility.check(waiting).problems())).containsExactly("cstdCoSoQuota");

        jdbc.update("UPDATE nomination SET status = 'REJECTED' WHERE code = ?", holder);
        assertThat(eligibility.check(waiting).problems()).isEmpty();
    }

    /**
     * Two submissions for the last slot. The first checks and records its submission, then keeps its transaction open;
     * the second starts its check only then. Without the row lock it would count zero slots taken and pass too; with
     * it, it waits for the first to commit and is refused.
     */
    @Test
    void twoSubmissionsForTheLastSlotPassOneAtATime() throws Exception {
        registry.laborTitles("taphin", 2014, 5, id().substring(0, 9));
        String a = quotaCandidate("taphin", 2014);
        String b = quotaCandidate("taphin", 2014);       // 7 LĐTT → 1 slot
        CountDownLatch firstChecked = new CountDownLatch(1);
        List<String> passed = Collections.synchronizedList(new ArrayList<>());
        List<Long> secondWaitedMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
                if (eligibility.check(a).eligible()) {
                    eligibility.recordSubmission(a, "districtReview");
                    passed.add(a);
                }
                firstChecked.countDown();
                sleep(400);
            }));
            Future<?> second = pool.submit(() -> {
                await(firstChecked);
                long start = System.nanoTime();
                tx.executeWithoutResult(s -> {
                    if (eligibility.check(b).eligible()) {
                        eligibility.recordSubmission(b, "districtReview");
                        passed.add(b);
                    }
                });
                secondWaitedMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(passed).containsExactly(a);
        assertThat(secondWaitedMillis.get(0)).as("the second waited for the first's lock").isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination_submission s JOIN nomination n ON n.id = s.nomination_id "
                + "WHERE n.unit_code = 'taphin' AND n.year = 2014", Integer.class)).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first submission never checked");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
