package vn.khenthuong.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Several nodes starting together on one (possibly empty) PostgreSQL take turns for the whole set-up: our Flyway
 * migrations, the engine's schema creation ({@code camunda.bpm.database.schema-update}) and its indexes, the seeds
 * read into our tables, and the identity, authorization, filter and demo set-up run when the application is ready.
 * Each of these is "look, then insert", which two nodes at once turn into a duplicate key (issue 20).
 * <p>
 * A PostgreSQL advisory lock, taken in a transaction of its own, on a connection of its own, before Flyway migrates
 * (this class is the Flyway migration strategy, and everything else waits for Flyway), and released when the node
 * accepts traffic (readiness, published right after every ready listener has run), when the context fails and closes,
 * or when the node dies. A transaction-level lock cannot outlive its transaction: a pooled connection given back
 * (Hikari rolls back what is left open) or a dead session frees it. The second node waits, then finds everything done.
 * H2 serves one process only: nothing to take there.
 */
@Component
class StartupLock implements FlywayMigrationStrategy, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** One application-wide key ("KTSTART" in ASCII), the same on every node. */
    static final long KEY = 0x4B_54_53_54_41_52_54L;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(org.flywaydb.core.Flyway flyway) {
        acquire();
        flyway.migrate();
    }

    synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(false);
            if (!call(connection, "select pg_try_advisory_xact_lock(?)")) {
                log.info("Another node is setting up the database; waiting for it to finish before starting");
                long t0 = System.nanoTime();
                call(connection, "select true from pg_advisory_xact_lock(?)");
                log.info("Start-up lock taken after {} ms", (System.nanoTime() - t0) / 1_000_000);
            }
            held = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the start-up lock on the database: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
        }
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try {
            held.rollback(); // nothing was written in it: ending the transaction frees the lock
        } catch (SQLException e) {
            // The pool rolls back an open transaction when the connection comes back; a dead session has no lock.
            log.warn("Start-up lock not released explicitly: {}", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    /** A context that fails to start lets the next node go on. */
    @Override
    public void destroy() {
        release();
    }

    boolean held() {
        return held != null;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the start-up lock's connection: {}", e.getMessage());
            }
        }
    }
}
