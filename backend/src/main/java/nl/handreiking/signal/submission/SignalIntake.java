package nl.handreiking.signal.submission;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.region.RegionService;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.Priority;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalEvent;
import nl.handreiking.signal.SignalRules;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalTheme;
import nl.handreiking.signal.SignalType;
import nl.handreiking.signal.lifecycle.SignalNotifications;

/**
 * Takes in signals and questions: checks them, gives each its gapless reference number and due date,
 * and tells the owning team.
 */
@ApplicationScoped
@Transactional
class SignalIntake {

    private final EntityManager em;
    private final AnswerTerms terms;
    private final RegionService regions;
    private final SignalNotifications notifications;
    private final AuditLog audit;

    SignalIntake(
            EntityManager em,
            AnswerTerms terms,
            RegionService regions,
            SignalNotifications notifications,
            AuditLog audit) {
        this.em = em;
        this.terms = terms;
        this.regions = regions;
        this.notifications = notifications;
        this.audit = audit;
    }

    Signal submit(SignalRequest request, Caller caller, Moment moment) {
        SignalType type = SignalRules.type(request.type());
        SignalTheme theme = SignalRules.theme(request.theme());
        String regionCode = region(request.regionCode(), caller);
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.reference =
                nextReference(moment.at().atZoneSameInstant(AnswerTerms.ZONE).getYear());
        signal.type = type.apiValue();
        signal.theme = theme.code;
        signal.title = request.title().strip();
        signal.description = request.description().strip();
        signal.regionCode = regionCode;
        signal.submitterType = caller.actorType();
        signal.submitterId = caller.id();
        signal.submitterName = caller.name();
        signal.ownerCode = theme.defaultOwner;
        signal.status = SignalStatus.SUBMITTED.apiValue();
        signal.priority = Priority.NORMAL.apiValue();
        signal.submittedAt = moment.at();
        signal.dueOn = terms.dueOn(theme.code, moment.at());
        signal.version = 1;
        signal.updatedAt = moment.at();
        signal.persist();
        SignalEvent.record(signal, caller, moment, "submitted", List.of());
        audit.record(caller, "submitted", "signal", signal.id.toString(), signal.reference + " " + signal.title);
        if (moment.announce()) {
            notifications.submitted(signal);
        }
        Log.infof("Signal %s submitted as %s for %s", signal.id, signal.reference, regionCode);
        return signal;
    }

    private String region(String requested, Caller caller) {
        if (caller.regionCode().isPresent()) {
            if (requested != null && !requested.equals(caller.regionCode().get())) {
                throw ProblemException.badRequest(
                        "regionCode",
                        Messages.text("reason.ownRegion", caller.regionCode().get()));
            }
            return caller.regionCode().get();
        }
        if (requested == null) {
            throw ProblemException.badRequest("regionCode", Messages.text("reason.regionRequiredForSystem"));
        }
        return regions.place(requested)
                .map(RegionService.Place::code)
                .orElseThrow(() -> ProblemException.badRequest("regionCode", Messages.text("reason.notARegion2021")));
    }

    /**
     * The next reference number of the year. The counter row stays locked until the submission commits,
     * so concurrent submissions take their numbers one after the other; a failed submission rolls its
     * number back, so there are no gaps.
     */
    private String nextReference(int year) {
        Number last = (Number) em.createNativeQuery("INSERT INTO signal_counter (year, last) VALUES (?1, 1) "
                        + "ON CONFLICT (year) DO UPDATE SET last = signal_counter.last + 1 RETURNING last")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("SIG-%d-%06d", year, last.intValue());
    }
}
