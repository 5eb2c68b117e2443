package nl.handreiking.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells whether an exception means "the database cannot be reached now", which is a 503 with
 * Retry-After rather than a 500. Every cause and suppressed exception is looked at, since Hibernate,
 * the transaction manager and the security layer each wrap what the driver or the pool threw.
 *
 * <pre>
 * anywhere among the causes and suppressed exceptions              answer
 * Hibernate JDBCConnectionException                                503
 * SQLTransientConnectionException, SQLNonTransientConnectionException 503
 * SQLException with SQLState class 08 (connection exception)       503
 * SQLState 57P01 admin shutdown, 57P02 crash shutdown,
 *          57P03 cannot connect now (starting, recovering),
 *          53300 too many connections                              503
 * Agroal's "acquisition timeout" (no connection within 2 s)       503
 * XAException XAER_RMFAIL or XA_RBCOMMFAIL (commit lost its connection) 503
 * SQLState 40P01 deadlock, 40001 serialization failure (two changes
 *          at the same moment; nothing was written): {@link #concurrent} 409
 * anything else (constraint violations, SQL errors, bugs)          500
 * </pre>
 */
final class DatabaseOutage {

    /** Seconds a client is asked to wait: the pool reconnects, and an embedded database restarts, within a few. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    static boolean causedBy(Throwable error) {
        return anyCause(error, DatabaseOutage::unreachable);
    }

    /** The database broke off this transaction against another one at the same moment; a retry may succeed. */
    static boolean concurrent(Throwable error) {
        return anyCause(
                error,
                cause -> cause instanceof SQLException sql
                        && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState())));
    }

    private static boolean anyCause(Throwable error, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(error));
        while (!next.isEmpty()) {
            Throwable cause = next.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            // a failed commit is a RollbackException that carries the pool's XAException only as suppressed
            next.addAll(List.of(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))
                    || String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return cause instanceof XAException xa
                && (xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XA_RBCOMMFAIL);
    }
}
