package nl.handreiking.identity;

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

/**
 * Seals the private signing keys before they enter the database: AES-256-GCM with a key derived from the
 * configured secret, the key's kid as associated data (a sealed key moved to another row does not open).
 * A database dump alone therefore signs nothing.
 */
@ApplicationScoped
class KeySeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final ServiceSecret secret;
    private volatile SecretKey key;

    KeySeal(ServiceSecret secret) {
        this.secret = secret;
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
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(secret.value().getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "AES");
        }
        return key;
    }
}
