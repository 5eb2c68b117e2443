package nl.handreiking.savedsearch;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.SearchParams;
import nl.handreiking.catalogue.SearchQuery;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Caller;
import nl.handreiking.user.MailAddresses;

/** A person's saved searches: each sees and changes only their own; another's is as absent as one never saved. */
@ApplicationScoped
@Transactional
class SavedSearchService {

    static final int MAX_NAME = 100;
    static final int MAX_PER_PERSON = 50;

    /** A new window starts now: what changed while a search was paused (or before it was saved) is not news. */
    private static final String RESTART_WINDOW =
            "UPDATE saved_search SET digest_horizon = pg_snapshot_xmin(pg_current_snapshot()) WHERE id = ?1";

    private final EntityManager em;
    private final MailAddresses addresses;

    private final Optional<Duration> firstDigestAfter;

    SavedSearchService(EntityManager em, MailAddresses addresses, HandreikingConfig config) {
        this.em = em;
        this.addresses = addresses;
        this.firstDigestAfter = config.savedSearches().firstDigestAfter();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    nl.handreiking.common.Page<SavedSearch> list(PageRequest.Bounds bounds, Caller caller) {
        var query = SavedSearch.<SavedSearch>find("accountId", Sort.by("name").and("id"), owner(caller))
                .page(Page.of(bounds.page() - 1, bounds.size()));
        return nl.handreiking.common.Page.of(query.list(), bounds, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<SavedSearch> find(UUID id, Caller caller) {
        return SavedSearch.<SavedSearch>findByIdOptional(id).filter(search -> search.accountId.equals(owner(caller)));
    }

    SavedSearch create(SavedSearchRequest request, Caller caller) {
        QueryParams params = new QueryParams();
        Optional<Kind> kind = params.oneOf("kind", request.kind(), Kind.class);
        Frequency frequency =
                params.oneOf("frequency", request.frequency(), Frequency.class).orElse(Frequency.WEEKLY);
        boolean closingAlerts = Boolean.TRUE.equals(request.closingAlerts());
        if (closingAlerts && kind.isPresent()) {
            checkClosingAlerts(params, kind.get());
        }
        params.throwIfInvalid();
        SearchQuery query = SearchParams.saved(
                request.q(),
                request.domain(),
                request.audience(),
                request.organisation(),
                request.openOn(),
                request.closesBefore(),
                request.sort());
        UUID owner = owner(caller);
        if (addresses.activePerson(owner).isEmpty()) {
            throw ProblemException.forbidden(Messages.text("detail.savedSearchNeedsAccount"));
        }
        // one person's saves one at a time, so that two at once cannot pass the limit together
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "saved-search " + owner)
                .getSingleResult();
        if (SavedSearch.count("accountId", owner) >= MAX_PER_PERSON) {
            throw ProblemException.conflict(Messages.text("detail.tooManySavedSearches", MAX_PER_PERSON));
        }
        SavedSearch search = new SavedSearch();
        search.id = UUID.randomUUID();
        search.accountId = owner;
        search.name = request.name().strip();
        search.kind = kind.orElseThrow().apiValue();
        search.q = query.text().orElse(null);
        search.domain = query.domain().orElse(null);
        search.audience = query.audience().orElse(null);
        search.organisation = query.organisation().orElse(null);
        search.openOn = query.openOn().orElse(null);
        search.closesBefore = query.closesBefore().orElse(null);
        search.sort = request.sort() == null || request.sort().isBlank()
                ? null
                : query.sort().apiValue();
        search.frequency = frequency.apiValue();
        search.version = 1;
        search.createdAt = OffsetDateTime.now();
        search.updatedAt = search.createdAt;
        search.nextDigestAt = search.createdAt.plus(firstDigestAfter.orElse(frequency.period()));
        search.closingAlertsSince = closingAlerts ? search.createdAt : null;
        search.persist();
        Log.infof("Saved search %s created", search.id);
        return search;
    }

    Optional<SavedSearch> change(UUID id, String ifMatch, SavedSearchChange change, Caller caller) {
        return find(id, caller).map(search -> {
            em.lock(search, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(search);
            Preconditions.check(ifMatch, search.version);
            QueryParams params = new QueryParams();
            Optional<Frequency> frequency = params.oneOf("frequency", change.frequency(), Frequency.class);
            if (change.name() != null && change.name().isBlank()) {
                params.reject("name", Messages.text("reason.required"));
            }
            if (Boolean.TRUE.equals(change.closingAlerts())) {
                checkClosingAlerts(params, Kind.of(search.kind));
            }
            params.throwIfInvalid();
            if (change.name() != null) {
                search.name = change.name().strip();
            }
            frequency.ifPresent(wanted -> {
                search.frequency = wanted.apiValue();
                OffsetDateTime from = search.lastDigestAt == null ? search.createdAt : search.lastDigestAt;
                search.nextDigestAt = from.plus(wanted.period());
            });
            if (change.paused() != null && change.paused() != search.paused) {
                pause(search, change.paused());
            }
            if (change.closingAlerts() != null && change.closingAlerts() != (search.closingAlertsSince != null)) {
                search.closingAlertsSince = change.closingAlerts() ? OffsetDateTime.now() : null;
            }
            search.version++;
            search.updatedAt = OffsetDateTime.now();
            return search;
        });
    }

    /** Closing dates are funding's: a search of tasks or measures has none to remind of. */
    private static void checkClosingAlerts(QueryParams params, Kind kind) {
        if (kind != Kind.FUNDING) {
            params.reject("closingAlerts", Messages.text("reason.closingAlertsOnlyFunding"));
        }
    }

    /** Pauses or resumes; a resumed search starts a new window, so the paused time never arrives all at once. */
    void pause(SavedSearch search, boolean paused) {
        search.paused = paused;
        if (!paused) {
            search.nextDigestAt =
                    OffsetDateTime.now().plus(Frequency.of(search.frequency).period());
            em.flush();
            em.createNativeQuery(RESTART_WINDOW).setParameter(1, search.id).executeUpdate();
        }
    }

    boolean delete(UUID id, Caller caller) {
        return find(id, caller)
                .map(search -> {
                    search.delete();
                    Log.infof("Saved search %s deleted", id);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Only people have saved searches (the resource admits only roles): their account id is their caller id. A
     * person signed in elsewhere (an external identity provider) has no account here, so nothing to mail to.
     */
    private static UUID owner(Caller caller) {
        try {
            return UUID.fromString(caller.id());
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden(Messages.text("detail.savedSearchNeedsAccount"));
        }
    }
}
