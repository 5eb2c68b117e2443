package nl.handreiking.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the private signing keys before they enter the database ({@link SecretBox}, the key's kid as associated
 * data), under SHA-256 of the configured secret: the key every sealed signing key has had since V60.
 */
@ApplicationScoped
class KeySeal {

    private final ServiceSecret secret;
    private volatile SecretBox box;

    KeySeal(ServiceSecret secret) {
        this.secret = secret;
    }

    byte[] seal(String kid, byte[] plain) {
        return box().seal(kid, plain);
    }

    byte[] open(String kid, byte[] sealed) {
        return box().open(kid, sealed);
    }

    /** Fails when no usable secret is configured. */
    void check() {
        box();
    }

    private SecretBox box() {
        if (box == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(secret.value().getBytes(StandardCharsets.UTF_8));
                box = new SecretBox(new SecretKeySpec(digest, "AES"), "signing key");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return box;
    }
}
