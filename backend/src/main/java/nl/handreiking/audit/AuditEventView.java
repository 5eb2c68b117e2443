package nl.handreiking.audit;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent", description = "Eén wijziging: wie, wanneer, wat en aan welk item.")
public record AuditEventView(
        @Schema(description = "Volgnummer.", examples = "42")
        long id,

        @Schema(description = "Tijdstip van de wijziging.", examples = "2021-02-12T09:30:00Z")
        OffsetDateTime occurredAt,

        @Schema(
                description = "Soort actor.",
                type = SchemaType.STRING,
                enumeration = {"user", "client", "system"},
                examples = "user")
        String actorType,

        @Schema(
                description = "Id van de persoon of client-id van het systeem.",
                examples = "8d6f0c1e-3c1a-4f3e-9a77-1f0f6b1c2d3e")
        String actorId,

        @Schema(description = "Naam van de actor.", examples = "Beheerder Handreiking")
        String actorName,

        @Schema(description = "Wat er gebeurde.", examples = "created")
        String action,

        @Schema(description = "Soort item.", examples = "user")
        String entityType,

        @Schema(description = "Id van het item.", examples = "8d6f0c1e-3c1a-4f3e-9a77-1f0f6b1c2d3e")
        String entityId,

        @Schema(
                description = "Korte omschrijving van de wijziging, zonder codes: een status of rol staat in `change`.",
                examples = "Account aangemaakt voor redacteur@bzk.handreiking.test (BZK)")
        String summary,

        @Schema(
                description =
                        "Het veld dat veranderde (een status, een rol), met API-waarden; leeg bij andere wijzigingen.",
                nullable = true)
        AuditChange change) {

    static AuditEventView from(AuditEvent event) {
        return new AuditEventView(
                event.id,
                event.at,
                event.actor.type(),
                event.actor.id(),
                event.actor.name(),
                event.action,
                event.entityType,
                event.entityId,
                event.summary,
                event.changeField == null
                        ? null
                        : new AuditChange(event.changeField, event.changeFrom, event.changeTo));
    }
}
