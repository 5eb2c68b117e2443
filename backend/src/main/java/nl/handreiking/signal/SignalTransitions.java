package nl.handreiking.signal;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.auth.Caller;

/** Moves signals through their lifecycle ({@link SignalWorkflow}), keeping each move and telling the submitter. */
@ApplicationScoped
@Transactional
public class SignalTransitions {

    private final SignalService signals;
    private final AnswerTerms terms;
    private final SignalNotifications notifications;
    private final AuditLog audit;

    SignalTransitions(SignalService signals, AnswerTerms terms, SignalNotifications notifications, AuditLog audit) {
        this.signals = signals;
        this.terms = terms;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** The signal after the move, or empty when the caller cannot see it. */
    public Optional<SignalService.Seen> move(UUID id, TransitionRequest request, Caller caller, Moment moment) {
        return signals.locked(id, caller).map(seen -> {
            Signal signal = seen.signal();
            SignalStatus to = SignalRules.status(request.status());
            Optional<String> text = Optional.ofNullable(request.text()).map(String::strip).filter(t -> !t.isEmpty());
            SignalWorkflow.Move move = SignalWorkflow.check(signal, seen.party(), to, text, moment.at(), terms.reopenPeriod());
            apply(signal, move, text.orElse(null), moment);
            SignalEvent.transition(signal, caller, moment, move, text.orElse(null));
            audit.record(caller, move.name(), "signal", signal.id.toString(), signal.reference + ": " + move.from().apiValue() + " → " + to.apiValue());
            if (moment.announce()) {
                notifications.moved(signal, move, text.orElse(null));
            }
            Log.infof("Signal %s moved from %s to %s (%s)", signal.id, move.from().apiValue(), to.apiValue(), move.name());
            return seen;
        });
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
