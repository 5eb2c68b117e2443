package nl.handreiking.session;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import nl.handreiking.common.ClusterJobs;

/**
 * Forgets what sign-in no longer needs, once an hour by one instance of the cluster: sessions that ended
 * (expired or signed out) a week ago, with the digests of their rotated refresh tokens, and failed
 * sign-ins that no longer count (an hour without a failure, no wait imposed).
 */
@ApplicationScoped
class SessionCleanUp {

    private static final String ENDED_SESSIONS = "DELETE FROM auth_session"
            + " WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days'";
    private static final String FORGOTTEN_FAILURES = "DELETE FROM sign_in_failure"
            + " WHERE last_failure_at < now() - interval '1 hour' AND (blocked_until IS NULL OR blocked_until < now())";

    private final ClusterJobs jobs;
    private final EntityManager em;

    SessionCleanUp(ClusterJobs jobs, EntityManager em) {
        this.jobs = jobs;
        this.em = em;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        jobs.runIfDue("session-clean-up", Duration.ofHours(1), Duration.ofMinutes(10), this::cleanUp);
    }

    void cleanUp() {
        int sessions = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(ENDED_SESSIONS).executeUpdate());
        int failures = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(FORGOTTEN_FAILURES).executeUpdate());
        Log.infof("Clean-up: %d ended sessions and %d forgotten sign-in failures deleted", sessions, failures);
    }
}
