package nl.handreiking.apiclient;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OAuth2 token response (RFC 6749 section 5.1). */
@Schema(name = "TokenResponse", description = "Toegangstoken voor een ander overheidssysteem (OAuth2, RFC 6749).")
public record TokenResponse(
        @JsonProperty("access_token")
        @Schema(
                description = "Het toegangstoken (JWT, RS256).",
                examples = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl")
        String accessToken,

        @JsonProperty("token_type") @Schema(description = "Altijd Bearer.", examples = "Bearer")
        String tokenType,

        @JsonProperty("expires_in") @Schema(description = "Geldigheid in seconden.", examples = "900")
        long expiresIn,

        @Schema(description = "Toegekende scopes, gescheiden door spaties.", examples = "signals:write quotas:write")
        String scope) {}
