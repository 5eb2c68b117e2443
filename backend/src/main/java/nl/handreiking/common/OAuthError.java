package nl.handreiking.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The error body of the OAuth token endpoint as RFC 6749 section 5.2 prescribes it, so that standard OAuth client
 * libraries understand it; every other endpoint answers problem+json. {@link ProblemMapper} decides by path.
 */
@Schema(
        name = "OAuthError",
        description =
                "Fout van het tokenendpoint volgens RFC 6749 (5.2), zodat standaard OAuth-clients haar begrijpen.",
        requiredProperties = {"error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OAuthError(
        @Schema(
                description = "Soort fout.",
                type = SchemaType.STRING,
                enumeration = {
                    "invalid_request",
                    "invalid_client",
                    "invalid_scope",
                    "unsupported_grant_type",
                    "temporarily_unavailable",
                    "server_error"
                },
                examples = "invalid_client")
        String error,

        @JsonProperty("error_description")
        @Schema(
                description = "Uitleg; de taal volgt Accept-Language.",
                examples = "Client onbekend, ingetrokken of geheim onjuist.")
        String errorDescription) {

    static final String TOKEN_PATH = "oauth/token";

    static boolean tokenEndpoint(UriInfo uri) {
        String path = uri.getPath();
        return TOKEN_PATH.equals(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The same for a request refused on the HTTP layer, before the REST layer (quarkus.rest.path /api/v1). */
    static boolean tokenEndpoint(String requestPath) {
        return ("/api/v1/" + TOKEN_PATH).equals(requestPath);
    }

    /** The RFC 6749 code for a status when the cause named none. */
    static String forStatus(int status) {
        return switch (status) {
            case 401 -> "invalid_client";
            case 429, 503 -> "temporarily_unavailable";
            default -> status >= 500 ? "server_error" : "invalid_request";
        };
    }

    /** The response: JSON, never stored (RFC 6749 5.1), and for a refused client the Basic challenge it may answer. */
    static Response response(int status, String error, String description) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new OAuthError(error != null ? error : forStatus(status), description))
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Language", Messages.tag(Messages.current()))
                .header("Vary", "Accept-Language");
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"handreiking\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
