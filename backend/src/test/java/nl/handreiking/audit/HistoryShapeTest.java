package nl.handreiking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Every history keeps "who changed what, when" in the same columns, and older rows were brought into that shape. */
@QuarkusTest
class HistoryShapeTest {

    private static final List<String> HISTORIES =
            List.of("audit_event", "catalogue_version", "agenda_item_change", "signal_event");
    private static final String SCRATCH = "history_shape_check";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyHistoryNamesWhoAndWhenInTheSameColumns() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : HISTORIES) {
                assertThat(columns(connection, "public", table))
                        .as(table)
                        .contains(
                                "occurred_at timestamp with time zone",
                                "actor_type text",
                                "actor_id text",
                                "actor_name text",
                                "action text");
            }
        }
    }

    @Test
    void aLinkASignalEventKeptBeforeStillNamesTheLinkedItem() throws SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCRATCH)
                .defaultSchema(SCRATCH)
                .cleanDisabled(false)
                .locations("classpath:db/migration")
                .load();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .target("40")
                    .load()
                    .migrate();
            sql.execute("SET search_path TO " + SCRATCH + ", public");
            // only the history row matters here: the signal it belongs to is left out
            sql.execute("ALTER TABLE signal_event DROP CONSTRAINT signal_event_signal_id_fkey");
            sql.execute("""
                    INSERT INTO signal_event (signal_id, occurred_at, actor_type, actor_id, actor_name, action, changes)
                    VALUES ('00000000-0000-0000-0000-00000000a11c', now(), 'user', 'u', 'n', 'linked',
                            '[{"field": "measure", "from": null, "to": "Ketenregie", "item": "10481a57-25ae-31d5-afa0-5c07579056d8"}]')
                    """);
            flyway.migrate();
            try (ResultSet row = sql.executeQuery("SELECT changes::text FROM signal_event WHERE action = 'linked'")) {
                row.next();
                assertThat(row.getString(1))
                        .contains("\"linked\": \"10481a57-25ae-31d5-afa0-5c07579056d8\"")
                        .doesNotContain("\"item\"")
                        .contains("\"to\": \"Ketenregie\"");
            }
            sql.execute("RESET search_path");
            sql.execute("DROP SCHEMA " + SCRATCH + " CASCADE");
        }
    }

    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery(
                        "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = '"
                                + schema + "' AND table_name = '" + table + "'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }
}
