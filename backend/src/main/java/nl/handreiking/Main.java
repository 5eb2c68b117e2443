package nl.handreiking;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import nl.handreiking.common.EmbeddedDatabase;

/**
 * Starts Handreiking. When no database URL is configured (environment QUARKUS_DATASOURCE_JDBC_URL or
 * system property quarkus.datasource.jdbc.url), it first starts the embedded PostgreSQL with its data in
 * HANDREIKING_DATA_DIR (default .data/postgres), so that `make run` needs nothing installed. The token signing
 * keys live in the database (identity/SigningKeys), so nothing of an instance's own disk is needed.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        // Quarkus answers an address that is no URI with an empty 400 before any handler; RequestGuard makes the
        // same check and answers with a problem (the tests set this property in the pom).
        System.setProperty("vertx.disableURIValidation", "true");
        if (!Boolean.getBoolean("quarkus.appcds.generate")) { // the build's class-data run starts nothing
            prepare();
        }
        Quarkus.run(args);
    }

    private static void prepare() {
        if (!configured("quarkus.datasource.jdbc.url")) {
            EmbeddedDatabase.startInBackground(folder("HANDREIKING_DATA_DIR", "handreiking.data-dir", ".data/postgres"))
                    .forEach(System::setProperty);
            if (!configured(
                    "handreiking.mail.delivery")) { // no mail server on a laptop: mail lands in a folder to read
                System.setProperty("handreiking.mail.delivery", "folder");
                System.setProperty(
                        "handreiking.mail.folder",
                        folder("HANDREIKING_MAIL_DIR", "handreiking.mail.folder", ".data/mail")
                                .toString());
            }
        }
    }

    private static boolean configured(String property) {
        String variable = property.toUpperCase().replace('.', '_').replace('-', '_');
        return System.getenv(variable) != null || System.getProperty(property) != null;
    }

    private static Path folder(String variable, String property, String fallback) {
        return Path.of(System.getenv().getOrDefault(variable, System.getProperty(property, fallback)))
                .toAbsolutePath();
    }
}
