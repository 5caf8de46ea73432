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

/** Ballots against the round's roster without the engine: our tables only (Flyway schema on the test database). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({Ballots.class, CouncilRounds.class, vn.khenthuong.audit.AuditLog.class, vn.khenthuong.audit.AuditRecorder.class, vn.khenthuong.audit.SearchIndex.class})
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
    static final String PI = "pi-ballots-test";
    static final String CODE = "T-2019-000001";

    @Autowired CouncilRounds rounds;

    CouncilRound openRound(boolean secret) {
        return rounds.open(CODE, PI, "t-huyen", secret, "group council.t-huyen",
                COUNCIL.stream().map(m -> new CouncilRounds.Member(m, "Thành viên " + m)).toList());
    }

    void own(String member, String vote) {
        ballots.castOwn(PI, member, vote);
    }

    Tally tally(String share, boolean strictlyMore) {
        return ballots.tally(PI, new BigDecimal(share), strictlyMore, TWO_THIRDS);
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void openBallotCountsOnlyTheRostersMembersAndKeepsEachChoice() {
        openRound(false);
        own("hd.a", "yes");
        own("hd.b", "yes");
        own("hd.c", "abstain");
        own("hd.d", "no");
        assertThatThrownBy(() -> own("outsider", "yes")).hasMessageContaining("không phải thành viên");

        Tally tally = tally("0.50", true);

        assertThat(tally.round()).isEqualTo(1);
        assertThat(tally.memberCount()).isEqualTo(5);
        assertThat(tally.yesCount()).isEqualTo(2);
        assertThat(tally.abstainCount()).isEqualTo(1);
        assertThat(tally.participantCount()).isEqualTo(4);
        assertThat(tally.missingCount()).isEqualTo(1);
        assertThat(tally.passed()).isFalse();
        assertThat(tally.summaryVi()).contains("không đạt", "2/5", "trên 50%", "công khai");
        assertThat(ballots.tallies(CODE)).containsExactly(tally);
        assertThat(jdbc.queryForObject("select vote from council_ballot where member = 'hd.d'", String.class)).isEqualTo("no");
        assertThat(count("select count(*) from council_participation where member = 'outsider'")).isZero();
    }

    @Test
    void theRosterIsFixedAtOpeningWithNamesAndSource() {
        CouncilRound round = openRound(true);

        assertThat(round.round()).isEqualTo(1);
        assertThat(round.secret()).isTrue();
        assertThat(round.compositionSource()).isEqualTo("group council.t-huyen");
        assertThat(rounds.members(PI)).containsExactlyElementsOf(COUNCIL);
        assertThat(rounds.roster(round)).extracting(RosterEntry::displayName).first().isEqualTo("Thành viên hd.a");
        assertThat(rounds.openRound(PI)).contains(round);
    }

    /**
     * A transaction reads the round it locked once (the meeting's turn, the ballot and the tally of one completion);
     * closing it, or opening the next, is seen at once by the same transaction.
     */
    @Test
    void oneTransactionSeesItsOwnCloseAndTheNextRound() {
        CouncilRound first = openRound(false);
        assertThat(rounds.waitForOpenRound(PI)).isTrue();
        assertThat(rounds.lockOpenRound(PI)).isEqualTo(first);
        assertThat(rounds.hasRound(PI)).isTrue();
        own("hd.a", "yes");
        tally("0.50", true);

        assertThat(rounds.waitForOpenRound(PI)).isFalse();
        assertThatThrownBy(() -> own("hd.b", "yes")).hasMessageContaining("Phiên họp đã kết thúc");
        assertThat(count("select count(*) from council_participation where member = 'hd.b'")).isZero();

        CouncilRound second = openRound(false);
        assertThat(second.round()).isEqualTo(2);
        assertThat(rounds.members(PI)).containsExactlyElementsOf(COUNCIL);
        assertThat(rounds.lockOpenRound(PI)).isEqualTo(second);
        assertThat(rounds.openRound(PI)).contains(second);
        own("hd.b", "no");
        assertThat(count("select count(*) from council_participation where member = 'hd.b' and round = 2")).isEqualTo(1);
    }

    @Test
    void aMemberVotesOncePerRound() {
        openRound(false);
        own("hd.a", "no");
        assertThatThrownBy(() -> own("hd.a", "yes")).hasMessageContaining("đã bỏ phiếu");
    }

    @Test
    void secretBallotKeepsCountsAndParticipantsButNoChoice() {
        openRound(true);
        own("hd.a", "yes");
        own("hd.b", "no");
        ballots.markAbsent(PI, "hd.c", "12/PBQ", "tk");
        ballots.castWritten(PI, "hd.c", "yes", null, "tk");
        own("hd.d", "yes");

        Tally tally = tally("0.50", true);

        assertThat(tally.yesCount()).isEqualTo(3);
        assertThat(tally.noCount()).isEqualTo(1);
        assertThat(tally.passed()).isTrue();
        assertThat(tally.summaryVi()).contains("bỏ phiếu kín");
        assertThat(count("select count(*) from council_ballot")).isZero();
        assertThat(jdbc.queryForList("select member from council_participation order by member", String.class))
                .containsExactly("hd.a", "hd.b", "hd.c", "hd.d");
        assertThat(jdbc.queryForObject("select paper_reference from council_participation where member = 'hd.c'", String.class)).isEqualTo("12/PBQ");
        // The member reads that the secretary recorded their paper, never a choice: none is kept.
        assertThat(ballots.writtenBallotsOf(CODE, "hd.c")).singleElement().satisfies(b -> {
            assertThat(b.vote()).isNull();
            assertThat(b.paperReference()).isEqualTo("12/PBQ");
            assertThat(b.recordedBy()).isEqualTo("tk");
            assertThat(b.messageVi("huyện thử")).contains("được thư ký ghi từ phiếu bằng văn bản số 12/PBQ").doesNotContain("Đồng ý");
        });
        assertThat(ballots.writtenBallotsOf(CODE, "hd.a")).isEmpty();
    }

    @Test
    void aWrittenBallotNeedsAMemberMarkedAbsentWhoHasNotVotedAndWritesNothingOtherwise() {
        openRound(false);
        own("hd.a", "yes");

        // Present (not marked absent): refused, nothing written, and the member can still vote.
        assertThatThrownBy(() -> ballots.castWritten(PI, "hd.b", "yes", "3/PBQ", "tk"))
                .hasMessageContaining("chưa được ghi vắng mặt");
        // Already voted: cannot be marked absent, and no written ballot.
        assertThatThrownBy(() -> ballots.markAbsent(PI, "hd.a", "4/PBQ", "tk")).hasMessageContaining("đã bỏ phiếu");
        assertThatThrownBy(() -> ballots.castWritten(PI, "hd.a", "no", "4/PBQ", "tk")).hasMessageContaining("đã bỏ phiếu");
        // An absence needs the paper's reference; an outsider is not on the roster; the secretary does not mark themselves.
        assertThatThrownBy(() -> ballots.markAbsent(PI, "hd.b", " ", "tk")).hasMessageContaining("số, ký hiệu");
        assertThatThrownBy(() -> ballots.markAbsent(PI, "outsider", "5/PBQ", "tk")).hasMessageContaining("không phải thành viên");
        assertThatThrownBy(() -> ballots.markAbsent(PI, "hd.e", "5/PBQ", "hd.e")).hasMessageContaining("Thư ký không tự ghi");
        assertThat(count("select count(*) from council_participation")).isEqualTo(1);
        assertThat(count("select count(*) from council_roster where absent or written_recorded_by is not null")).isZero();
        assertThat(count("select count(*) from audit_event where event_type in ('COUNCIL_MEMBER_ABSENT', 'COUNCIL_MEMBER_PRESENT')")).isZero();
        own("hd.b", "no");

        // Marked absent, then undone while no ballot; marked again, the written ballot is recorded once.
        ballots.markAbsent(PI, "hd.c", "6/PBQ", "tk");
        assertThat(ballots.markPresent(PI, "hd.c", "tk").absent()).isFalse();
        assertThatThrownBy(() -> ballots.markPresent(PI, "hd.c", "tk")).hasMessageContaining("không được ghi vắng mặt");
        ballots.markAbsent(PI, "hd.c", "7/PBQ", "tk");
        ballots.castWritten(PI, "hd.c", "abstain", null, "tk");
        assertThatThrownBy(() -> ballots.castWritten(PI, "hd.c", "yes", "7/PBQ", "tk")).hasMessageContaining("đã bỏ phiếu");
        assertThatThrownBy(() -> ballots.markPresent(PI, "hd.c", "tk")).hasMessageContaining("đã có phiếu");
        assertThat(ballots.writtenBallotsOf(CODE, "hd.c")).singleElement().satisfies(b -> {
            assertThat(b.vote()).isEqualTo("abstain");
            assertThat(b.messageVi("huyện thử")).contains("phiếu bằng văn bản số 7/PBQ", "Không biểu quyết");
        });

        // A member marked absent who comes after all votes themselves: the absence is lifted, and no paper is recorded.
        ballots.markAbsent(PI, "hd.d", "8/PBQ", "tk");
        own("hd.d", "yes");
        assertThat(rounds.roster(rounds.openRound(PI).orElseThrow())).filteredOn(e -> e.member().equals("hd.d"))
                .singleElement().satisfies(e -> {
                    assertThat(e.absent()).isFalse();
                    assertThat(e.written()).isFalse();
                    assertThat(e.tookPart()).isTrue();
                });
        assertThat(jdbc.queryForList("select details from audit_event where event_type = 'BALLOT_CAST' and actor = 'tk'", String.class))
                .singleElement().asString().contains("phiếu bằng văn bản, do thư ký ghi", "hd.c", "7/PBQ").doesNotContain("abstain");
        assertThat(jdbc.queryForList("select event_type from audit_event where event_type like 'COUNCIL_MEMBER_%' order by seq", String.class))
                .containsExactly("COUNCIL_MEMBER_ABSENT", "COUNCIL_MEMBER_PRESENT", "COUNCIL_MEMBER_ABSENT", "COUNCIL_MEMBER_ABSENT",
                        "COUNCIL_MEMBER_PRESENT");
    }

    @Test
    void withoutQuorumTheVoteFailsEvenIfEveryVoterSaidYes() {
        // 3 of 5 members took part: below two thirds (3.33), so 3 yes out of 5 (> 50%) does not pass.
        openRound(false);
        own("hd.a", "yes");
        own("hd.b", "yes");
        own("hd.c", "yes");

        Tally tally = tally("0.50", true);

        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.summaryVi()).contains("không đủ số thành viên tham gia");
    }

    @Test
    void aTallyClosesTheMeetingAndANewMeetingIsTheNextRound() {
        openRound(false);
        own("hd.a", "no");
        tally("0.70", false);
        assertThat(rounds.openRound(PI)).isEmpty();
        assertThatThrownBy(() -> own("hd.b", "yes")).hasMessageContaining("không mở");
        assertThatThrownBy(() -> tally("0.70", false)).hasMessageContaining("không mở");

        openRound(false);
        for (String member : List.of("hd.a", "hd.b", "hd.c", "hd.d")) {
            own(member, "yes");
        }
        Tally second = tally("0.70", false);

        assertThat(second.round()).isEqualTo(2);
        assertThat(second.yesCount()).isEqualTo(4);
        assertThat(second.noCount()).isZero();
        assertThat(second.passed()).isTrue();
        assertThat(rounds.rounds(CODE)).extracting(CouncilRound::round).containsExactly(1, 2);
    }

    @Test
    void refusesAnUnknownVoteAnOwnVoteOfASecretBallotAsVariableOrAnUnknownNomination() {
        openRound(true);
        assertThatThrownBy(() -> own("hd.a", "maybe")).hasMessageContaining("Phiếu phải là");
        assertThatThrownBy(() -> ballots.castOnCompletion(PI, "hd.a", "yes")).hasMessageContaining("Bỏ phiếu kín");
        assertThat(ballots.castOnCompletion(PI, "hd.a", null)).isFalse();
        assertThatThrownBy(() -> rounds.open("NOPE", "pi-x", "t-huyen", false, "group council.t-huyen",
                List.of(new CouncilRounds.Member("hd.a", "A")))).hasMessageContaining("Không có hồ sơ");
        assertThatThrownBy(() -> ballots.castOwn("no-such-instance", "hd.a", "yes")).hasMessageContaining("không mở");
    }

    @ParameterizedTest(name = "{0} of {1} members reach {2}: {3}")
    @CsvSource({"4, 6, 2/3, true", "3, 6, 2/3, false", "2, 3, 2/3, true", "10, 15, 2/3, true", "9, 15, 2/3, false", "1, 2, 0.5, true"})
    void quorumIsExact(int count, int total, String share, boolean reached) {
        assertThat(Fraction.parse(share).reachedBy(count, total)).isEqualTo(reached);
    }
}
