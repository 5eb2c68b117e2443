package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.identity.Caller;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that happened to a signal: its submission, a transition, a classification, a link or an attachment. */
@Entity
@Table(name = "signal_event")
public class SignalEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "signal_id")
    public UUID signalId;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "actor_type")
    public String actorType;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_name")
    public String actorName;
    public String action;
    /** For a transition: start, answer, forward, reject, close or reopen. */
    public String transition;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Change> changes;

    /** Keeps something that happened to the signal (not a transition: see {@link #transition}). */
    public static void record(Signal signal, Caller actor, Moment moment, String action, List<Change> changes) {
        write(signal, actor, moment, action, null, null, changes);
    }

    /** Keeps a transition with its from and to status and its text. */
    public static void transition(Signal signal, Caller actor, Moment moment, SignalWorkflow.Move move, String text, List<Change> changes) {
        write(signal, actor, moment, "transition", text, move, changes);
    }

    private static SignalEvent write(Signal signal, Caller actor, Moment moment, String action, String text, SignalWorkflow.Move move, List<Change> changes) {
        SignalEvent event = new SignalEvent();
        event.signalId = signal.id;
        event.occurredAt = moment.at();
        event.actorType = actor.actorType();
        event.actorId = actor.id();
        event.actorName = actor.name();
        event.action = action;
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

    /**
     * A field that changed, with its value before and after (as text); for a link, {@code item} is the
     * linked catalogue item, so that its title is shown only to those who may see that item.
     */
    public record Change(String field, String from, String to, UUID item) {
    }
}
