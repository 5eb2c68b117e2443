package nl.handreiking.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives every test run its own throwaway PostgreSQL 17 server. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start(null);
        return database.datasourceProperties();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
