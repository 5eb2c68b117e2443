package nl.handreiking.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A started or refreshed session: the bearer token to send, and who it is for. */
@Schema(
        name = "Session",
        description =
                "Een sessie: het toegangstoken (Bearer) en de aangemelde persoon. Het verversingstoken staat in een HttpOnly-cookie.")
public record SessionView(
        @Schema(
                description = "Toegangstoken (JWT, RS256) voor de Authorization-header.",
                examples = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl")
        String accessToken,

        @Schema(description = "Altijd Bearer.", examples = "Bearer")
        String tokenType,

        @Schema(description = "Wanneer het toegangstoken verloopt.", examples = "2021-02-12T09:45:00Z")
        Instant accessTokenExpiresAt,

        @Schema(
                description = "Wanneer de sessie uiterlijk eindigt; daarna opnieuw aanmelden.",
                examples = "2021-02-12T21:30:00Z")
        OffsetDateTime sessionExpiresAt,

        @Schema(description = "De aangemelde persoon.") CallerView caller) {

    static SessionView from(SessionService.Started started) {
        return new SessionView(
                started.access().token(),
                "Bearer",
                started.access().expiresAt(),
                started.sessionExpiresAt(),
                CallerView.from(started.account().toCaller()));
    }
}
