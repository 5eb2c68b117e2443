package nl.handreiking.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Gives every test run its own throwaway PostgreSQL 17 server (which holds the token signing keys too). */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    /** Where the application under test delivers its e-mail. */
    public static final Path MAIL_FOLDER = Path.of(
            System.getProperty("java.io.tmpdir"),
            "handreiking-test-mail-" + ProcessHandle.current().pid());

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start(null);
        Map<String, String> properties = new HashMap<>(database.datasourceProperties());
        // The signing keys are made in the test database, sealed with this secret (as an operator configures it).
        properties.put("handreiking.auth.signing-key-secret", "test-secret-that-seals-the-signing-keys-0123456789");
        // Integration tests also receive the issuer that Quarkus generates for test builds; this one takes precedence.
        properties.put("mp.jwt.verify.issuer", "https://handreiking.example.nl");
        properties.put("smallrye.jwt.new-token.issuer", "https://handreiking.example.nl");
        // Absolute links (Location, calendars, e-mail) start here, whatever Host a request names.
        properties.put("handreiking.public-url", "https://handreiking.example.nl");
        // E-mail lands in a throwaway folder that tests read (see MAIL_FOLDER), checked every second.
        properties.put("handreiking.mail.delivery", "folder");
        properties.put("handreiking.mail.folder", MAIL_FOLDER.toString());
        properties.put("handreiking.mail.interval", "1s");
        // The packaged application of the integration tests runs in prod mode: a free management port there too.
        properties.put("quarkus.management.port", "0");
        return properties;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
