package nl.handreiking.signal.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;
import nl.handreiking.audit.FieldChangeView;
import nl.handreiking.signal.SignalEvent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a signal's history: who did what, when, and with which text. */
@Schema(name = "SignalEvent", description = "Eén gebeurtenis in de geschiedenis van een signaal.")
record SignalEventView(
        @Schema(examples = "2021-02-12T09:30:00Z") OffsetDateTime occurredAt,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"user", "client", "system"},
                examples = "user")
        String actorType,

        @Schema(examples = "Ondersteuningsteam COA (demo)") String actorName,

        @Schema(
                description = "submitted, een overgang (transition), classified, linked, unlinked of attached.",
                type = SchemaType.STRING,
                enumeration = {"submitted", "transition", "classified", "linked", "unlinked", "attached"},
                examples = "transition")
        String action,

        @Schema(
                description = "Naam van de overgang: start, answer, forward, reject, close of reopen.",
                nullable = true,
                examples = "answer")
        String transition,

        @Schema(nullable = true, examples = "in_progress") String fromStatus,
        @Schema(nullable = true, examples = "answered") String toStatus,

        @Schema(
                nullable = true,
                description = "De tekst bij de overgang (antwoord, reden).",
                examples = "De IND zet extra beslismedewerkers in.")
        String text,

        @Schema(description = "Gewijzigde velden (bij classified, linked, unlinked, attached).")
        List<FieldChangeView> changes) {

    static SignalEventView from(SignalEvent event) {
        return new SignalEventView(
                event.at,
                event.actor.type(),
                event.actor.name(),
                event.action,
                event.transition,
                event.fromStatus,
                event.toStatus,
                event.text,
                FieldChangeView.of(event.changes));
    }
}
