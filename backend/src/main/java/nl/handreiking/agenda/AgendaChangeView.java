package nl.handreiking.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import nl.handreiking.audit.FieldChangeView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an agenda item. */
@Schema(name = "AgendaItemChange", description = "Eén versie van een actie: wie, wanneer, welke velden.")
public record AgendaChangeView(
        @Schema(examples = "2") int version,
        @Schema(examples = "2021-03-01T10:00:00Z") OffsetDateTime changedAt,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"user", "client", "system"},
                examples = "user")
        String actorType,

        @Schema(examples = "Ondersteuningsteam JenV (demo)") String actorName,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"created", "updated"},
                examples = "updated")
        String action,

        @Schema(description = "De gewijzigde velden.") List<FieldChangeView> changes) {

    static AgendaChangeView from(AgendaChange change) {
        return new AgendaChangeView(
                change.version,
                change.at,
                change.actor.type(),
                change.actor.name(),
                change.action,
                FieldChangeView.of(change.changes));
    }
}
