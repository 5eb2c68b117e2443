package nl.handreiking.common;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL again, on the same data folder and port, when its postmaster has gone
 * (a crash, a kill, an out-of-memory kill). It checks twice a second; a start that fails, for instance
 * while processes of the dead server still hold its shared memory, is tried again at the next check.
 */
final class PostmasterWatch implements AutoCloseable {

    // A plain JBoss logger: the launcher starts the database before Quarkus, where io.quarkus.logging.Log is not yet
    // usable.
    private static final Logger LOG = Logger.getLogger(PostmasterWatch.class);
    private static final long INTERVAL_MILLIS = 500;

    private final Path dataDirectory;
    private final Path pgCtl;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    private PostmasterWatch(Path dataDirectory, Path pgCtl) {
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Watches the running server in this data folder. */
    static PostmasterWatch start(Path dataDirectory) throws IOException {
        // postmaster.opts holds the command line the server was started with; pg_ctl lives next to the postgres binary.
        String options = Files.readString(dataDirectory.resolve("postmaster.opts"));
        Path postgres = Path.of(options.split(" \"", 2)[0].strip());
        PostmasterWatch watch = new PostmasterWatch(dataDirectory, postgres.resolveSibling("pg_ctl"));
        watch.timer.scheduleWithFixedDelay(watch::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void check() {
        if (closed || shuttingDown() || running()) {
            return;
        }
        LOG.warnf("The embedded PostgreSQL in %s has stopped; starting it again", dataDirectory);
        try {
            // restart: starts with the options in postmaster.opts (same port and settings); a dead old server is
            // skipped
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U")); // as the library does: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-w", "-t", "60", "restart"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (process.waitFor() == 0) {
                LOG.infof("The embedded PostgreSQL in %s runs again", dataDirectory);
            } else {
                LOG.warnf("The embedded PostgreSQL in %s did not start yet; trying again", dataDirectory);
            }
        } catch (IOException e) {
            LOG.errorf(e, "Could not run pg_ctl for %s", dataDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the postmaster named in postmaster.pid is alive. */
    boolean running() {
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .strip();
            return ProcessHandle.of(Long.parseLong(pid))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // a pid file being written: look again at the next check
        }
    }

    /** The JVM's own shutdown hooks stop the server; that is no reason to start it again. */
    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
