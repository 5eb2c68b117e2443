package nl.handreiking.savedsearch;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.MatchingChanges;
import nl.handreiking.common.ClusterJobs;
import nl.handreiking.common.ProblemException;
import nl.handreiking.mail.Outbox;
import nl.handreiking.user.MailAddresses;

/**
 * Sends the digests of saved searches that are due, by one instance of the cluster. Each search is claimed, its
 * mail posted to the outbox and its window moved on in one transaction: a crash leaves it due with nothing sent,
 * and a second instance skips a search that is being claimed. See
 * docs/decisions/0016-saved-search-digests-claimed-with-the-outbox.md.
 */
@ApplicationScoped
class SavedSearchDigests {

    static final String JOB = "saved-search-digests";

    /** Searches one run handles at most; the rest are due still and go at the next tick. */
    private static final int MAX_PER_RUN = 500;

    private static final String CLAIM = """
            SELECT CAST(id AS text), CAST(digest_horizon AS text) FROM saved_search
            WHERE NOT paused AND next_digest_at <= now()
            ORDER BY next_digest_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
            """;
    /** The next digest one period on; after a long stop, one period from now (one digest, not one per period missed). */
    private static final String MOVE_ON = """
            UPDATE saved_search SET digest_horizon = CAST(?2 AS xid8), last_digest_at = now(),
                next_digest_at = CASE WHEN next_digest_at + make_interval(days => ?3) > now()
                                      THEN next_digest_at + make_interval(days => ?3)
                                      ELSE now() + make_interval(days => ?3) END
            WHERE id = ?1
            """;
    /** A search whose digest failed is due again after this; its window stays, so nothing is skipped. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private static final String POSTPONE = """
            UPDATE saved_search SET next_digest_at = now() + make_interval(secs => ?2)
            WHERE id = ?1 AND next_digest_at <= now()
            """;

    private final ClusterJobs jobs;
    private final EntityManager em;
    private final MatchingChanges changes;
    private final MailAddresses addresses;
    private final Outbox outbox;
    private final DigestLetter letters;

    SavedSearchDigests(
            ClusterJobs jobs,
            EntityManager em,
            MatchingChanges changes,
            MailAddresses addresses,
            Outbox outbox,
            DigestLetter letters) {
        this.jobs = jobs;
        this.em = em;
        this.changes = changes;
        this.addresses = addresses;
        this.outbox = outbox;
        this.letters = letters;
    }

    /** Every minute: a search's due time is when its digest should come, not a slot of the job. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        jobs.runIfDue(JOB, Duration.ofMinutes(1), Duration.ofMinutes(15), this::sendDue);
    }

    /**
     * Handles every due search, each in its own transaction; returns how many mails went to the outbox. A search
     * whose digest fails is postponed by {@link #RETRY_AFTER} and the others go on: otherwise it would be first in
     * line again at every run and no one would get a digest.
     */
    int sendDue() {
        int mailed = 0;
        for (int handled = 0; handled < MAX_PER_RUN; handled++) {
            AtomicReference<UUID> claimed = new AtomicReference<>();
            Optional<Boolean> next;
            try {
                next = QuarkusTransaction.requiringNew().call(() -> sendNext(claimed));
            } catch (RuntimeException e) {
                if (claimed.get() == null) {
                    throw e; // no search was claimed: the database itself is in trouble, the whole run waits
                }
                postpone(claimed.get(), e);
                continue;
            }
            if (next.isEmpty()) {
                break;
            }
            mailed += next.get() ? 1 : 0;
        }
        if (mailed > 0) {
            Log.infof("Saved-search digests: %d mails posted", mailed);
        }
        return mailed;
    }

    private void postpone(UUID id, RuntimeException cause) {
        Log.errorf(cause, "Saved search %s: its digest failed; tried again in %s", id, RETRY_AFTER);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(POSTPONE)
                        .setParameter(1, id)
                        .setParameter(2, RETRY_AFTER.toSeconds())
                        .executeUpdate());
    }

    /** Claims the next due search and makes its digest: whether a mail was posted, or empty when none is due. */
    private Optional<Boolean> sendNext(AtomicReference<UUID> claimedId) {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery(CLAIM).getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString((String) claimed.get(0)[0]);
        claimedId.set(id);
        String from = (String) claimed.get(0)[1];
        String to = changes.horizon();
        SavedSearch search = SavedSearch.findById(id);
        List<MatchingChanges.Match> matches = matches(search, from, to);
        boolean mailed = false;
        if (!matches.isEmpty()) {
            Optional<String> address = addresses.activePerson(search.accountId);
            address.ifPresent(recipient -> outbox.post(letters.write(search, matches, recipient)));
            mailed = address.isPresent();
            Log.infof("Saved search %s: digest of %d items%s", id, matches.size(), mailed ? "" : ", account inactive");
        }
        em.createNativeQuery(MOVE_ON)
                .setParameter(1, id)
                .setParameter(2, to)
                .setParameter(3, (int) Frequency.of(search.frequency).period().toDays())
                .executeUpdate();
        return Optional.of(mailed);
    }

    private List<MatchingChanges.Match> matches(SavedSearch search, String from, String to) {
        try {
            return changes.between(from, to, Kind.of(search.kind), search.query());
        } catch (ProblemException e) {
            // a filter the catalogue no longer accepts: nothing can match it; the owner sees the search in the SPA
            Log.warnf("Saved search %s no longer reads as a search; its digest is empty", search.id);
            return List.of();
        }
    }
}
