package nl.handreiking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/**
 * A token verified before counts again without a new check only while it has not expired and the key that
 * verified it still verifies; the signed-in calls of {@code SigningKeysTest} and {@code TokenCheckTest} go through
 * the same cache against the real key set.
 */
class VerifiedTokensTest {

    private final VerifiedTokens verified = new VerifiedTokens();
    private final PublicKey key = SigningKeys.generate().getPublic();
    private final PublicKey otherKey = SigningKeys.generate().getPublic();

    @Test
    void aTokenVerifiedBeforeIsTheSameTokenWhileItsKeyVerifies() {
        JsonWebToken token = expiringIn(600);
        verified.remember("a.b.c", "k1", key, token);

        assertThat(verified.find("a.b.c", kid -> keyOf(kid, "k1", key))).containsSame(token);
        assertThat(verified.find("a.b.d", kid -> keyOf(kid, "k1", key)))
                .as("another token string")
                .isEmpty();
    }

    @Test
    void aTokenWhoseKeyNoLongerVerifiesIsCheckedAgain() {
        verified.remember("a.b.c", "k1", key, expiringIn(600));

        assertThat(verified.find("a.b.c", kid -> Optional.empty()))
                .as("key retired")
                .isEmpty();
        verified.remember("a.b.c", "k1", key, expiringIn(600));
        assertThat(verified.find("a.b.c", kid -> keyOf(kid, "k1", otherKey)))
                .as("the kid now names another key")
                .isEmpty();
        assertThat(verified.find("a.b.c", kid -> keyOf(kid, "k1", key)))
                .as("dropped once refused, even if the key came back")
                .isEmpty();
    }

    @Test
    void anExpiredTokenIsCheckedAgain() {
        verified.remember("a.b.c", "k1", key, expiringIn(-1));

        assertThat(verified.find("a.b.c", kid -> keyOf(kid, "k1", key))).isEmpty();
    }

    @Test
    void theCacheHoldsAtMostItsCapacity() {
        for (int i = 0; i < VerifiedTokens.CAPACITY + 500; i++) {
            verified.remember("token-" + i, "k1", key, expiringIn(600));
        }

        assertThat(verified.size()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }

    private static Optional<PublicKey> keyOf(String asked, String kid, PublicKey key) {
        return asked.equals(kid) ? Optional.of(key) : Optional.empty();
    }

    private static JsonWebToken expiringIn(long seconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + seconds));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
