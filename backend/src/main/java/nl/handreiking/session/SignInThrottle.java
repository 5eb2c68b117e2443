package nl.handreiking.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.HandreikingConfig;

/**
 * Slows down repeated failed sign-ins, per account and per client address: after a few free failures
 * each further failure doubles the wait, up to a maximum. Kept in the database so that it holds across
 * restarts and instances.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final String ADDRESS = "address:";

    /** The throttling keys of an attempt: the account (or client) and the address it came from. */
    public static List<String> keys(String account, String clientAddress) {
        return List.of("account:" + account, ADDRESS + clientAddress);
    }

    private final EntityManager em;
    private final HandreikingConfig.Auth config;

    SignInThrottle(EntityManager em, HandreikingConfig config) {
        this.em = em;
        this.config = config.auth();
    }

    /** How long the caller must still wait before trying any of these keys again, if at all. */
    @Transactional
    public Optional<Duration> waitFor(List<String> keys) {
        OffsetDateTime now = OffsetDateTime.now();
        return keys.stream()
                .map(key -> (List<?>) em.createNativeQuery(
                                "SELECT blocked_until FROM sign_in_failure WHERE key = ?1 AND blocked_until > ?2")
                        .setParameter(1, key)
                        .setParameter(2, now)
                        .getResultList())
                .filter(rows -> !rows.isEmpty())
                .map(rows -> Duration.between(now, toOffset(rows.get(0))))
                .max(Duration::compareTo);
    }

    /** Counts a failure for every key, in its own transaction so that it stays counted when the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(List<String> keys) {
        OffsetDateTime now = OffsetDateTime.now();
        for (String key : keys) {
            em.createNativeQuery("""
                    INSERT INTO sign_in_failure (key, failures, last_failure_at) VALUES (?1, 1, ?2)
                    ON CONFLICT (key) DO UPDATE SET
                        failures = CASE WHEN sign_in_failure.last_failure_at < ?3 THEN 1 ELSE sign_in_failure.failures + 1 END,
                        last_failure_at = ?2
                    """)
                    .setParameter(1, key)
                    .setParameter(2, now)
                    .setParameter(3, now.minus(FORGET_AFTER))
                    .executeUpdate();
            int failures = ((Number) em.createNativeQuery("SELECT failures FROM sign_in_failure WHERE key = ?1")
                            .setParameter(1, key)
                            .getSingleResult())
                    .intValue();
            int free = key.startsWith(ADDRESS) ? config.freeFailuresPerAddress() : config.freeFailuresPerAccount();
            if (failures > free) {
                em.createNativeQuery("UPDATE sign_in_failure SET blocked_until = ?2 WHERE key = ?1")
                        .setParameter(1, key)
                        .setParameter(2, now.plus(block(failures - free)))
                        .executeUpdate();
            }
        }
    }

    @Transactional
    void succeeded(String key) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE key = ?1")
                .setParameter(1, key)
                .executeUpdate();
    }

    private Duration block(int excess) {
        Duration wait = Duration.ofSeconds(1L << Math.min(excess, 20));
        return wait.compareTo(config.maxBlock()) > 0 ? config.maxBlock() : wait;
    }

    private static OffsetDateTime toOffset(Object value) {
        return value instanceof OffsetDateTime offset
                ? offset
                : ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }
}
