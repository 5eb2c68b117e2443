package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A scheduled job runs once per cluster however many instances ask, and again when the one running it died. */
@QuarkusTest
class ClusterJobsTest {

    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void twoInstancesAskingAtOnceRunTheJobOnce() {
        String job = "test-" + UUID.randomUUID();
        ClusterJobs first = new ClusterJobs(em, "instance-a");
        ClusterJobs second = new ClusterJobs(em, "instance-b");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> asked = List.of(first, second).stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return instance.runIfDue(job, HOURLY, LEASE, this::slowWork);
                }))
                .toList();
        start.countDown();
        asked.forEach(CompletableFuture::join);

        assertThat(runs).as("runs in the cluster").hasValue(1);
        assertThat(second.runIfDue(job, HOURLY, LEASE, this::slowWork))
                .as("not due again within the hour")
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aJobHeldByAnInstanceThatDiedRunsAgainWhenItsLeaseEnds() {
        String job = "test-" + UUID.randomUUID();
        ClusterJobs living = new ClusterJobs(em, "living");
        heldByADeadInstanceUntil(job, "now() + interval '5 minutes'");
        assertThat(living.runIfDue(job, HOURLY, LEASE, runs::incrementAndGet))
                .as("held")
                .isFalse();

        heldByADeadInstanceUntil(job, "now() - interval '1 second'");
        assertThat(living.runIfDue(job, HOURLY, LEASE, runs::incrementAndGet))
                .as("lease ended")
                .isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedRunIsTriedAgainAtTheNextTick() {
        String job = "test-" + UUID.randomUUID();
        ClusterJobs instance = new ClusterJobs(em, "instance-a");
        assertThat(instance.runIfDue(job, HOURLY, LEASE, () -> {
                    throw new IllegalStateException("the mail server is away");
                }))
                .isFalse();
        assertThat(instance.runIfDue(job, HOURLY, LEASE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private void slowWork() {
        runs.incrementAndGet();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void heldByADeadInstanceUntil(String job, String until) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO cluster_job (name, claimed_by, claimed_until, run_started_at)"
                                        + " VALUES (?1, 'an instance that died', " + until
                                        + ", now() - interval '1 minute')"
                                        + " ON CONFLICT (name) DO UPDATE SET claimed_until = excluded.claimed_until")
                        .setParameter(1, job)
                        .executeUpdate());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
