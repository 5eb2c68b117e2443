package nl.handreiking.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: UP when a pooled connection answers, DOWN otherwise, and nothing more. The built-in check
 * names the database's host and port in its DOWN answer; the reason is only logged.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final AgroalDataSource dataSource;

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up("Database");
            }
            Log.warn("Readiness: the database did not answer in time");
        } catch (SQLException e) {
            Log.warnf("Readiness: the database cannot be reached (%s)", e.getMessage());
        }
        return HealthCheckResponse.down("Database");
    }
}
