package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class NominationsTest {

    @Autowired Nominations nominations;
    @Autowired Documents documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    int nominationRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM nomination", Integer.class);
    }

    @Test
    void registersEachNomineeKindForTheFilersCommuneWithItsDistrictAndProvince() {
        for (NewDossier d : List.of(Dossiers.individual(), Dossiers.collective(), Dossiers.household(), Dossiers.enterprise())) {
            RegisteredDossier r = nominations.register(d, "xa.pusamcap");
            assertThat(r.code()).matches("LC-2019-\\d{6}");
            assertThat(r.unitCode()).isEqualTo("pusamcap");
            assertThat(r.districtCode()).isEqualTo("sinho");
            assertThat(r.provinceCode()).isEqualTo("laichau");
            assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE code = ?", String.class, r.code())).isEqualTo("IN_PROGRESS");
        }
        RegisteredDossier household = nominations.register(Dossiers.household(), "xa.phucthan");
        assertThat(household.nomineeName()).isEqualTo("Hộ gia đình Lò Văn Pọm");
        assertThat(household.districtCode()).isEqualTo("thanuyen");
    }

    static Stream<Arguments> spoiled() {
        return Stream.of(
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineeName", " "), "nomineeName"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineeBirthYear", null), "nomineeBirthYear"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineeBirthYear", 2030), "nomineeBirthYear"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineePosition", null), "nomineePosition"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineeIdNumber", "12345"), "nomineeIdNumber"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "nomineeKind", null), "nomineeKind"),
                Arguments.of(Dossiers.with(Dossiers.collective(), "memberCount", null), "memberCount"),
                Arguments.of(Dossiers.with(Dossiers.collective(), "headName", null), "headName"),
                Arguments.of(Dossiers.with(Dossiers.household(), "headName", null), "headName"),
                Arguments.of(Dossiers.with(Dossiers.household(), "nomineeAddress", null), "nomineeAddress"),
                Arguments.of(Dossiers.with(Dossiers.household(), "memberCount", 0), "memberCount"),
                Arguments.of(Dossiers.with(Dossiers.enterprise(), "taxCode", null), "taxCode"),
                Arguments.of(Dossiers.with(Dossiers.enterprise(), "taxCode", "62-000"), "taxCode"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "achievements", ""), "achievements"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "achievements", "x".repeat(20001)), "achievements"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "year", 1900), "year"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "year", LocalDate.now().getYear() + 1), "year"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "awardKindCode", "KHONG_CO"), "awardKindCode"),
                Arguments.of(Dossiers.with(Dossiers.collective(), "awardKindCode", "CSTD_CS"), "awardKindCode"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "awardKindCode", null), "awardKindCode"),
                Arguments.of(Dossiers.with(Dossiers.with(Dossiers.individual(), "awardKindCode", "GK_HUYEN"), "year", 2026), "awardKindCode"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "movementCode", "KHONG_CO"), "movementCode"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "year", 2021), "movementCode"),
                Arguments.of(Dossiers.with(Dossiers.individual(), "procedureKind", "WHENEVER"), "procedureKind"));
    }

    @ParameterizedTest
    @MethodSource("spoiled")
    void refusesWhatAPersonCanGetWrongAndStoresNothing(NewDossier dossier, String field) {
        int before = nominationRows();
        assertThatThrownBy(() -> nominations.register(dossier, "xa.pusamcap"))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).contains(field);
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.messageVi()).isNotBlank();
                        assertThat(p.messageEn()).isNotBlank();
                    });
                });
        assertThat(nominationRows()).isEqualTo(before);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        NewDossier bad = new NewDossier("KHONG_CO", null, null, NomineeKind.INDIVIDUAL, null, null, null, null, null, null, null, null, null, null, 2019);
        assertThatThrownBy(() -> nominations.register(bad, "xa.pusamcap"))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("nomineeName", "nomineeBirthYear", "nomineePosition", "achievements", "awardKindCode"));
    }

    @Test
    void onlyACommuneOfficialFiles() {
        assertThatThrownBy(() -> nominations.register(Dossiers.individual(), "huyen.sinho"))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("unitCode"));
        assertThatThrownBy(() -> nominations.register(Dossiers.individual(), "nobody"))
                .isInstanceOf(InvalidDossierException.class);
    }

    /**
     * What happens when the process start fails after the engine's delegate registered the dossier: the surrounding
     * transaction rolls back, so no row stays and the next filing gets the same number (no gap, no half-created dossier).
     */
    @Test
    void aFilingRolledBackWithItsTransactionLeavesNoRowAndGivesItsNumberBack() {
        NewDossier dossier = Dossiers.with(Dossiers.individual(), "year", 2016);
        int rows = nominationRows();
        String[] lost = new String[1];
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            lost[0] = nominations.register(dossier, "xa.pusamcap").code();
            throw new IllegalStateException("process start failed after registerDossier");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(nominationRows()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE code = ?", Integer.class, lost[0])).isZero();
        assertThat(nominations.register(dossier, "xa.pusamcap").code()).isEqualTo(lost[0]);
    }

    @Test
    void concurrentFilingsGetDistinctConsecutiveCodes() throws Exception {
        int year = 2017;
        NewDossier dossier = Dossiers.with(Dossiers.individual(), "year", year);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> filings = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                filings.add(() -> nominations.register(dossier, "xa.pusamcap").code());
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(filings)) {
                codes.add(f.get());
            }
            List<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList();
            int first = numbers.get(0);
            assertThat(numbers).hasSize(12).doesNotHaveDuplicates();
            assertThat(numbers.get(11)).isEqualTo(first + 11);
            assertThat(codes).allMatch(c -> c.startsWith("LC-2017-"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void problemsBeforeAReviewNameTheMissingDocumentsUntilTheyAreUploaded() {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        assertThat(nominations.problemsBefore(code, Checkpoint.COMMUNE_REVIEW))
                .containsExactlyInAnyOrder("Thiếu tài liệu: Tờ trình đề nghị khen thưởng", "Thiếu tài liệu: Báo cáo thành tích");

        documents.store(code, "PROPOSAL_LETTER", "to-trinh.pdf", PDF, "xa.pusamcap");
        documents.store(code, "ACHIEVEMENT_REPORT", "bao-cao.pdf", PDF, "xa.pusamcap");
        assertThat(nominations.problemsBefore(code, Checkpoint.COMMUNE_REVIEW)).isEmpty();
    }

    @Test
    void councilMinutesAreRequiredOnlyBeforeTheProvincialAppraisal() {
        String code = nominations.register(Dossiers.with(Dossiers.individual(), "awardKindCode", "BK_TTG"), "xa.pusamcap").code();
        documents.store(code, "PROPOSAL_LETTER", "to-trinh.pdf", PDF, "xa.pusamcap");
        documents.store(code, "ACHIEVEMENT_REPORT", "bao-cao.pdf", PDF, "xa.pusamcap");
        assertThat(nominations.problemsBefore(code, Checkpoint.SUBMISSION)).isEmpty();
        assertThat(nominations.problemsBefore(code, Checkpoint.PROVINCIAL_APPRAISAL)).containsExactly("Thiếu tài liệu: Biên bản họp Hội đồng Thi đua - Khen thưởng");

        // A second version of a document is one kind, a failed round is no passed vote; a passed round replaces the minutes.
        documents.store(code, "PROPOSAL_LETTER", "to-trinh-2.pdf", PDF, "xa.pusamcap");
        tally(code, 1, false);
        assertThat(nominations.problemsBefore(code, Checkpoint.PROVINCIAL_APPRAISAL)).containsExactly("Thiếu tài liệu: Biên bản họp Hội đồng Thi đua - Khen thưởng");
        tally(code, 2, true);
        assertThat(nominations.problemsBefore(code, Checkpoint.PROVINCIAL_APPRAISAL)).isEmpty();
        assertThatThrownBy(() -> nominations.problemsBefore("LC-1999-000001", Checkpoint.PROVINCIAL_APPRAISAL)).isInstanceOf(NominationNotFoundException.class);
    }

    private void tally(String code, int round, boolean passed) {
        jdbc.update("INSERT INTO council_tally (nomination_id, council_unit, round, member_count, yes_count, no_count, abstain_count, "
                + "required_share, strictly_more, passed, tallied_at) SELECT id, 'laichau', ?, 5, ?, ?, 0, 0.5, TRUE, ?, CURRENT_TIMESTAMP "
                + "FROM nomination WHERE code = ?", round, passed ? 5 : 1, passed ? 0 : 4, passed, code);
    }

    @Test
    void outcomesAreRecordedAndClosingKeepsTheReason() {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        nominations.recordOutcome(code, "provincialAppraisal", "return", "Bổ sung biên bản", LocalDate.of(2020, 3, 1), "tinh.thamdinh");
        assertThat(jdbc.queryForMap("SELECT s.step, s.outcome, s.comment, s.actor FROM nomination_step s JOIN nomination n ON n.id = s.nomination_id WHERE n.code = ?", code))
                .containsValues("provincialAppraisal", "return", "Bổ sung biên bản", "tinh.thamdinh");

        nominations.close(code, NominationStatus.REJECTED, "Hội đồng không đủ tỷ lệ tán thành");
        assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE code = ?", String.class, code)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT closing_reason FROM nomination WHERE code = ?", String.class, code)).isEqualTo("Hội đồng không đủ tỷ lệ tán thành");
        // The trail keeps the status the dossier had before (read with the update in one statement on PostgreSQL).
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE nomination_code = ? AND event_type = 'DOSSIER_CHANGED'", String.class, code))
                .singleElement().asString().contains("\"oldValue\":\"IN_PROGRESS\"").contains("\"newValue\":\"REJECTED\"");
        assertThatThrownBy(() -> nominations.close("KT-0000-NONE", NominationStatus.REJECTED, "x")).isInstanceOf(NominationNotFoundException.class);
        assertThat(nominations.problemsBefore(code, Checkpoint.COMMUNE_REVIEW)).anyMatch(p -> p.startsWith("Hồ sơ đã kết thúc"));
        assertThatThrownBy(() -> nominations.close(code, NominationStatus.fromValue("MAYBE"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nominations.close(code, NominationStatus.IN_PROGRESS, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
