package nl.handreiking.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a secret before it enters the database: AES-256-GCM under a key from {@link ServiceSecret}, with the
 * row's own name (a key's kid, a subscription's id) as associated data, so a sealed value moved to another row
 * does not open. A database dump alone therefore reveals nothing it seals. Sealed: nonce followed by ciphertext.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String what;

    /** A box under {@code key}; {@code what} names the sealed things in an error ("signing key"). */
    SecretBox(SecretKey key, String what) {
        this.key = key;
        this.what = what;
    }

    public byte[] seal(String owner, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, owner, nonce, plain, 0, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    public byte[] open(String owner, byte[] sealed) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, owner, nonce, sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private byte[] crypt(int mode, String owner, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The " + what + " " + owner + " does not open with the configured signing-key secret", e);
        }
    }
}
