package nl.handreiking.identity;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.handreiking.common.HandreikingConfig;

/**
 * Seals the private signing keys before they enter the database: AES-256-GCM with a key derived from the
 * configured secret, the key's kid as associated data (a sealed key moved to another row does not open).
 * A database dump alone therefore signs nothing.
 */
@ApplicationScoped
class KeySeal {

    /** Stands in when the embedded database runs on a laptop; never good enough for a shared database. */
    private static final String DEVELOPMENT_SECRET = "handreiking-development-only-signing-key-secret";

    private static final int MINIMUM_LENGTH = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final HandreikingConfig config;
    private volatile SecretKey key;

    KeySeal(HandreikingConfig config) {
        this.config = config;
    }

    byte[] seal(String kid, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, kid, nonce, plain, 0, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    byte[] open(String kid, byte[] sealed) {
        byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, kid, nonce, sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    /** Fails when no usable secret is configured. */
    void check() {
        try {
            key();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] crypt(int mode, String kid, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The signing key " + kid + " does not open with the configured signing-key secret", e);
        }
    }

    private SecretKey key() throws GeneralSecurityException {
        if (key == null) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret().getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "AES");
        }
        return key;
    }

    /** The configured secret; without one only the embedded database may start, with a warning. */
    private String secret() {
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
