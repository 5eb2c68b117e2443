package nl.handreiking.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.identity.ServiceSecret;

/**
 * Links in a mail that stop it without signing in. The token names the kind of mail ({@link
 * MailSubscriptions#purpose()}) and the subscription's id, and carries an HMAC-SHA256 over both under a key
 * derived from the shared secret: anyone holding the mail can stop it, nobody can make a link for another
 * subscription. Tokens do not expire — a link in a mail of last year must still work (RFC 8058).
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** The SPA page that shows what a link stops and asks to confirm. */
    static final String PAGE_PATH = "/mail-afmelden/";
    /** The API address a mail program posts to for a one-click unsubscribe. */
    static final String ONE_CLICK_PATH = "/api/v1/unsubscriptions/";

    /** Outside base64url's alphabet and the purposes' letters and hyphens, and unreserved in URLs. */
    private static final char SEPARATOR = '~';

    private static final Pattern PURPOSE = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token names. */
    public record Target(String purpose, UUID id) {}

    private final byte[] key;
    private final String publicUrl;

    UnsubscribeLinks(ServiceSecret secret, HandreikingConfig config) {
        this.key = secret.derive("unsubscribe-links");
        this.publicUrl = config.publicUrlBase();
    }

    /** For the mail's body: a page that says what stops, with a button. */
    public String pageUrl(String purpose, UUID id) {
        return publicUrl + PAGE_PATH + token(purpose, id);
    }

    /** For the {@code List-Unsubscribe} header: mail programs POST to it (RFC 8058). */
    public String oneClickUrl(String purpose, UUID id) {
        return publicUrl + ONE_CLICK_PATH + token(purpose, id);
    }

    /** {@code purpose~id~mac}, URL-safe; no dot, which would make the SPA's page look like a file to the server. */
    String token(String purpose, UUID id) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Not a purpose: " + purpose);
        }
        String body = purpose + SEPARATOR + ENCODER.encodeToString(bytes(id));
        return body + SEPARATOR + ENCODER.encodeToString(mac(body));
    }

    /** The purpose and id a token names, or empty when it is not one of ours or was altered. */
    public Optional<Target> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf(SEPARATOR);
        int first = token.indexOf(SEPARATOR);
        if (first <= 0 || last == first) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        String purpose = token.substring(0, first);
        try {
            byte[] given = Base64.getUrlDecoder().decode(token.substring(last + 1));
            byte[] id = Base64.getUrlDecoder().decode(token.substring(first + 1, last));
            // one spelling per token: base64's last character may carry bits a decoder ignores
            boolean canonical = ENCODER.encodeToString(given).equals(token.substring(last + 1))
                    && ENCODER.encodeToString(id).equals(token.substring(first + 1, last));
            if (!canonical
                    || !PURPOSE.matcher(purpose).matches()
                    || id.length != 16
                    || !MessageDigest.isEqual(given, mac(body))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new Target(purpose, new UUID(buffer.getLong(), buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
