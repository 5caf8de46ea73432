package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
@Import(Ballots.class)
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

    @Test
    void countsOnlyTheCouncilsBallotsAndLetsAMemberCorrectTheirsBeforeTheTally() {
        ballots.record("T-2019-000001", "t-huyen", "hd.a", "no");
        ballots.record("T-2019-000001", "t-huyen", "hd.a", "yes");
        ballots.record("T-2019-000001", "t-huyen", "hd.b", "yes");
        ballots.record("T-2019-000001", "t-huyen", "hd.c", "abstain");
        ballots.record("T-2019-000001", "t-huyen", "outsider", "yes");

        Tally tally = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.50"), true);

        assertThat(tally.round()).isEqualTo(1);
        assertThat(tally.yesCount()).isEqualTo(2);
        assertThat(tally.abstainCount()).isEqualTo(1);
        assertThat(tally.missingCount()).isEqualTo(2);
        assertThat(tally.passed()).isFalse();
        assertThat(tally.summaryVi()).contains("không đạt", "2/5", "trên 50%");
        assertThat(ballots.tallies("T-2019-000001")).containsExactly(tally);
    }

    @Test
    void aNewRoundStartsAfterATally() {
        ballots.record("T-2019-000001", "t-huyen", "hd.a", "no");
        ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.70"), false);
        for (String member : List.of("hd.a", "hd.b", "hd.c", "hd.d")) {
            ballots.record("T-2019-000001", "t-huyen", member, "yes");
        }

        Tally second = ballots.tally("T-2019-000001", "t-huyen", COUNCIL, new BigDecimal("0.70"), false);

        assertThat(second.round()).isEqualTo(2);
        assertThat(second.yesCount()).isEqualTo(4);
        assertThat(second.noCount()).isZero();
        assertThat(second.passed()).isTrue();
    }

    @Test
    void refusesAnUnknownVoteOrNomination() {
        assertThatThrownBy(() -> ballots.record("T-2019-000001", "t-huyen", "hd.a", "maybe")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ballots.record("NOPE", "t-huyen", "hd.a", "yes")).hasMessageContaining("Không có hồ sơ");
    }
}
