package nl.handreiking.signal;

import java.util.Optional;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;

/**
 * Who sees which signal: the support team all of them; a municipality or province the signals of its own
 * region; another system those of its region or, without one, those it submitted. Anyone else sees none,
 * and a signal they cannot see does not exist for them (404, not 403).
 */
final class SignalAccess {

    private SignalAccess() {}

    /** The side the caller is on for this signal, if it may see it at all. */
    static Optional<SignalWorkflow.Party> party(Signal signal, Caller caller) {
        if (caller.is(Role.SUPPORT)) {
            return Optional.of(SignalWorkflow.Party.SUPPORT);
        }
        boolean ownRegion =
                caller.regionCode().filter(signal.regionCode::equals).isPresent();
        boolean ownSubmission = caller.kind() == Caller.Kind.CLIENT
                && caller.regionCode().isEmpty()
                && signal.submitterType.equals("client")
                && signal.submitterId.equals(caller.id());
        return ownRegion || ownSubmission ? Optional.of(SignalWorkflow.Party.SUBMITTER) : Optional.empty();
    }

    /** Whether {@link #visibleTo} restricts by region alone, or not at all. */
    static boolean byRegion(Caller caller) {
        return caller.is(Role.SUPPORT) || caller.regionCode().isPresent();
    }

    /** Restricts a query on {@code Signal s} to what the caller may see. */
    static Where visibleTo(Caller caller, Where where) {
        if (caller.is(Role.SUPPORT)) {
            return where;
        }
        if (caller.regionCode().isPresent()) {
            return where.and("s.regionCode = :callerRegion", "callerRegion", caller.regionCode());
        }
        if (caller.kind() == Caller.Kind.CLIENT) {
            return where.and("s.submitterType = 'client'")
                    .and("s.submitterId = :callerId", "callerId", Optional.of(caller.id()));
        }
        return where.and("false = true");
    }
}
