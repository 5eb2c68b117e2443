package nl.handreiking.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tokens this instance verified recently, so that a signed-in caller's next calls skip the RS256 check and the
 * parse (a fifth of a signed-in read's CPU; decision 0024). A token counts from the cache only while it has not
 * expired and the key that verified it still verifies now, so a retired key ends its tokens from the next call as
 * before. Only what is in the token is kept: the caller check ({@link Callers}) still runs on every call, so the
 * revocation of an account, session or client still counts from the next call.
 */
final class VerifiedTokens {

    /** A few thousand callers each signed in on this instance at once; beyond that the oldest are verified again. */
    static final int CAPACITY = 4_096;

    private record Verified(JsonWebToken token, String kid, PublicKey key) {
        Instant expiresAt() {
            return Instant.ofEpochSecond(token.getExpirationTime());
        }
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .expireAfter(Expiry.<String, Verified>creating(
                    (compact, entry) -> positive(Duration.between(Instant.now(), entry.expiresAt()))))
            .build();

    /**
     * The token as verified before, if it has not expired and the key its kid names ({@code verifying}, asked now)
     * is still the key that verified it.
     */
    Optional<JsonWebToken> find(String compact, Function<String, Optional<? extends PublicKey>> verifying) {
        Verified entry = verified.getIfPresent(compact);
        if (entry == null) {
            return Optional.empty();
        }
        if (!Instant.now().isBefore(entry.expiresAt())
                || verifying.apply(entry.kid()).filter(entry.key()::equals).isEmpty()) {
            verified.invalidate(compact);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    /** Keeps a token that {@code key} has just verified. */
    void remember(String compact, String kid, PublicKey key, JsonWebToken token) {
        if (token.getExpirationTime() > 0) {
            verified.put(compact, new Verified(token, kid, key));
        }
    }

    /** How many tokens are kept now (after pending evictions). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static Duration positive(Duration left) {
        return left.isNegative() ? Duration.ZERO : left;
    }
}
