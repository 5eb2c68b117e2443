package nl.handreiking.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field of the item that changed, by its API values (a status, a role), so that a client names them in its
 * own words and language; the summary holds only what needs no translation.
 */
@Schema(
        name = "AuditChange",
        description = "Het veld dat veranderde, met de API-waarden ervoor en erna; een client zet ze in woorden.")
public record AuditChange(
        @Schema(
                description = "Welk veld: de status van het item (`status`) of de rol van een account (`role`).",
                type = SchemaType.STRING,
                enumeration = {"status", "role"},
                examples = "status")
        String field,

        @Schema(
                description = "De waarde ervoor, zoals de API haar noemt; leeg bij een nieuw item.",
                nullable = true,
                examples = "submitted")
        String from,

        @Schema(description = "De waarde erna, zoals de API haar noemt.", examples = "in_progress")
        String to) {

    /** A status that moved, such as a signal's or a provincial plan's. */
    public static AuditChange status(String from, String to) {
        return new AuditChange("status", from, to);
    }

    /** The role an account was given. */
    public static AuditChange role(String role) {
        return new AuditChange("role", null, role);
    }
}
