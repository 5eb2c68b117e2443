package nl.handreiking.signal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.handreiking.common.PathId;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signals and questions: submitted by municipalities, provinces and systems, handled by the support team.
 * One signal is read here; submitting and the list are in {@code signal.submission} and {@code signal.triage},
 * its life in {@code signal.lifecycle}.
 */
@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "signals",
        description = "Bestuurlijke signalen en vragen aan het ondersteuningsteam: indienen, volgen, behandelen.")
@SecurityRequirement(name = "bearer")
class SignalResource {

    private final SignalService service;
    private final CurrentCaller caller;

    SignalResource(SignalService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(
            operationId = "getSignal",
            summary = "Eén signaal",
            description =
                    SignalHttp.WHO
                            + " Een signaal van een andere regio bestaat voor u niet (404). allowedTransitions zegt wat u nu kunt doen.")
    @APIResponse(
            responseCode = "200",
            description = "Het signaal.",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van het signaal.") String id) {
        return SignalHttp.ok(service.find(PathId.parse(id), caller.get()).orElseThrow(SignalHttp::notFound));
    }
}
