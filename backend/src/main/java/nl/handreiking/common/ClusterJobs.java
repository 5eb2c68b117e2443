package nl.handreiking.common;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Runs scheduled work once per cluster. Every instance's scheduler calls {@link #runIfDue}; the job runs in
 * the one instance that claims its row in {@code cluster_job} with a lease, and only when its last finished
 * run started a period ago. An instance that dies mid-run keeps the job only until its lease ends; then the
 * next instance to ask runs it again. See docs/decisions/0015-cluster-jobs-by-lease.md.
 */
@ApplicationScoped
public class ClusterJobs {

    /** A run counts as one period ago a little early, so that schedulers a moment apart do not skip a period. */
    private static final int EARLY_PERCENT = 10;

    private static final String CLAIM = """
            INSERT INTO cluster_job AS job (name, claimed_by, claimed_until, run_started_at)
            VALUES (:name, :instance, now() + make_interval(secs => :lease), now())
            ON CONFLICT (name) DO UPDATE
                SET claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until, run_started_at = now()
                WHERE (job.claimed_until IS NULL OR job.claimed_until < now())
                  AND (job.last_success_at IS NULL OR job.last_success_at <= now() - make_interval(secs => :due))
            RETURNING job.name
            """;
    /** Only the holder releases: a run that outlived its lease must not clear the lease of the instance that took over. */
    private static final String SUCCEEDED = """
            UPDATE cluster_job SET claimed_by = NULL, claimed_until = NULL, last_success_at = run_started_at, last_error = NULL
            WHERE name = :name AND claimed_by = :instance
            """;

    private static final String FAILED = """
            UPDATE cluster_job SET claimed_by = NULL, claimed_until = NULL, last_error = :error
            WHERE name = :name AND claimed_by = :instance
            """;

    private final EntityManager em;
    private final String instance;

    @Inject
    ClusterJobs(EntityManager em) {
        this(em, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** {@code instance} names this instance in the lease; tests play several instances in one process. */
    ClusterJobs(EntityManager em, String instance) {
        this.em = em;
        this.instance = instance;
    }

    /**
     * Runs {@code job} here when it is due ({@code every} since its last finished run started) and no living
     * instance holds it; {@code lease} must be longer than a run can take. Returns whether it ran here and finished.
     */
    public boolean runIfDue(String name, Duration every, Duration lease, Runnable job) {
        if (!claim(name, every, lease)) {
            return false;
        }
        String error = null;
        try {
            job.run();
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.errorf(e, "Cluster job %s failed; it runs again at the next tick", name);
        }
        release(name, error);
        return error == null;
    }

    private boolean claim(String name, Duration every, Duration lease) {
        long due = every.toSeconds() - every.toSeconds() * EARLY_PERCENT / 100;
        return QuarkusTransaction.requiringNew()
                .call(() -> !((List<?>) em.createNativeQuery(CLAIM)
                                .setParameter("name", name)
                                .setParameter("instance", instance)
                                .setParameter("lease", lease.toSeconds())
                                .setParameter("due", due)
                                .getResultList())
                        .isEmpty());
    }

    private void release(String name, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            var release = em.createNativeQuery(error == null ? SUCCEEDED : FAILED)
                    .setParameter("name", name)
                    .setParameter("instance", instance);
            if (error != null) {
                release.setParameter("error", error.length() <= 500 ? error : error.substring(0, 500));
            }
            release.executeUpdate();
        });
    }
}
