package vn.khenthuong.identity;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is unreachable, for the three doors that answer it with 503 (our filters, /api,
 * the engine's REST API). Besides the pool's timeout it counts a pooled connection found broken (SQL state class 08,
 * "connection exception", or 57P, the server shutting down): when the server goes away, the first requests take idle connections that fail at once.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            // A rollback on the dead connection fails too and takes the place of the first failure, which Spring keeps
            // aside as the "application exception" rather than as a cause.
            if (t instanceof TransactionSystemException r && r.getApplicationException() != null && in(r.getApplicationException())) {
                return true;
            }
            // 08: connection exception; 57P01–57P03: the server is shutting down or not accepting connections yet.
            if (t instanceof SQLException s && s.getSQLState() != null && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
