package cn.energyinspect.app.web;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage from a bug by the cause chain, whichever layer wrapped it (MyBatis, Spring, Camunda's persistence
 * exception, a servlet filter): an outage is answered 503 with {@code Retry-After} and logged as a warning, a bug 500.
 */
public final class Failures {
    private static final int MAX_DEPTH = 32;

    private Failures() {}

    /**
     * The database did not answer: no connection within the pool's timeout, the connection broke or timed out (SQL
     * state class 08, "connection exception"). A transaction whose connection broke in the middle (the server killed)
     * also fails its rollback: Spring then throws the rollback's failure (the pool's "Connection is closed", with no
     * SQL state) and keeps the first one as the application exception, which is looked at too.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && databaseUnavailable(rollbackFailed.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Reading the request timed out: the client stopped sending in the middle of its body. */
    public static boolean readTimedOut(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
