package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 201 means committed: the database waits for the commit record before the application answers. */
@QuarkusTest
class DurableCommitsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationsDatabaseCommitsSynchronously() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void anEmbeddedDatabaseWithADataFolderWritesEveryCommitToDisk(@TempDir Path folder) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"))) {
            Map<String, String> properties = database.datasourceProperties();
            try (Connection connection = DriverManager.getConnection(
                    properties.get("quarkus.datasource.jdbc.url"),
                    properties.get("quarkus.datasource.username"),
                    properties.get("quarkus.datasource.password"))) {
                assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(show(connection, "fsync")).isEqualTo("on");
                assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            }
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
