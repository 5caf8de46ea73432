package vn.khenthuong.nomination;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.PostgresCheck;

/**
 * Readable nomination codes {@code LC-<year>-<6 digits>}, consecutive per year. The counter row is locked
 * (SELECT … FOR UPDATE, or on PostgreSQL the UPDATE … RETURNING itself) in the caller's transaction, so two filings never get the same number and a rolled
 * back filing gives its number back.
 */
@Component
class NominationCodes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final String prefix;
    /** Years whose counter row exists; rows are never deleted, so once seen a year needs no check. */
    private final Set<Integer> knownYears = ConcurrentHashMap.newKeySet();
    private final PostgresCheck database;

    NominationCodes(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                    NominationProperties properties) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.prefix = properties.codePrefix();
    }

    String next(int year) {
        ensureYearRow(year);
        int value;
        if (isPostgres()) {
            // One round trip: the UPDATE takes the same row lock as SELECT … FOR UPDATE, until the caller's transaction ends.
            value = jdbc.queryForObject("UPDATE nomination_code_counter SET last_value = last_value + 1 WHERE year = ? RETURNING last_value",
                    Integer.class, year);
        } else {
            Integer last = jdbc.queryForObject("SELECT last_value FROM nomination_code_counter WHERE year = ? FOR UPDATE", Integer.class, year);
            value = last + 1;
            jdbc.update("UPDATE nomination_code_counter SET last_value = ? WHERE year = ?", value, year);
        }
        return String.format("%s-%d-%06d", prefix, year, value);
    }

    private boolean isPostgres() {
        return database.isPostgres();
    }

    /**
     * Inserts the year's row if absent, in its own transaction: on PostgreSQL a failed insert would abort the
     * caller's transaction, and a concurrent filer may insert the same row first (then we just use it).
     */
    private void ensureYearRow(int year) {
        if (knownYears.contains(year)) {
            return;
        }
        ensureYearRowInDatabase(year);
        knownYears.add(year);
    }

    private void ensureYearRowInDatabase(int year) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM nomination_code_counter WHERE year = ?", Integer.class, year);
        if (present != null && present > 0) {
            return;
        }
        try {
            separate.executeWithoutResult(s -> jdbc.update("INSERT INTO nomination_code_counter (year, last_value) VALUES (?, 0)", year));
        } catch (DataIntegrityViolationException alreadyThere) {
            // Another filing inserted it between our check and our insert.
        }
    }
}
