package nl.handreiking.session;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out for people; the refresh token travels only in an HttpOnly cookie. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Aanmelden, sessie verversen, afmelden en 'wie ben ik' voor personen.")
public class SessionResource {

    static final String REFRESH_COOKIE = "handreiking_refresh";
    private static final String COOKIE_PATH = "/api/v1/sessions";

    private final SessionService service;
    private final SecurityIdentity identity;
    private final CurrentCaller caller;

    SessionResource(SessionService service, SecurityIdentity identity, CurrentCaller caller) {
        this.service = service;
        this.identity = identity;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "signIn",
            summary = "Aanmelden",
            description =
                    "Meldt een persoon aan. Geeft een kortlevend toegangstoken en zet een HttpOnly-cookie met een "
                            + "verversingstoken. Herhaald mislukte pogingen worden vertraagd (429 met Retry-After).")
    @APIResponse(
            responseCode = "201",
            description = "Aangemeld.",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "E-mailadres of wachtwoord onjuist, of account niet actief.")
    @APIResponse(responseCode = "403", description = "Aanmelden gaat via een externe identity provider.")
    @APIResponse(
            responseCode = "429",
            description = "Te veel mislukte pogingen.",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconden wachten.",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER)))
    public Response signIn(@Valid @NotNull SignInRequest request, @Context HttpServerRequest http) {
        var started = service.signIn(
                request.email(), request.password(), http.remoteAddress().hostAddress());
        return Response.created(URI.create("sessions/current"))
                .entity(SessionView.from(started))
                .cookie(refreshCookie(started))
                .build();
    }

    @POST
    @Path("/refresh")
    @Operation(
            operationId = "refreshSession",
            summary = "Sessie verversen",
            description =
                    "Geeft een nieuw toegangstoken op grond van het verversingstoken in de cookie, en vervangt dat "
                            + "verversingstoken (eenmalig bruikbaar).")
    @APIResponse(
            responseCode = "200",
            description = "Ververst.",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "Geen geldige sessie meer.")
    @APIResponse(responseCode = "403", description = "Aanmelden gaat via een externe identity provider.")
    public Response refresh(
            @CookieParam(REFRESH_COOKIE)
                    @Parameter(
                            in = ParameterIn.COOKIE,
                            name = REFRESH_COOKIE,
                            description = "Verversingstoken (HttpOnly).")
                    String refreshToken) {
        var started = service.refresh(refreshToken);
        return Response.ok(SessionView.from(started))
                .cookie(refreshCookie(started))
                .build();
    }

    @GET
    @Path("/current")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getCurrentCaller",
            summary = "Wie ben ik",
            description = "De aanroeper: persoon met rol en organisatie of regio, of systeem met scopes.")
    @APIResponse(
            responseCode = "200",
            description = "De aanroeper.",
            content = @Content(schema = @Schema(implementation = CallerView.class)))
    public CallerView current() {
        return CallerView.from(caller.get());
    }

    @DELETE
    @Path("/current")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "signOut",
            summary = "Afmelden",
            description = "Beëindigt de sessie: het toegangstoken en het verversingstoken werken daarna niet meer.")
    @APIResponse(responseCode = "204", description = "Afgemeld.")
    public Response signOut() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getClaim(Tokens.SESSION_CLAIM) == null) {
            throw ProblemException.forbidden(Messages.text("detail.signOutPersonOnly"));
        }
        service.signOut(UUID.fromString(token.getClaim(Tokens.SESSION_CLAIM).toString()));
        return Response.noContent().cookie(expiredCookie()).build();
    }

    private static NewCookie refreshCookie(SessionService.Started started) {
        long maxAge = Math.max(
                0,
                Duration.between(OffsetDateTime.now(), started.sessionExpiresAt())
                        .toSeconds());
        return cookie(started.refreshToken(), (int) maxAge);
    }

    private static NewCookie expiredCookie() {
        return cookie("", 0);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
