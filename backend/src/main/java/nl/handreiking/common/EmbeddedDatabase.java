package nl.handreiking.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 17 server unpacked from a Maven artifact, used when no database URL is configured.
 * With a data folder it keeps its data across restarts and every commit is on disk before it is
 * acknowledged; without one it is a throwaway (tests) that skips the disk flushes. Either way a
 * {@link PostmasterWatch} starts it again when it dies, as a managed database would come back.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final PostmasterWatch watch;

    private EmbeddedDatabase(EmbeddedPostgres postgres, PostmasterWatch watch) {
        this.postgres = postgres;
        this.watch = watch;
    }

    /** Starts PostgreSQL; {@code dataDirectory} null means a fresh temporary folder. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        boolean durable = dataDirectory != null;
        try {
            Path folder = durable
                    ? Files.createDirectories(dataDirectory)
                    : Files.createTempDirectory("handreiking-postgres");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "60")
                    // The library defaults to synchronous_commit=off, which answers a commit before its WAL is
                    // written: a crash then loses acknowledged transactions. On for every database, also tests.
                    .setServerConfig("synchronous_commit", "on")
                    // A throwaway database need not survive a power cut, only a crash of PostgreSQL itself.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(!durable)
                    .start();
            return new EmbeddedDatabase(postgres, PostmasterWatch.start(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** The Quarkus datasource settings that point at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "handreiking.database.embedded", "true");
    }

    @Override
    public void close() {
        watch.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
