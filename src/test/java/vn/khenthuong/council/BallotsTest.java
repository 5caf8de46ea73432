package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Ballots without the engine: our tables only (Flyway schema on the test database). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({Ballots.class, vn.khenthuong.audit.AuditLog.class, vn.khenthuong.audit.SearchIndex.class})
class BallotsTest {

    static final List<String> COUNCIL = List.of("hd.a", "hd.b", "hd.c", "hd.d", "hd.e");

    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void nomination() {
        jdbc.update("insert into unit (code, name, tier) values ('t-tinh', 'Tỉnh thử', 'PROVINCE')");
        jdbc.update("insert into unit (code, name, tier, parent_code) values ('t-huyen', 'Huyện thử', 'DISTRICT', 't-tinh')");
        jdbc.update("insert into award_kind (code, name, category, nominee_kinds, deciding_level, decided_by, council_vote, secret_ballot, required_documents) "
                + "values ('T_BK', 'Bằng khen thử', 'COMMENDATION', 'INDIVIDUAL', 'PROVINCE', 'Chủ tịch', true, false, '')");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into nomination (code, year, unit_code, award_kind_code, nominee_kind, nominee_name, achievements, status, created_by, created_at, updated_at) "
                + "values ('T-2019-000001', 2019, 't-huyen', 'T_BK', 'INDIVIDUAL', 'Người thử', 'Thành tích', 'IN_PROGRESS', 'test', ?, ?)", now, now);
    }

    static final Fraction TWO_THIRDS = Fraction.parse("2/3");

    void open(String member, String vote) {
        ballots.cast("T-2019-000001", "t-huyen", member, vote, false, Ballots.IN_PERSON, null, member);
    }

    @Test
    void openBallotCountsOnlyTheCouncilsMembersAndKeepsEachChoice() {
        open("hd.a", "yes");
        open("hd.b", "yes");
        open("hd.c", "abstain");
        open("hd.d", "no");
        open("outsider", "yes");

        Tally tally = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.50"), true, TWO_THIRDS, false);

        assertThat(tally.round()).isEqualTo(1);
        assertThat(tally.yesCount()).isEqualTo(2);
        assertThat(tally.abstainCount()).isEqualTo(1);
        assertThat(tally.participantCount()).isEqualTo(4);
        assertThat(tally.missingCount()).isEqualTo(1);
        assertThat(tally.passed()).isFalse();
        assertThat(tally.summaryVi()).contains("không đạt", "2/5", "trên 50%", "công khai");
        assertThat(ballots.tallies("T-2019-000001")).containsExactly(tally);
        assertThat(jdbc.queryForObject("select vote from council_ballot where member = 'hd.d'", String.class)).isEqualTo("no");
    }

    @Test
    void aMemberVotesOnceperRound() {
        open("hd.a", "no");
        assertThatThrownBy(() -> open("hd.a", "yes")).hasMessageContaining("đã bỏ phiếu");
    }

    @Test
    void secretBallotKeepsCountsAndParticipantsButNoChoice() {
        ballots.cast("T-2019-000001", "t-huyen", "hd.a", "yes", true, Ballots.IN_PERSON, null, "hd.a");
        ballots.cast("T-2019-000001", "t-huyen", "hd.b", "no", true, Ballots.IN_PERSON, null, "hd.b");
        ballots.cast("T-2019-000001", "t-huyen", "hd.c", "yes", true, Ballots.WRITTEN, "12/PBQ", "hd.a");
        ballots.cast("T-2019-000001", "t-huyen", "hd.d", "yes", true, Ballots.IN_PERSON, null, "hd.d");

        Tally tally = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.50"), true, TWO_THIRDS, true);

        assertThat(tally.yesCount()).isEqualTo(3);
        assertThat(tally.noCount()).isEqualTo(1);
        assertThat(tally.passed()).isTrue();
        assertThat(tally.summaryVi()).contains("bỏ phiếu kín");
        assertThat(jdbc.queryForObject("select count(*) from council_ballot", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select member from council_participation order by member", String.class))
                .containsExactly("hd.a", "hd.b", "hd.c", "hd.d");
        assertThat(jdbc.queryForObject("select paper_reference from council_participation where member = 'hd.c'", String.class)).isEqualTo("12/PBQ");
    }

    @Test
    void withoutQuorumTheVoteFailsEvenIfEveryVoterSaidYes() {
        // 3 of 5 members took part: below two thirds (3.33), so 3 yes out of 5 (> 50%) does not pass.
        open("hd.a", "yes");
        open("hd.b", "yes");
        open("hd.c", "yes");

        Tally tally = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.50"), true, TWO_THIRDS, false);

        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.summaryVi()).contains("không đủ số thành viên tham gia");
    }

    @Test
    void aNewRoundStartsAfterATally() {
        open("hd.a", "no");
        ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.70"), false, TWO_THIRDS, false);
        for (String member : List.of("hd.a", "hd.b", "hd.c", "hd.d")) {
            open(member, "yes");
        }

        Tally second = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.70"), false, TWO_THIRDS, false);

        assertThat(second.round()).isEqualTo(2);
        assertThat(second.yesCount()).isEqualTo(4);
        assertThat(second.noCount()).isZero();
        assertThat(second.passed()).isTrue();
    }

    @Test
    void refusesAnUnknownVoteAWrittenBallotWithoutReferenceOrAnUnknownNomination() {
        assertThatThrownBy(() -> open("hd.a", "maybe")).hasMessageContaining("Phiếu phải là");
        assertThatThrownBy(() -> ballots.cast("T-2019-000001", "t-huyen", "hd.a", "yes", true, Ballots.WRITTEN, " ", "hd.b"))
                .hasMessageContaining("số, ký hiệu");
        assertThatThrownBy(() -> ballots.cast("NOPE", "t-huyen", "hd.a", "yes", false, Ballots.IN_PERSON, null, "hd.a")).hasMessageContaining("Không có hồ sơ");
    }

    @ParameterizedTest(name = "{0} of {1} members reach {2}: {3}")
    @CsvSource({"4, 6, 2/3, true", "3, 6, 2/3, false", "2, 3, 2/3, true", "10, 15, 2/3, true", "9, 15, 2/3, false", "1, 2, 0.5, true"})
    void quorumIsExact(int count, int total, String share, boolean reached) {
        assertThat(Fraction.parse(share).reachedBy(count, total)).isEqualTo(reached);
    }
}
