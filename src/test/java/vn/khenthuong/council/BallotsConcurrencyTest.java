package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ballots, absences and the tally of one meeting racing each other in committed transactions: the round's row lock
 * makes them take turns, so no ballot is lost, counted twice, or cast into a meeting already tallied.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED) // every ballot commits, as in production
@TestPropertySource(properties = "khenthuong.test.context=ballots-concurrency") // committed rows stay out of BallotsTest's database
@Import({Ballots.class, CouncilRounds.class, vn.khenthuong.audit.AuditLog.class, vn.khenthuong.audit.AuditRecorder.class, vn.khenthuong.audit.SearchIndex.class})
class BallotsConcurrencyTest {

    static final Fraction HALF = Fraction.parse("1/2");

    @Autowired Ballots ballots;
    @Autowired CouncilRounds rounds;
    @Autowired JdbcTemplate jdbc;

    final ExecutorService pool = Executors.newFixedThreadPool(8);
    String code;
    String pi;

    @BeforeEach
    void nomination() {
        if (jdbc.queryForObject("select count(*) from unit where code = 'c-huyen'", Integer.class) == 0) {
            jdbc.update("insert into unit (code, name, tier) values ('c-tinh', 'Tỉnh thử', 'PROVINCE')");
            jdbc.update("insert into unit (code, name, tier, parent_code) values ('c-huyen', 'Huyện thử', 'DISTRICT', 'c-tinh')");
            jdbc.update("insert into award_kind (code, name, category, nominee_kinds, deciding_level, decided_by, council_vote, secret_ballot, required_documents) "
                    + "values ('C_BK', 'Bằng khen thử', 'COMMENDATION', 'INDIVIDUAL', 'PROVINCE', 'Chủ tịch', true, false, '')");
        }
        code = "C-2019-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        pi = "pi-" + code;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into nomination (code, year, unit_code, award_kind_code, nominee_kind, nominee_name, achievements, status, created_by, created_at, updated_at) "
                + "values (?, 2019, 'c-huyen', 'C_BK', 'INDIVIDUAL', 'Người thử', 'Thành tích', 'IN_PROGRESS', 'test', ?, ?)", code, now, now);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    List<String> open(int members, boolean secret) {
        List<String> ids = IntStream.rangeClosed(1, members).mapToObj(i -> "hd.c." + i).toList();
        rounds.open(code, pi, "c-huyen", secret, "group council.c-huyen", ids.stream().map(m -> new CouncilRounds.Member(m, m)).toList());
        return ids;
    }

    /** Runs the attempts together; each answer is "ok" or the HTTP status our rules refused it with. */
    List<String> race(List<Callable<Object>> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Callable<Object> attempt : attempts) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    attempt.call();
                    return "ok";
                } catch (ResponseStatusException e) {
                    return String.valueOf(e.getStatusCode().value());
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> f : results) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " t join nomination n on n.id = t.nomination_id where n.code = ?", Integer.class, code);
    }

    @Test
    void eachMemberVotesOnceWhenTheyTryTwiceAtTheSameTime() throws Exception {
        List<String> members = open(6, false);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (String m : members) {
            attempts.add(() -> { ballots.castOwn(pi, m, "yes"); return null; });
            attempts.add(() -> { ballots.castOwn(pi, m, "no"); return null; });
        }

        List<String> answers = race(attempts);

        assertThat(answers).filteredOn("ok"::equals).hasSize(6);
        assertThat(answers).filteredOn("409"::equals).hasSize(6);
        assertThat(count("council_participation")).isEqualTo(6);
        assertThat(count("council_ballot")).isEqualTo(6);
        Tally tally = ballots.tally(pi, new BigDecimal("0.5"), true, HALF);
        assertThat(tally.yesCount() + tally.noCount()).isEqualTo(6);
        assertThat(tally.participantCount()).isEqualTo(6);
    }

    @Test
    void aSecretBallotBoxLosesNoIncrementUnderConcurrentBallots() throws Exception {
        List<String> members = open(24, true);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (String m : members) {
            attempts.add(() -> { ballots.castOwn(pi, m, "yes"); return null; });
        }

        assertThat(race(attempts)).containsOnly("ok");

        assertThat(jdbc.queryForObject("select yes_count from council_secret_count s join nomination n on n.id = s.nomination_id where n.code = ?",
                Integer.class, code)).isEqualTo(24);
        assertThat(count("council_ballot")).isZero();
        assertThat(ballots.tally(pi, new BigDecimal("0.5"), true, HALF).yesCount()).isEqualTo(24);
    }

    @Test
    void aBallotRacingTheTallyIsEitherCountedOrRefused() throws Exception {
        List<String> members = open(8, false);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (String m : members) {
            attempts.add(() -> { ballots.castOwn(pi, m, "yes"); return null; });
        }
        attempts.add(() -> ballots.tally(pi, new BigDecimal("0.5"), true, HALF));

        List<String> answers = race(attempts);

        assertThat(answers.get(answers.size() - 1)).isEqualTo("ok");
        long cast = answers.subList(0, members.size()).stream().filter("ok"::equals).count();
        assertThat(answers.subList(0, members.size())).allMatch(a -> a.equals("ok") || a.equals("409"));
        Tally tally = ballots.tallies(code).get(0);
        // Every ballot that was accepted is in the count; none was written after the meeting closed.
        assertThat(tally.participantCount()).isEqualTo((int) cast);
        assertThat(tally.yesCount()).isEqualTo((int) cast);
        assertThat(count("council_participation")).isEqualTo((int) cast);
        assertThat(rounds.openRound(pi)).isEmpty();
    }

    @Test
    void theMembersOwnBallotAndTheSecretarysWrittenBallotForThemCannotBothGoIn() throws Exception {
        List<String> members = open(4, false);
        for (String m : members) {
            ballots.markAbsent(pi, m, "P/" + m, "tk");
        }
        List<Callable<Object>> attempts = new ArrayList<>();
        for (String m : members) {
            attempts.add(() -> { ballots.castOwn(pi, m, "yes"); return null; });
            attempts.add(() -> { ballots.castWritten(pi, m, "no", null, "tk"); return null; });
            attempts.add(() -> ballots.markPresent(pi, m, "tk"));
        }

        race(attempts);

        assertThat(count("council_participation")).isEqualTo(4);
        assertThat(count("council_ballot")).isEqualTo(4);
        // A written ballot exists exactly for the members whose participation is WRITTEN, and none of them is marked present.
        List<String> written = jdbc.queryForList("select p.member from council_participation p join nomination n on n.id = p.nomination_id "
                + "where n.code = ? and p.mode = 'WRITTEN' order by p.member", String.class, code);
        CouncilRound round = rounds.openRound(pi).orElseThrow();
        assertThat(rounds.roster(round)).filteredOn(RosterEntry::written).extracting(RosterEntry::member).containsExactlyElementsOf(written);
        assertThat(rounds.roster(round)).filteredOn(RosterEntry::written).allMatch(RosterEntry::absent);
        assertThat(rounds.roster(round)).allMatch(RosterEntry::tookPart);
    }
}
