package nl.handreiking.apiclient;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import nl.handreiking.common.OAuthError;
import nl.handreiking.common.Text;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth2 token endpoint for other government systems (client credentials only). */
@Path("/oauth/token")
@Tag(name = "oauth", description = "Toegangstokens voor andere overheidssystemen (OAuth2 client credentials).")
public class TokenResource {

    private final ClientTokenService service;

    TokenResource(ClientTokenService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "issueToken",
            summary = "Token aanvragen",
            description =
                    "OAuth2 client credentials: stuur grant_type=client_credentials met client_id en client_secret "
                            + "(in de body of met HTTP Basic), optioneel scope.")
    @APIResponse(
            responseCode = "200",
            description = "Token uitgegeven.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Ongeldig verzoek (RFC 6749): invalid_request, unsupported_grant_type of invalid_scope.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(
            responseCode = "401",
            description = "invalid_client: client onbekend, ingetrokken of geheim onjuist.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(
            responseCode = "429",
            description = "temporarily_unavailable: te veel mislukte pogingen; Retry-After zegt hoe lang te wachten.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OAuthError.class)))
    public TokenResponse token(
            @FormParam("grant_type")
                    @Parameter(description = "Altijd client_credentials.", example = "client_credentials")
                    String grantType,
            @FormParam("client_id") @Parameter(description = "Client-id.") String clientId,
            @FormParam("client_secret") @Parameter(description = "Clientgeheim.") String clientSecret,
            @FormParam("scope")
                    @Parameter(description = "Gevraagde scopes, gescheiden door spaties.", example = "signals:write")
                    String scope,
            @HeaderParam("Authorization") @Parameter(hidden = true) String authorization,
            @Context HttpServerRequest http) {
        Text.requireLine("grant_type", grantType); // form fields reach the database as they come
        Text.requireLine("client_id", clientId);
        Text.requireLine("client_secret", clientSecret);
        Text.requireLine("scope", scope);
        String[] basic = basicCredentials(authorization);
        if (basic != null) {
            Text.requireLine("Authorization", basic[0] + basic[1]);
        }
        var granted = service.grant(
                grantType,
                basic != null ? basic[0] : clientId,
                basic != null ? basic[1] : clientSecret,
                scope,
                http.remoteAddress().hostAddress());
        String scopes = granted.scopes().stream().map(Scope::apiValue).sorted().collect(Collectors.joining(" "));
        long expiresIn =
                Duration.between(Instant.now(), granted.token().expiresAt()).toSeconds();
        return new TokenResponse(granted.token().token(), "Bearer", expiresIn, scopes);
    }

    /** Client id and secret from an HTTP Basic header (RFC 6749 section 2.3.1), or null. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
