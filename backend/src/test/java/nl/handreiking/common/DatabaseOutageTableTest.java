package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of DatabaseOutage: what is "the database cannot be reached" (503) and what stays a 500. */
class DatabaseOutageTableTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("connection failure 08006", new SQLException("An I/O error occurred", "08006"), true),
                Arguments.of("cannot connect 08001", new SQLException("Connection refused", "08001"), true),
                Arguments.of(
                        "admin shutdown 57P01",
                        new SQLException("terminating connection due to unexpected postmaster exit", "57P01"),
                        true),
                Arguments.of(
                        "crash shutdown 57P02",
                        new SQLException("terminating connection because of crash of another server process", "57P02"),
                        true),
                Arguments.of(
                        "starting up 57P03", new SQLException("the database system is starting up", "57P03"), true),
                Arguments.of(
                        "too many connections 53300",
                        new SQLException("sorry, too many clients already", "53300"),
                        true),
                Arguments.of(
                        "pool: no connection in time",
                        new SQLException("Acquisition timeout while waiting for new connection"),
                        true),
                Arguments.of(
                        "pool: no connection in time, older wording",
                        new SQLException("Sorry, acquisition timeout!"),
                        true),
                Arguments.of(
                        "Hibernate's connection exception",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("x")),
                        true),
                Arguments.of(
                        "Hibernate wrapping 57P01",
                        new GenericJDBCException("JDBC exception", new SQLException("x", "57P01")),
                        true),
                Arguments.of(
                        "a failed commit: RollbackException with the XAException suppressed",
                        failedCommit("08006"),
                        true),
                Arguments.of(
                        "wrapped by an interceptor",
                        new RuntimeException("Error invoking subclass method", failedCommit("08006")),
                        true),
                Arguments.of(
                        "unique violation 23505",
                        new ConstraintViolationException("duplicate key", new SQLException("x", "23505"), "uk"),
                        false),
                Arguments.of(
                        "undefined table 42P01",
                        new GenericJDBCException("JDBC exception", new SQLException("x", "42P01")),
                        false),
                Arguments.of("a commit refused for its data", failedCommit("23505"), false),
                Arguments.of("SQL error without state", new SQLException("something else"), false),
                Arguments.of("a bug", new IllegalStateException("oops"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void aDatabaseThatCannotBeReachedIsTold503AndEverythingElseStays500(String name, Throwable error, boolean outage) {
        assertThat(DatabaseOutage.causedBy(error)).isEqualTo(outage);
    }

    static Stream<Arguments> concurrentChanges() {
        return Stream.of(
                Arguments.of(
                        "deadlock 40P01",
                        new GenericJDBCException("JDBC exception", new SQLException("deadlock detected", "40P01")),
                        true),
                Arguments.of(
                        "serialization failure 40001",
                        new RuntimeException("wrapped", new SQLException("could not serialize", "40001")),
                        true),
                Arguments.of("a commit broken off by a deadlock", failedCommit("40P01"), true),
                Arguments.of("connection failure 08006", new SQLException("An I/O error occurred", "08006"), false),
                Arguments.of(
                        "unique violation 23505",
                        new ConstraintViolationException("duplicate key", new SQLException("x", "23505"), "uk"),
                        false),
                Arguments.of("a bug", new IllegalStateException("oops"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concurrentChanges")
    void twoChangesThatTheDatabaseBrokeOffAgainstEachOtherAreTold409(String name, Throwable error, boolean concurrent) {
        assertThat(DatabaseOutage.concurrent(error)).isEqualTo(concurrent);
    }

    private static RollbackException failedCommit(String sqlState) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("commit failed", sqlState));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return rollback;
    }
}
