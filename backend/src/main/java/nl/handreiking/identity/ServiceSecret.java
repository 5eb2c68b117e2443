package nl.handreiking.identity;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.handreiking.common.HandreikingConfig;

/**
 * The secret every instance shares ({@code handreiking.auth.signing-key-secret}): it seals the signing keys
 * in the database ({@link KeySeal}) and, through {@link #derive}, gives each other use its own key, so that
 * one use's key says nothing about another's. Without it only the embedded database may start.
 */
@ApplicationScoped
public class ServiceSecret {

    /** Stands in when the embedded database runs on a laptop; never good enough for a shared database. */
    private static final String DEVELOPMENT_SECRET = "handreiking-development-only-signing-key-secret";

    private static final int MINIMUM_LENGTH = 32;

    private final HandreikingConfig config;
    private volatile String value;

    ServiceSecret(HandreikingConfig config) {
        this.config = config;
    }

    /** A 256-bit key for one purpose (HMAC-SHA256 of the purpose under the secret). */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A box that seals secrets of one purpose for the database, under a key derived for that purpose. */
    public SecretBox box(String purpose) {
        return new SecretBox(new SecretKeySpec(derive(purpose), "AES"), purpose);
    }

    /** The configured secret; fails when none is usable. */
    String value() {
        if (value == null) {
            value = resolve();
        }
        return value;
    }

    private String resolve() {
        var configured = config.auth().signingKeySecret();
        if (configured.isPresent()) {
            if (configured.get().length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("handreiking.auth.signing-key-secret must be at least " + MINIMUM_LENGTH
                        + " characters (for example: openssl rand -base64 32)");
            }
            return configured.get();
        }
        if (!config.database().embedded()) {
            throw new IllegalStateException(
                    "Set handreiking.auth.signing-key-secret (HANDREIKING_AUTH_SIGNING_KEY_SECRET),"
                            + " the same on every instance: it seals the private signing keys in the database");
        }
        Log.warn("No handreiking.auth.signing-key-secret: the signing keys are sealed with the development secret"
                + " (acceptable only with the embedded database)");
        return DEVELOPMENT_SECRET;
    }
}
