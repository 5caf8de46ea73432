package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures mean "the database is unreachable" (answered 503) and which stay ordinary errors. */
class DatabaseOutageTest {

    @Test
    void aPooledConnectionFoundBrokenCountsAsAnOutageEvenDeepInsideTheEngine() {
        // What the engine's identity lookup threw when PostgreSQL went away under an idle pool (SQLSTATE 08006).
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutage.in(new ProcessEngineException("query failed", new PersistenceException("### Error querying database.", io)))).isTrue();
        assertThat(DatabaseOutage.in(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.in(new RuntimeException(new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")))).isTrue();
        // The engine's rollback on the dead connection fails as well; the first failure is kept as the application exception.
        org.springframework.transaction.TransactionSystemException rollback =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new PersistenceException(io));
        assertThat(DatabaseOutage.in(new ProcessEngineException("persistence", rollback))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseOutage.in(new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.in(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.in(new IllegalStateException("not a database error"))).isFalse();
    }
}
