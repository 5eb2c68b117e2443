package nl.handreiking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;

/**
 * One way to a signal for every room: reading goes through {@link #visible} (or {@link #locked} for a
 * change), so that nobody sees another region's signal, and what a room hands back is {@link #show}n the
 * same way everywhere.
 */
@ApplicationScoped
@Transactional
public class SignalService {

    private final SignalViews views;

    SignalService(SignalViews views) {
        this.views = views;
    }

    /** A signal with the caller's side of it. */
    public record Seen(Signal signal, SignalWorkflow.Party party) {}

    /** A signal as the caller sees it, with the version its ETag carries. */
    public record Shown(SignalView view, int version) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Seen> visible(UUID id, Caller caller) {
        return Signal.<Signal>findByIdOptional(id)
                .flatMap(signal -> SignalAccess.party(signal, caller).map(party -> new Seen(signal, party)));
    }

    /** The signal, locked for a change, if the caller may see it. */
    public Optional<Seen> locked(UUID id, Caller caller) {
        return Signal.<Signal>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(signal -> SignalAccess.party(signal, caller).map(party -> new Seen(signal, party)));
    }

    /** Restricts a query on {@code Signal s} to what the caller may see. */
    public Where visibleTo(Caller caller, Where where) {
        return SignalAccess.visibleTo(caller, where);
    }

    /** Whether what the caller sees is decided by region alone (the support team: every region). */
    public boolean visibleByRegion(Caller caller) {
        return SignalAccess.byRegion(caller);
    }

    /** The signal as this caller sees it, if it may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Shown> find(UUID id, Caller caller) {
        return visible(id, caller).map(seen -> show(seen, caller));
    }

    /** The signal as this caller, on its side of it, sees it now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shown show(Seen seen, Caller caller) {
        return new Shown(views.detail(seen.signal(), seen.party(), caller), seen.signal().version);
    }

    /** A signal the caller has just made, which it therefore sees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shown show(Signal signal, Caller caller) {
        return show(new Seen(signal, SignalAccess.party(signal, caller).orElseThrow()), caller);
    }

    /** The signals as a list shows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignalSummary> summaries(List<SignalListing> signals) {
        return views.summaries(signals);
    }
}
