package nl.handreiking.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import nl.handreiking.audit.Actor;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.audit.Recorded;
import nl.handreiking.identity.Caller;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that happened to a signal: its submission, a transition, a classification, a link or an attachment. */
@Entity
@Table(name = "signal_event")
public class SignalEvent extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "signal_id")
    public UUID signalId;
    /** For a transition: start, answer, forward, reject, close or reopen. */
    public String transition;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    /** Keeps something that happened to the signal (not a transition: see {@link #transition}). */
    public static void record(Signal signal, Caller actor, Moment moment, String action, List<FieldChange> changes) {
        write(signal, actor, moment, action, null, null, changes);
    }

    /** Keeps a transition with its from and to status and its text. */
    public static void transition(
            Signal signal,
            Caller actor,
            Moment moment,
            SignalWorkflow.Move move,
            String text,
            List<FieldChange> changes) {
        write(signal, actor, moment, "transition", text, move, changes);
    }

    private static SignalEvent write(
            Signal signal,
            Caller actor,
            Moment moment,
            String action,
            String text,
            SignalWorkflow.Move move,
            List<FieldChange> changes) {
        SignalEvent event = new SignalEvent();
        event.signalId = signal.id;
        event.stamp(Actor.of(actor), moment.at(), action);
        event.text = text;
        if (move != null) {
            event.transition = move.name();
            event.fromStatus = move.from().apiValue();
            event.toStatus = move.to().apiValue();
        }
        event.changes = changes;
        event.persist();
        return event;
    }
}
