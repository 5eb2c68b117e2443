package nl.handreiking.signal.lifecycle;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.agenda.AgendaItem;
import nl.handreiking.audit.AuditChange;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.catalogue.CatalogueService;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalEvent;
import nl.handreiking.signal.SignalRules;
import nl.handreiking.signal.SignalService;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalWorkflow;
import nl.handreiking.webhook.WebhookEvents;

/**
 * Moves signals through their lifecycle ({@link SignalWorkflow}), keeping each move and telling the submitter (and the owning team of a
 * reopening); tells their history.
 */
@ApplicationScoped
@Transactional
public class SignalTransitions {

    private final SignalService signals;
    private final AnswerTerms terms;
    private final SignalNotifications notifications;
    private final AuditLog audit;
    private final CatalogueService catalogue;
    private final WebhookEvents webhooks;

    SignalTransitions(
            SignalService signals,
            AnswerTerms terms,
            SignalNotifications notifications,
            AuditLog audit,
            CatalogueService catalogue,
            WebhookEvents webhooks) {
        this.signals = signals;
        this.terms = terms;
        this.notifications = notifications;
        this.audit = audit;
        this.catalogue = catalogue;
        this.webhooks = webhooks;
    }

    /** The signal as the caller sees it after a move made now, or empty when the caller cannot see it. */
    Optional<SignalService.Shown> move(UUID id, TransitionRequest request, Caller caller) {
        return move(id, request, caller, Moment.now()).map(seen -> signals.show(seen, caller));
    }

    /** The signal's history, oldest first; a link to an item the caller may not see is left out, with its title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<List<SignalEventView>> history(UUID id, boolean transitionsOnly, Caller caller) {
        return signals.visible(id, caller).map(seen -> events(seen.signal(), transitionsOnly, caller));
    }

    private List<SignalEventView> events(Signal signal, boolean transitionsOnly, Caller caller) {
        return SignalEvent.<SignalEvent>find(
                        (transitionsOnly ? "action = 'transition' and " : "") + "signalId = ?1 order by id", signal.id)
                .list()
                .stream()
                .filter(event -> !isLink(event)
                        || event.changes.stream()
                                .allMatch(change -> catalogue.maySee(change.linked(), Optional.of(caller))))
                .map(SignalEventView::from)
                .toList();
    }

    private static boolean isLink(SignalEvent event) {
        return event.action.equals("linked") || event.action.equals("unlinked");
    }

    /** The signal after the move at this moment, or empty when the caller cannot see it. */
    public Optional<SignalService.Seen> move(UUID id, TransitionRequest request, Caller caller, Moment moment) {
        return signals.locked(id, caller).map(seen -> {
            Signal signal = seen.signal();
            SignalStatus to = SignalRules.status(request.status());
            Optional<String> text =
                    Optional.ofNullable(request.text()).map(String::strip).filter(t -> !t.isEmpty());
            SignalWorkflow.Move move =
                    SignalWorkflow.check(signal, seen.party(), to, text, moment.at(), terms.reopenPeriod());
            List<FieldChange> changes = new ArrayList<>();
            if (move.to() == SignalStatus.FORWARDED) { // forwarding means: taken into a named action of the agenda
                AgendaItem item = agendaItem(request.agendaItemId());
                changes.add(FieldChange.of("agendaItem", null, item.title));
                signal.agendaItemId = item.id;
            }
            apply(signal, move, text.orElse(null), moment);
            SignalEvent.transition(signal, caller, moment, move, text.orElse(null), changes);
            audit.record(
                    caller,
                    move.name(),
                    "signal",
                    signal.id.toString(),
                    signal.reference,
                    AuditChange.status(move.from().apiValue(), to.apiValue()));
            if (moment.announce()) {
                notifications.moved(signal, move, text.orElse(null));
                if (move.reopens()) {
                    notifications.reopened(signal, text.orElse(null));
                }
                if (signal.submitterType.equals("client")) { // its submitter hears of it, nobody else
                    webhooks.signalStatusChanged(
                            signal.submitterId,
                            signal.id,
                            signal.reference,
                            move.from().apiValue(),
                            to.apiValue());
                }
            }
            Log.infof(
                    "Signal %s moved from %s to %s (%s)",
                    signal.id, move.from().apiValue(), to.apiValue(), move.name());
            return seen;
        });
    }

    private static AgendaItem agendaItem(String id) {
        try {
            return AgendaItem.<AgendaItem>findByIdOptional(UUID.fromString(String.valueOf(id)))
                    .orElseThrow(
                            () -> ProblemException.badRequest("agendaItemId", Messages.text("reason.notAnAgendaItem")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("agendaItemId", Messages.text("reason.agendaItemRequired"));
        }
    }

    private void apply(Signal signal, SignalWorkflow.Move move, String text, Moment moment) {
        signal.status = move.to().apiValue();
        if (move.to() == SignalStatus.ANSWERED) {
            signal.answer = text;
            signal.answeredAt = moment.at();
            if (signal.firstAnsweredAt == null) {
                signal.firstAnsweredAt = moment.at();
                signal.answeredOnTime = !AnswerTerms.dateOf(moment.at()).isAfter(signal.dueOn);
            }
        }
        if (move.name().equals("reopen")) { // a reopened signal gets a full new term for its next answer
            signal.dueOn = terms.dueOn(signal.theme, moment.at());
        }
        signal.touch(moment);
    }
}
