package nl.handreiking.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway connects first at start-up: it waits here for an embedded PostgreSQL that is still starting. */
@Singleton
class EmbeddedDatabaseWait implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        EmbeddedDatabase.awaitStarted();
    }
}
