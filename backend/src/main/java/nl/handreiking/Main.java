package nl.handreiking;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import nl.handreiking.common.EmbeddedDatabase;

/**
 * Starts Handreiking. When no database URL is configured (environment QUARKUS_DATASOURCE_JDBC_URL or
 * system property quarkus.datasource.jdbc.url), it first starts the embedded PostgreSQL with its data in
 * HANDREIKING_DATA_DIR (default .data/postgres), so that `make run` needs nothing installed.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (needsEmbeddedDatabase()) {
            String folder = System.getenv().getOrDefault("HANDREIKING_DATA_DIR", System.getProperty("handreiking.data-dir", ".data/postgres"));
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(folder).toAbsolutePath());
            database.datasourceProperties().forEach(System::setProperty);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }

    private static boolean needsEmbeddedDatabase() {
        boolean configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null || System.getProperty("quarkus.datasource.jdbc.url") != null;
        boolean archivingClasses = Boolean.getBoolean("quarkus.appcds.generate"); // the build's class-data run, which starts nothing
        return !configured && !archivingClasses;
    }
}
