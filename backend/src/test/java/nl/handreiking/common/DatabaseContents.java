package nl.handreiking.common;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a database holds, in a form two databases can be compared by: per table its row count and the md5 of
 * its rows in order (computed by PostgreSQL), the last value of every sequence, and every attachment's bytes.
 */
public record DatabaseContents(Map<String, String> tables, Map<String, String> sequences, Map<UUID, byte[]> files) {

    /** The test database's server, from the datasource settings the application runs with. */
    public record Server(String host, int port, String user, String password) {

        public static Server ofApplication() {
            var config = ConfigProvider.getConfig();
            URI uri = URI.create(
                    config.getValue("quarkus.datasource.jdbc.url", String.class).substring("jdbc:".length()));
            return new Server(
                    uri.getHost(),
                    uri.getPort(),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user, password);
        }
    }

    private static final String TABLES = "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
            + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1";
    /** Reads it all in one repeatable-read snapshot. */
    public static DatabaseContents of(Server server, String database) throws SQLException {
        try (Connection connection = server.connect(database)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                Map<String, String> tables = new TreeMap<>();
                for (String table : column(statement, TABLES)) {
                    try (ResultSet row = statement.executeQuery("SELECT count(*) || ' rows, md5 ' || md5(coalesce("
                            + "string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM " + table + " t")) {
                        row.next();
                        tables.put(table, row.getString(1));
                    }
                }
                Map<String, String> sequences = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value::text, 'unused')"
                                + " FROM pg_sequences")) {
                    while (rows.next()) {
                        sequences.put(rows.getString(1), rows.getString(2));
                    }
                }
                Map<UUID, byte[]> files = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT id, content FROM signal_attachment")) {
                    while (rows.next()) {
                        files.put(rows.getObject(1, UUID.class), rows.getBytes(2));
                    }
                }
                connection.rollback();
                return new DatabaseContents(tables, sequences, files);
            }
        }
    }

    private static List<String> column(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
