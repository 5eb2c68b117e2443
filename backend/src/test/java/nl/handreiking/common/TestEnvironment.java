package nl.handreiking.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.handreiking.auth.SigningKeys;

/** Gives every test run its own throwaway PostgreSQL 17 server and token signing keys. */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start(null);
        Map<String, String> properties = new HashMap<>(database.datasourceProperties());
        try {
            Path keys = Files.createTempDirectory("handreiking-keys");
            properties.putAll(SigningKeys.ensure(keys));
            // Integration tests also receive the in-memory key pair and issuer that Quarkus generates for test
            // builds; the inline keys and the issuer given here take precedence over those.
            properties.put("mp.jwt.verify.publickey", Files.readString(keys.resolve("signing-key.pub.pem")));
            properties.put("smallrye.jwt.sign.key", Files.readString(keys.resolve("signing-key.pem")));
            properties.put("mp.jwt.verify.issuer", "https://handreiking.example.nl");
            properties.put("smallrye.jwt.new-token.issuer", "https://handreiking.example.nl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
