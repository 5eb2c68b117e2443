package nl.handreiking.session;

import java.util.List;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, as the API shows it: enough for a client to fit its navigation to the role. */
@Schema(
        name = "Caller",
        description = "Wie de aanroeper is: een persoon met een rol, of een ander overheidssysteem met scopes.")
public record CallerView(
        @Schema(
                description = "Persoon of systeem.",
                type = SchemaType.STRING,
                enumeration = {"user", "client"},
                examples = "user")
        String kind,

        @Schema(
                description = "Id van de persoon, of client-id van het systeem.",
                examples = "4f1c2a9e-6d1b-4b8e-9c43-0b7d5f3a2e10")
        String id,

        @Schema(description = "Naam.", examples = "Gemeente Utrecht (demo)")
        String name,

        @Schema(
                description = "Rol van een persoon.",
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"municipality", "province", "support", "editor", "admin"},
                examples = "municipality")
        String role,

        @Schema(description = "Scopes van een systeem.", examples = "[\"signals:write\"]")
        List<String> scopes,

        @Schema(
                description = "Organisatie (JENV, BZK, ...) van ondersteuningsteam, redacteur of beheerder.",
                nullable = true,
                examples = "BZK")
        String organisationCode,

        @Schema(description = "Gemeente of provincie van een ambtenaar.", nullable = true, examples = "GM0344")
        String regionCode) {

    static CallerView from(Caller caller) {
        return new CallerView(
                caller.actorType(),
                caller.id(),
                caller.name(),
                caller.role().map(Role::apiValue).orElse(null),
                caller.scopes().stream().map(Scope::apiValue).sorted().toList(),
                caller.organisationCode().orElse(null),
                caller.regionCode().orElse(null));
    }
}
