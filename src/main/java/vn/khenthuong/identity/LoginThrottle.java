package vn.khenthuong.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without giving anyone a lock-out weapon (docs/van-hanh.md, "Đăng nhập, phiên và chính sách
 * khóa tạm"). Failed sign-ins are counted per account and per client address; from {@value #ACCOUNT_LIMIT} failures
 * on an account (or {@value #ADDRESS_LIMIT} from one address) further attempts are refused, without checking the
 * password, for 1 minute, doubling with every further failure up to 15 minutes. Blocks end by time only; failures
 * are forgotten after an hour without any, and an account's after a successful sign-in. Kept in the database so
 * every node of a cluster sees the same counts.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    /** Replaceable so tests can let a block expire without waiting minutes. */
    private volatile Clock clock = Clock.systemUTC();

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    void useClock(Clock clock) {
        this.clock = clock;
    }

    static String accountKey(String userId) {
        return "account:" + cut(userId.toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + cut(address == null ? "?" : address);
    }

    /**
     * Where a sign-in stands before its password is checked: whole seconds until this account may be tried again from
     * this address (0 when neither is blocked), and whether the account has failures on record.
     */
    record Standing(long secondsBlocked, boolean accountFailures) {
    }

    /** Read in one statement: every HTTP Basic request of a REST client signs in, so this is on every request's path. */
    Standing standing(String userId, String address) {
        Instant now = now();
        String account = accountKey(userId);
        long[] seconds = {0};
        boolean[] accountFailures = {false};
        jdbc.query("SELECT throttle_key, blocked_until FROM login_throttle WHERE throttle_key IN (?, ?)", rs -> {
            accountFailures[0] |= account.equals(rs.getString(1));
            OffsetDateTime until = rs.getObject(2, OffsetDateTime.class);
            if (until != null) {
                long left = Duration.between(now, until.toInstant()).toMillis();
                seconds[0] = Math.max(seconds[0], (left + 999) / 1000);
            }
        }, account, addressKey(address));
        return new Standing(seconds[0], accountFailures[0]);
    }

    void failed(String userId, String address) {
        count(accountKey(userId), ACCOUNT_LIMIT);
        count(addressKey(address), ADDRESS_LIMIT);
    }

    /**
     * The account's failures are forgotten; the address's are not (a guesser could otherwise reset them with an account
     * of their own). Nothing is written when the account had none on record as the sign-in began (almost every
     * sign-in): a failure counted meanwhile by another request stays, as it would have a moment later.
     */
    void succeeded(String userId, Standing standing) {
        if (standing.accountFailures()) {
            jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey(userId));
        }
    }

    private void count(String key, int limit) {
        OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", Integer.class, key) == 0) {
            try {
                jdbc.update("INSERT INTO login_throttle (throttle_key, failures, last_failure) VALUES (?, 0, ?)", key, now);
            } catch (DuplicateKeyException e) {
                // Another node or request counted the first failure at the same moment; the row is there now.
            }
        }
        tx.executeWithoutResult(status -> jdbc.query(
                "SELECT failures, last_failure, blocked_until FROM login_throttle WHERE throttle_key = ? FOR UPDATE",
                rs -> {
                    int failures = rs.getInt(1);
                    OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime blocked = rs.getObject(3, OffsetDateTime.class);
                    if (blocked != null && blocked.isAfter(now)) {
                        return; // attempts during a block are refused before any password check and never lengthen it
                    }
                    failures = failures > 0 && last.plus(FORGET_AFTER).isBefore(now) ? 1 : failures + 1;
                    OffsetDateTime until = failures >= limit ? now.plus(block(failures - limit)) : null;
                    jdbc.update("UPDATE login_throttle SET failures = ?, last_failure = ?, blocked_until = ? WHERE throttle_key = ?",
                            failures, now, until, key);
                }, key));
    }

    /**
     * In whole milliseconds, which every database stores exactly: with nanoseconds, a block_until rounded up on storage
     * lay after the instant the check found it over, and the failure at that instant was not counted.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** 1, 2, 4, 8 minutes, then 15: the n-th failure beyond the limit (n = 0 for the one that reaches it). */
    static Duration block(int beyondLimit) {
        Duration d = FIRST_BLOCK.multipliedBy(1L << Math.min(beyondLimit, 10));
        return d.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : d;
    }

    private static String cut(String s) {
        return s.length() > 280 ? s.substring(0, 280) : s;
    }
}
