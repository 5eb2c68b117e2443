package nl.handreiking.apiclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API client as administrators see it; the secret only once, in the answer to its creation. */
@Schema(name = "ApiClient", description = "Een ander overheidssysteem met toegang tot de API.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiClientView(
        @Schema(description = "Id.", examples = "0b5e7a3c-3a5e-4f9c-8d7e-2c6d9b1a4e21")
        UUID id,

        @Schema(description = "Client-id voor het token-endpoint.", examples = "hr-3f9a1c2b7d4e")
        String clientId,

        @Schema(description = "Naam van het systeem.", examples = "Zaaksysteem gemeente Utrecht")
        String name,

        @Schema(description = "Toegekende scopes.", examples = "[\"signals:write\"]")
        List<String> scopes,

        @Schema(description = "Organisatie waarvoor het systeem werkt.", nullable = true, examples = "COA")
        String organisationCode,

        @Schema(description = "Gemeente of provincie waarvoor het systeem werkt.", nullable = true, examples = "GM0344")
        String regionCode,

        @Schema(description = "Aangemaakt op.", examples = "2021-02-12T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(
                description = "Ingetrokken op; leeg zolang de client actief is.",
                nullable = true,
                examples = "2021-03-01T12:00:00Z")
        OffsetDateTime revokedAt,

        @Schema(
                description = "Het clientgeheim: alleen in het antwoord op het aanmaken, daarna nooit meer.",
                nullable = true,
                examples = "q2X9...")
        String clientSecret) {

    static ApiClientView from(ApiClient client) {
        return withSecret(client, null);
    }

    static ApiClientView withSecret(ApiClient client, String secret) {
        return new ApiClientView(
                client.id,
                client.clientId,
                client.name,
                client.scopeSet().stream().map(Scope::apiValue).sorted().toList(),
                client.organisationCode,
                client.regionCode,
                client.createdAt,
                client.revokedAt,
                secret);
    }
}
