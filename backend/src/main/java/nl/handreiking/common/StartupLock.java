package nl.handreiking.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Lets one instance at a time load the starting content. Each loader checks what is there and adds the rest;
 * two instances starting together on a fresh database would both add it, and one would stop on a duplicate key.
 * A PostgreSQL session lock is taken before the first loader and released after the last; an instance that
 * dies while loading releases it with its connection. (Flyway has its own lock for the migrations before.)
 */
@ApplicationScoped
class StartupLock {

    /** Before every loader (they observe at APPLICATION + 500 to + 1100) and after the last of them. */
    private static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

    private static final int LAST = Interceptor.Priority.PLATFORM_AFTER;
    /** Any fixed number that nothing else locks. */
    private static final long KEY = 0x48616e6452L;

    private static final long POLL_MILLIS = 200;

    private final AgroalDataSource dataSource;
    private Connection held;

    StartupLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void take(@Observes @Priority(FIRST) StartupEvent start) throws SQLException, InterruptedException {
        held = dataSource.getConnection();
        // tried again and again, not waited for in one statement: a wait beyond the connection's socket timeout
        // (10 s) would end the connection
        boolean told = false;
        while (!lock("SELECT pg_try_advisory_lock(?)")) {
            if (!told) {
                Log.info("Another instance is loading the starting content; waiting for it");
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    void release(@Observes @Priority(LAST) StartupEvent start) throws SQLException {
        try (Connection connection = held) {
            lock("SELECT pg_advisory_unlock(?)");
        } finally {
            held = null;
        }
    }

    private boolean lock(String statement) throws SQLException {
        try (PreparedStatement query = held.prepareStatement(statement)) {
            query.setLong(1, KEY);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
