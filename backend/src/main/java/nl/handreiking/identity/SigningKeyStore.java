package nl.handreiking.identity;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The signing keys in the database, shared by every instance. The database decides: "the next key" is one
 * per generation (a unique constraint), so instances that make it at once make one. Holds nothing in memory.
 */
@ApplicationScoped
class SigningKeyStore {

    /** How long before the current key stops signing its successor is made, so that JWKS caches know it first. */
    private static final Duration PUBLISH_AHEAD = Duration.ofHours(1);

    private static final String COLUMNS = "kid, generation, public_key, sealed_private_key, active_from, signs_until";
    private static final String NEEDS_NEXT =
            "SELECT 1 FROM signing_key HAVING coalesce(max(signs_until), '-infinity') <= now() + make_interval(secs => :ahead)";
    /** Made only while still needed and numbered after the newest: a second maker's row conflicts and is dropped. */
    private static final String INSERT_NEXT = """
            INSERT INTO signing_key (kid, generation, public_key, sealed_private_key, active_from, signs_until)
            SELECT :kid, coalesce(max(generation), 0) + 1, :publicKey, :sealed, greatest(now(), max(signs_until)),
                   greatest(now(), max(signs_until)) + make_interval(secs => :period)
            FROM signing_key
            HAVING coalesce(max(signs_until), '-infinity') <= now() + make_interval(secs => :ahead)
            ON CONFLICT (generation) DO NOTHING
            """;

    /** A key as stored: its public half, its sealed private half and when it signs. */
    record Stored(
            String kid,
            int generation,
            byte[] publicKey,
            byte[] sealedPrivateKey,
            Instant activeFrom,
            Instant signsUntil) {}

    private final EntityManager em;
    private final KeySeal seal;

    SigningKeyStore(EntityManager em, KeySeal seal) {
        this.em = em;
        this.seal = seal;
    }

    /**
     * Makes the next signing key when the newest one stops signing within the hour (or none exists): it
     * signs from the moment the newest stops, for {@code period}. Returns whether this call made it.
     */
    boolean ensureNext(Duration period) {
        long ahead = Math.min(PUBLISH_AHEAD.toSeconds(), period.toSeconds() / 2);
        boolean needed = QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery(NEEDS_NEXT)
                        .setParameter("ahead", ahead)
                        .getResultList()
                        .isEmpty());
        if (!needed) {
            return false;
        }
        KeyPair pair = SigningKeys.generate();
        String kid = kid((RSAPublicKey) pair.getPublic());
        byte[] sealed = seal.seal(kid, pair.getPrivate().getEncoded());
        int made = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(INSERT_NEXT)
                        .setParameter("kid", kid)
                        .setParameter("publicKey", pair.getPublic().getEncoded())
                        .setParameter("sealed", sealed)
                        .setParameter("period", period.toSeconds())
                        .setParameter("ahead", ahead)
                        .executeUpdate());
        if (made == 1) {
            Log.infof("Made signing key %s", kid);
        }
        return made == 1;
    }

    /** Deletes the keys whose tokens have all expired: they stopped signing more than {@code verifyLonger} ago. */
    List<String> retire(Duration verifyLonger) {
        @SuppressWarnings("unchecked")
        List<String> retired = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("DELETE FROM signing_key"
                                + " WHERE signs_until + make_interval(secs => :longer) < now() RETURNING kid")
                        .setParameter("longer", verifyLonger.toSeconds())
                        .getResultList());
        retired.forEach(kid -> Log.infof("Retired signing key %s", kid));
        return retired;
    }

    /** The keys that still verify (and any made ahead), oldest first. */
    List<Stored> verifying(Duration verifyLonger) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((List<?>) em.createNativeQuery("SELECT " + COLUMNS
                                        + " FROM signing_key WHERE signs_until + make_interval(secs => :longer) >= now()"
                                        + " ORDER BY generation")
                                .setParameter("longer", verifyLonger.toSeconds())
                                .getResultList())
                        .stream()
                                .map(row -> (Object[]) row)
                                .map(row -> new Stored(
                                        (String) row[0],
                                        ((Number) row[1]).intValue(),
                                        (byte[]) row[2],
                                        (byte[]) row[3],
                                        instant(row[4]),
                                        instant(row[5])))
                                .toList());
    }

    /** The RFC 7638 thumbprint of the public key: the same key always has the same kid, on every instance. */
    static String kid(RSAPublicKey key) {
        return new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
