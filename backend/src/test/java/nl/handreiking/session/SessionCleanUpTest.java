package nl.handreiking.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clean-up forgets sessions that ended a week ago and failures that no longer count, and nothing else. */
@QuarkusTest
class SessionCleanUpTest {

    @Inject
    SessionCleanUp cleanUp;

    @Inject
    EntityManager em;

    @Test
    void forgetsSessionsEndedAWeekAgoAndFailuresThatNoLongerCount() {
        UUID expiredLongAgo = session("now() - interval '8 days'", "NULL");
        UUID signedOutLongAgo = session("now() + interval '1 hour'", "now() - interval '8 days'");
        UUID expiredYesterday = session("now() - interval '1 day'", "NULL");
        UUID live = session("now() + interval '1 hour'", "NULL");
        String mark = UUID.randomUUID().toString();
        failure(mark + "-forgotten", "now() - interval '2 hours'", "NULL");
        failure(mark + "-still-blocked", "now() - interval '2 hours'", "now() + interval '5 minutes'");
        failure(mark + "-recent", "now() - interval '5 minutes'", "NULL");

        cleanUp.cleanUp();

        assertThat(existing(
                        "SELECT id FROM auth_session WHERE id IN (?1)",
                        List.of(expiredLongAgo, signedOutLongAgo, expiredYesterday, live)))
                .containsExactlyInAnyOrder(expiredYesterday, live);
        assertThat(existing("SELECT key FROM sign_in_failure WHERE key LIKE ?1", mark + "%"))
                .containsExactlyInAnyOrder(mark + "-still-blocked", mark + "-recent");
    }

    private UUID session(String expiresAt, String revokedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO auth_session"
                                + " (id, account_id, refresh_hash, created_at, refreshed_at, expires_at, revoked_at)"
                                + " SELECT ?1, id, 'x', now() - interval '9 days', now() - interval '9 days', "
                                + expiresAt + ", " + revokedAt + " FROM account LIMIT 1")
                        .setParameter(1, id)
                        .executeUpdate());
        return id;
    }

    private void failure(String key, String lastFailureAt, String blockedUntil) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO sign_in_failure (key, failures, last_failure_at, blocked_until)"
                                        + " VALUES (?1, 9, " + lastFailureAt + ", " + blockedUntil + ")")
                        .setParameter(1, key)
                        .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<Object> existing(String query, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        em.createNativeQuery(query).setParameter(1, parameter).getResultList());
    }
}
