package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Failed sign-ins slow an attacker without handing them a lock-out weapon (issue 13, point 5), over real HTTP through
 * every door: {@value LoginThrottle#ACCOUNT_LIMIT} wrong passwords block an account, {@value LoginThrottle#ADDRESS_LIMIT}
 * block an address, the right password is refused during a block, blocks end by time only and Camunda never locks.
 * The throttle's clock is moved forward instead of waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleTest {

    @LocalServerPort int port;
    @Autowired LoginThrottle throttle;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    Web web;
    final MovableClock clock = new MovableClock();

    /** Ways in, each answering the same attempt in its own manner. */
    enum Door { LOGIN_PAGE, WEBAPP_LOGIN, ENGINE_REST_BASIC, API_BASIC }

    /** What an attempt came to: signed in, wrong password, or refused for a while ({@code retryAfter} seconds). */
    record Outcome(String kind, long retryAfter) {
        static final Outcome OK = new Outcome("ok", 0);
        static final Outcome WRONG = new Outcome("wrong", 0);
    }

    @BeforeEach
    void setUp() {
        web = new Web(port);
        throttle.useClock(clock);
    }

    @AfterEach
    void cleanUp() {
        throttle.useClock(Clock.systemUTC());
        jdbc.update("DELETE FROM login_throttle");
    }

    Outcome attempt(Door door, String user, String password) throws Exception {
        switch (door) {
            case LOGIN_PAGE -> {
                HttpResponse<String> r = web.loginForm(user, password);
                assertThat(r.statusCode()).isEqualTo(302);
                String location = r.headers().firstValue("Location").orElse("");
                if (location.contains("/login?throttled=")) {
                    return new Outcome("throttled", Long.parseLong(location.substring(location.indexOf('=') + 1)));
                }
                return location.contains("/login?error") ? Outcome.WRONG : Outcome.OK;
            }
            case WEBAPP_LOGIN -> {
                // As Tasklist's own login form: the page gives Camunda's CSRF token, the login sends it back.
                HttpResponse<String> page = web.send(web.get("/camunda/api/admin/auth/user/default"));
                String xsrf = Web.cookie(page, "XSRF-TOKEN");
                String session = Web.cookie(page, "JSESSIONID");
                return api(web.send(web.post("/camunda/api/admin/auth/user/default/login/tasklist",
                        "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))
                        .header("Origin", web.origin()).header("X-XSRF-TOKEN", xsrf)
                        .header("Cookie", "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID=" + session))));
            }
            case ENGINE_REST_BASIC -> {
                return api(web.send(Web.basic(web.get("/engine-rest/task/count"), user, password)));
            }
            default -> {
                return api(web.send(Web.basic(web.get("/api/units"), user, password)));
            }
        }
    }

    private static Outcome api(HttpResponse<String> r) {
        if (r.statusCode() == 429) {
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("Đăng nhập sai quá nhiều lần");
            return new Outcome("throttled", Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()));
        }
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isIn(200, 401);
        return r.statusCode() == 200 ? Outcome.OK : Outcome.WRONG;
    }

    /** The test client's address (127.0.0.1 or ::1, whichever localhost resolved to): the only address row. */
    int addressFailures() {
        return jdbc.queryForObject("SELECT failures FROM login_throttle WHERE throttle_key LIKE 'address:%'", Integer.class);
    }

    static String userFor(Door door) {
        return Map.of(Door.LOGIN_PAGE, "huyen.thanuyen", Door.WEBAPP_LOGIN, "chutich.sinho",
                Door.ENGINE_REST_BASIC, "hd.thanuyen.3", Door.API_BASIC, "chutich.phucthan").get(door);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void wrongPasswordsBlockTheAccountForAMinuteEvenForTheRightPasswordThenTimeUnblocksIt(Door door) throws Exception {
        String user = userFor(door);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(attempt(door, user, "sai-" + i)).as("attempt " + i).isEqualTo(Outcome.WRONG);
        }
        assertThat(attempt(door, user, "sai-nua")).isEqualTo(new Outcome("throttled", 60));
        assertThat(attempt(door, user, "demo")).as("the right password during the block").isEqualTo(new Outcome("throttled", 60));
        // Refused attempts do not lengthen the block.
        clock.advance(Duration.ofSeconds(45));
        assertThat(attempt(door, user, "demo")).isEqualTo(new Outcome("throttled", 15));
        clock.advance(Duration.ofSeconds(16));
        assertThat(attempt(door, user, "demo")).isEqualTo(Outcome.OK);
        // Another account from the same address was never blocked.
        assertThat(attempt(door, "tinh.chutich", "demo")).isEqualTo(Outcome.OK);
    }

    @Test
    void aBlockAccountedOnOneDoorHoldsOnEveryOther() throws Exception {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(attempt(Door.values()[i % 4], "huyen.sinho", "sai")).isEqualTo(Outcome.WRONG);
        }
        for (Door door : Door.values()) {
            assertThat(attempt(door, "huyen.sinho", "demo")).as(door.name()).isEqualTo(new Outcome("throttled", 60));
        }
    }

    @Test
    void furtherFailuresAfterABlockDoubleItUpToFifteenMinutes() throws Exception {
        String user = "hd.sinho.4";
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            attempt(Door.API_BASIC, user, "sai");
        }
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            assertThat(attempt(Door.API_BASIC, user, "demo")).isEqualTo(new Outcome("throttled", seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(attempt(Door.API_BASIC, user, "sai")).isEqualTo(Outcome.WRONG);
        }
        clock.advance(LoginThrottle.LONGEST_BLOCK);
        assertThat(attempt(Door.API_BASIC, user, "demo")).isEqualTo(Outcome.OK);
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsBlockedForEveryAccount() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            // Each account fails once only: no account limit is reached, the address's is.
            assertThat(attempt(Door.values()[i % 4], "khong.co." + i, "sai")).isEqualTo(Outcome.WRONG);
        }
        for (Door door : Door.values()) {
            assertThat(attempt(door, "thanhtra", "demo")).as(door.name()).isEqualTo(new Outcome("throttled", 60));
        }
        assertThat(addressFailures()).isEqualTo(LoginThrottle.ADDRESS_LIMIT);
        clock.advance(Duration.ofSeconds(61));
        assertThat(attempt(Door.ENGINE_REST_BASIC, "thanhtra", "demo")).isEqualTo(Outcome.OK);
        // A success does not clear the address: a guesser could otherwise reset it with an account of their own.
        assertThat(addressFailures()).isEqualTo(LoginThrottle.ADDRESS_LIMIT);
    }

    @Test
    void thirtyWrongPasswordsNeverLockTheAccountForGood() throws Exception {
        String user = "hd.laichau.5";
        for (int i = 0; i < 30; i++) {
            // Waiting out every block, so that each attempt really reaches Camunda's password check.
            assertThat(attempt(Door.values()[i % 4], user, "sai-" + i)).as("attempt " + i).isEqualTo(Outcome.WRONG);
            clock.advance(LoginThrottle.LONGEST_BLOCK.plusSeconds(1));
        }
        // Camunda counted every failure but never locked: its lock-out is switched off (application.yaml).
        Map<String, Object> row = jdbc.queryForMap("SELECT ATTEMPTS_, LOCK_EXP_TIME_ FROM ACT_ID_USER WHERE ID_ = ?", user);
        assertThat(((Number) row.get("ATTEMPTS_")).intValue()).isEqualTo(30);
        if (row.get("LOCK_EXP_TIME_") != null) {
            assertThat(((java.util.Date) row.get("LOCK_EXP_TIME_")).toInstant()).isBeforeOrEqualTo(Instant.now());
        }
        assertThat(identityService.checkPassword(user, "demo")).isTrue();
        for (Door door : Door.values()) {
            assertThat(attempt(door, user, "demo")).as(door.name()).isEqualTo(Outcome.OK);
        }
        Map<String, Object> after = jdbc.queryForMap("SELECT ATTEMPTS_, LOCK_EXP_TIME_ FROM ACT_ID_USER WHERE ID_ = ?", user);
        assertThat(after.get("LOCK_EXP_TIME_")).isNull();
        assertThat(((Number) after.get("ATTEMPTS_")).intValue()).isZero();
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsCounter() throws Exception {
        String user = "hd.pusamcap.3";
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
                assertThat(attempt(Door.ENGINE_REST_BASIC, user, "sai")).isEqualTo(Outcome.WRONG);
            }
            assertThat(attempt(Door.LOGIN_PAGE, user, "demo")).isEqualTo(Outcome.OK);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", Integer.class,
                LoginThrottle.accountKey(user))).isZero();
        // The address keeps its count (12 of 20): nothing blocked.
        assertThat(addressFailures()).isEqualTo(3 * (LoginThrottle.ACCOUNT_LIMIT - 1));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAny() throws Exception {
        String user = "hd.pusamcap.2";
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            attempt(Door.API_BASIC, user, "sai");
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertThat(attempt(Door.API_BASIC, user, "sai")).isEqualTo(Outcome.WRONG);
        }
        assertThat(attempt(Door.API_BASIC, user, "demo")).isEqualTo(Outcome.OK);
    }

    @Test
    void concurrentFailuresAreAllCountedAndEndInOneBlock() throws Exception {
        String user = "hd.phucthan.3";
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<Outcome> call = () -> {
                    start.await();
                    return attempt(Door.ENGINE_REST_BASIC, user, "sai");
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int wrong = 0;
            for (Future<Outcome> f : results) {
                Outcome o = f.get(); // any 500 fails inside attempt()
                if (o.equals(Outcome.WRONG)) {
                    wrong++;
                } else {
                    assertThat(o.kind()).isEqualTo("throttled");
                }
            }
            assertThat(wrong).isGreaterThanOrEqualTo(LoginThrottle.ACCOUNT_LIMIT);
            // Every password check that failed was counted for the address: no lost update.
            assertThat(addressFailures()).isEqualTo(wrong);
            Map<String, Object> account = jdbc.queryForMap("SELECT failures, blocked_until FROM login_throttle WHERE throttle_key = ?",
                    LoginThrottle.accountKey(user));
            assertThat(((Number) account.get("failures")).intValue()).isBetween(LoginThrottle.ACCOUNT_LIMIT, wrong);
            assertThat(account.get("blocked_until")).isNotNull();
            assertThat(attempt(Door.ENGINE_REST_BASIC, user, "demo").kind()).isEqualTo("throttled");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The throttle's clock, moved forward by the test. */
    static class MovableClock extends Clock {
        /** With nanoseconds, as some system clocks give them. */
        private volatile Instant now = Instant.now().plusNanos(123);

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
