package nl.handreiking.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** All settings of the application itself; the README lists each with its default. */
@ConfigMapping(prefix = "handreiking")
public interface HandreikingConfig {

    /** The full API version, sent as the API-Version header and used as info.version of the OpenAPI document. */
    @WithDefault("1.0.0")
    String apiVersion();

    /** Cross-origin access to the API. */
    Cors cors();

    /** The database the application runs on. */
    Database database();

    /** Origins allowed to call the API from a browser. */
    interface Cors {

        @WithDefault("http://localhost:5173")
        List<String> origins();
    }

    /** Set by the launcher: true when the embedded PostgreSQL is in use (demo content is only loaded then). */
    interface Database {

        @WithDefault("false")
        boolean embedded();
    }
}
