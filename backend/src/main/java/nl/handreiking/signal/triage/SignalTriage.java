package nl.handreiking.signal.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.CatalogueService;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.Priority;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalEvent;
import nl.handreiking.signal.SignalRules;
import nl.handreiking.signal.SignalService;
import nl.handreiking.signal.SignalTheme;

/** The support team's work on a signal besides its status: theme, priority, owner, links and internal notes. */
@ApplicationScoped
@Transactional
class SignalTriage {

    private final SignalService signals;
    private final AnswerTerms terms;
    private final EntityManager em;
    private final AuditLog audit;
    private final CatalogueService catalogue;

    SignalTriage(
            SignalService signals, AnswerTerms terms, EntityManager em, AuditLog audit, CatalogueService catalogue) {
        this.signals = signals;
        this.terms = terms;
        this.em = em;
        this.audit = audit;
        this.catalogue = catalogue;
    }

    /** The signal as the caller sees it after the change, or empty when the caller cannot see it. */
    Optional<SignalService.Shown> classify(UUID id, String ifMatch, ClassificationRequest request, Caller caller) {
        return signals.locked(id, caller).map(seen -> {
            Signal signal = seen.signal();
            Preconditions.check(ifMatch, signal.version);
            SignalTheme theme = SignalRules.theme(request.theme());
            Priority priority = SignalRules.priority(request.priority());
            String owner = SignalRules.owner(request.owner()).code;
            List<FieldChange> changes = new ArrayList<>();
            signal.theme = changed(changes, "theme", signal.theme, theme.code);
            signal.priority = changed(changes, "priority", signal.priority, priority.apiValue());
            signal.ownerCode = changed(changes, "owner", signal.ownerCode, owner);
            if (signal.statusValue().awaitsAnswer()) { // a new theme has its own term, counted from submission
                String due = changed(
                        changes,
                        "dueOn",
                        signal.dueOn.toString(),
                        terms.dueOn(signal.theme, signal.submittedAt).toString());
                signal.dueOn = java.time.LocalDate.parse(due);
            }
            if (!changes.isEmpty()) {
                Moment moment = Moment.now();
                signal.touch(moment);
                SignalEvent.record(signal, caller, moment, "classified", changes);
                audit.record(
                        caller,
                        "classified",
                        "signal",
                        signal.id.toString(),
                        signal.reference + " " + changes.size() + " veld(en)");
            }
            return signals.show(seen, caller);
        });
    }

    /** Links or unlinks a task or measure; the signal as the caller then sees it, or empty when it cannot see it. */
    Optional<SignalService.Shown> link(UUID id, UUID itemId, boolean add, Caller caller) {
        return signals.locked(id, caller).map(seen -> {
            Signal signal = seen.signal();
            CatalogueItem item = catalogue
                    .visibleItem(itemId, Optional.of(caller)) // a draft the caller cannot see does not exist for it
                    .filter(found -> found.kind.equals("task") || found.kind.equals("measure"))
                    .orElseThrow(() -> ProblemException.badRequest("itemId", Messages.text("reason.notTaskOrMeasure")));
            int rows = add
                    ? em.createNativeQuery("INSERT INTO signal_link VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                            .setParameter(1, signal.id)
                            .setParameter(2, item.id)
                            .executeUpdate()
                    : em.createNativeQuery("DELETE FROM signal_link WHERE signal_id = ?1 AND item_id = ?2")
                            .setParameter(1, signal.id)
                            .setParameter(2, item.id)
                            .executeUpdate();
            if (rows > 0) {
                Moment moment = Moment.now();
                signal.touch(moment);
                String action = add ? "linked" : "unlinked";
                SignalEvent.record(
                        signal,
                        caller,
                        moment,
                        action,
                        List.of(new FieldChange(item.kind, add ? null : item.title, add ? item.title : null, item.id)));
                audit.record(caller, action, "signal", signal.id.toString(), signal.reference + ": " + item.title);
            }
            return signals.show(seen, caller);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<List<SignalNote>> notes(UUID id, Caller caller) {
        return signals.visible(id, caller)
                .map(seen -> SignalNote.<SignalNote>find("signalId = ?1 order by writtenAt", id)
                        .list());
    }

    Optional<SignalNote> addNote(UUID id, NoteRequest request, Caller caller) {
        return signals.visible(id, caller).map(seen -> {
            SignalNote note = new SignalNote();
            note.id = UUID.randomUUID();
            note.signalId = id;
            note.writtenAt = OffsetDateTime.now();
            note.authorId = caller.id();
            note.authorName = caller.name();
            note.text = request.text().strip();
            note.persist();
            audit.record(caller, "noted", "signal", id.toString(), seen.signal().reference + " interne notitie");
            return note;
        });
    }

    private static String changed(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(FieldChange.of(field, before, after));
        }
        return after;
    }
}
