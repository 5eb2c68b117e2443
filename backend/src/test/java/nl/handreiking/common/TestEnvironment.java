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
            properties.putAll(SigningKeys.ensure(Files.createTempDirectory("handreiking-keys")));
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
