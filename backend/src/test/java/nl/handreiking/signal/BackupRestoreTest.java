package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.handreiking.common.DatabaseContents;
import nl.handreiking.common.DatabaseContents.Server;
import nl.handreiking.common.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `make backup` and `make restore` (scripts/backup.sh and scripts/restore.sh, PostgreSQL 17's pg_dump and
 * pg_restore) against the test database: a restore into a fresh database holds every table row for row,
 * every sequence, every attachment byte for byte, and the application serving from it continues the
 * signal numbering without a gap.
 */
@QuarkusTest
class BackupRestoreTest {

    @Inject
    Scheduler scheduler;

    @Test
    void aRestoredBackupHoldsEverythingAndTheNextSignalTakesTheNextNumber(@TempDir Path folder) throws Exception {
        Desk desk = new Desk();
        Map<String, byte[]> uploaded = new LinkedHashMap<>();
        String lastReference = submitWithAttachments(desk, uploaded);
        // The mail outbox waits until the application serves from the restored database: a message sent from
        // the original in between would be sent again from the restored copy.
        scheduler.pause();
        try {
            backUpAndRestore(desk, uploaded, lastReference, folder);
        } finally {
            scheduler.resume();
        }
    }

    private void backUpAndRestore(Desk desk, Map<String, byte[]> uploaded, String lastReference, Path folder)
            throws Exception {
        Server server = Server.ofApplication();
        Backup backup = backUp(server, folder);
        assertThat(backup.dump().getFileName().toString()).matches("handreiking-\\d{8}T\\d{6}Z\\.dump");
        assertThat(backup.dump().getParent()).isEqualTo(folder);

        String fresh = "restored_" + UUID.randomUUID().toString().replace("-", "");
        Script restore = new Script("restore.sh", restoreEnvironment(server, fresh));
        assertThat(restore.succeeds(backup.dump().toString()).output())
                .contains("creating database " + fresh)
                .contains("restored ");
        assertSameContents(DatabaseContents.of(server, fresh), backup.contents());

        // A second restore into the same, now filled, database is refused and changes nothing.
        Script.Run refused = restore.run(backup.dump().toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("not touched");
        assertThat(DatabaseContents.of(server, fresh).tables())
                .isEqualTo(backup.contents().tables());

        serveFrom(server, fresh);
        assertThat(submit(desk)).isEqualTo(next(lastReference));
        for (Map.Entry<String, byte[]> file : uploaded.entrySet()) {
            byte[] downloaded = served(() -> Desk.invalidAs(desk.support).when().get(file.getKey()))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(downloaded).isEqualTo(file.getValue());
        }
    }

    /** A dump and what the database held when it was made. */
    private record Backup(Path dump, DatabaseContents contents) {}

    /**
     * `make backup` against the application's database. The contents read before and after the dump must
     * agree (a mail delivery may still have been finishing), so that they are what the dump's snapshot saw.
     */
    private static Backup backUp(Server server, Path folder) throws Exception {
        Script backup = new Script("backup.sh", backupEnvironment(server, folder));
        for (int attempt = 0; attempt < 5; attempt++) {
            DatabaseContents before = DatabaseContents.of(server, "postgres");
            Path dump = Path.of(backup.succeeds().lastLine());
            DatabaseContents after = DatabaseContents.of(server, "postgres");
            if (before.tables().equals(after.tables())) {
                return new Backup(dump, after);
            }
        }
        throw new AssertionError("the database never stood still for the time of a dump");
    }

    private static void assertSameContents(DatabaseContents restored, DatabaseContents original) {
        assertThat(restored.tables()).hasSizeGreaterThan(20).isEqualTo(original.tables());
        assertThat(restored.sequences()).isNotEmpty().isEqualTo(original.sequences());
        assertThat(restored.files().keySet()).isEqualTo(original.files().keySet());
        original.files()
                .forEach((id, bytes) -> assertThat(restored.files().get(id))
                        .as("attachment %s", id)
                        .isEqualTo(bytes));
    }

    /** A new signal; the first tries may meet a connection that was ended and answer 503, retries are safe. */
    private static String submit(Desk desk) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> signal = Desk.body("ind-processing-times", Desk.unique());
        return served(() -> Desk.invalidAs(desk.utrecht)
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(signal)
                        .when()
                        .post("/api/v1/signals"))
                .then()
                .statusCode(201)
                .extract()
                .path("reference");
    }

    /** Six signals of Utrecht, each with a PDF (up to 300 kB of random bytes) and a PNG; the last reference. */
    private static String submitWithAttachments(Desk desk, Map<String, byte[]> uploaded) {
        Random random = new Random(20261203);
        String reference = null;
        for (int i = 0; i < 6; i++) {
            String id = desk.submittedAndMovedTo(i % 2 == 0 ? "in_progress" : "answered");
            byte[] pdf = new byte[SignalAttachmentTest.PDF.length + random.nextInt(300_000)];
            random.nextBytes(pdf);
            System.arraycopy(SignalAttachmentTest.PDF, 0, pdf, 0, SignalAttachmentTest.PDF.length);
            uploaded.put(upload(desk, id, "bijlage " + i + ".pdf", pdf), pdf);
            uploaded.put(upload(desk, id, "kaart " + i + ".png", SignalAttachmentTest.PNG), SignalAttachmentTest.PNG);
            reference = Desk.as(desk.support)
                    .when()
                    .get("/api/v1/signals/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("reference");
        }
        return reference;
    }

    private static String upload(Desk desk, String id, String name, byte[] content) {
        return Desk.invalidAs(desk.utrecht)
                .contentType("application/octet-stream")
                .queryParam("fileName", name)
                .body(content)
                .when()
                .post("/api/v1/signals/" + id + "/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("href");
    }

    /** SIG-2026-000041 → SIG-2026-000042. */
    private static String next(String reference) {
        int number = Integer.parseInt(reference.substring(9));
        return reference.substring(0, 9) + String.format("%06d", number + 1);
    }

    /**
     * Points the running application at the restored database, as an operator points a new installation at
     * it: the restored one takes the name the application connects to, and the application's connections to
     * the old one are ended (the pool replaces them on its next call).
     */
    private static void serveFrom(Server server, String restored) throws SQLException {
        try (Connection connection = server.connect("template1");
                Statement statement = connection.createStatement()) {
            String old = "before_" + restored;
            statement.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS false");
            statement.execute("ALTER DATABASE " + restored + " ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ('postgres', '"
                    + restored + "')");
            statement.execute("ALTER DATABASE postgres RENAME TO " + old);
            statement.execute("ALTER DATABASE " + restored + " RENAME TO postgres");
            statement.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS true");
        }
    }

    /** The answer to a call, repeated (a safe or idempotent one) while it is a 503 of a connection that was ended. */
    private static Response served(Supplier<Response> call) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Response response = call.get();
            if (response.statusCode() != 503) {
                return response;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("the application did not serve from the restored database");
    }

    private static Map<String, String> backupEnvironment(Server server, Path folder) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", server.jdbcUrl("postgres"),
                "QUARKUS_DATASOURCE_USERNAME", server.user(),
                "QUARKUS_DATASOURCE_PASSWORD", server.password(),
                "BACKUP_DIR", folder.toString());
    }

    private static Map<String, String> restoreEnvironment(Server server, String database) {
        return Map.of(
                "PGHOST", server.host(),
                "PGPORT", String.valueOf(server.port()),
                "PGUSER", server.user(),
                "PGPASSWORD", server.password(),
                "PGDATABASE", database);
    }
}
