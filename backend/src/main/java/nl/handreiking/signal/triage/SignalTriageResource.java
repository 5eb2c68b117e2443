package nl.handreiking.signal.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.handreiking.common.PathId;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.signal.SignalHttp;
import nl.handreiking.signal.SignalView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The support team's triage of one signal: theme, priority and owner, and the tasks and measures it is linked to. */
@Path("/signals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.SUPPORT_ROLE)
class SignalTriageResource {

    private final SignalTriage triage;
    private final CurrentCaller caller;

    SignalTriageResource(SignalTriage triage, CurrentCaller caller) {
        this.triage = triage;
        this.caller = caller;
    }

    @PUT
    @Path("/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "classifySignal",
            summary = "Thema, prioriteit en eigenaar zetten",
            description = "Alleen het ondersteuningsteam. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).")
    @APIResponse(
            responseCode = "200",
            description = "Gewijzigd.",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response classify(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"")
                    String ifMatch,
            @Valid @NotNull ClassificationRequest request) {
        return SignalHttp.ok(triage.classify(PathId.parse(id), ifMatch, request, caller.get())
                .orElseThrow(SignalHttp::notFound));
    }

    @PUT
    @Path("/links/{itemId}")
    @Operation(
            operationId = "linkSignal",
            summary = "Opgave of maatregel koppelen",
            description = "Alleen het ondersteuningsteam: de opgave of maatregel die het signaal raakt of oplost.")
    @APIResponse(
            responseCode = "200",
            description = "Gekoppeld.",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response link(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @PathParam("itemId") @Parameter(description = "Id van de opgave of maatregel.") String itemId) {
        return linked(id, itemId, true);
    }

    @DELETE
    @Path("/links/{itemId}")
    @Operation(
            operationId = "unlinkSignal",
            summary = "Koppeling opheffen",
            description = "Alleen het ondersteuningsteam.")
    @APIResponse(
            responseCode = "200",
            description = "Ontkoppeld.",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response unlink(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @PathParam("itemId") @Parameter(description = "Id van de opgave of maatregel.") String itemId) {
        return linked(id, itemId, false);
    }

    private Response linked(String id, String itemId, boolean add) {
        return SignalHttp.ok(triage.link(PathId.parse(id), PathId.parse(itemId, "itemId"), add, caller.get())
                .orElseThrow(SignalHttp::notFound));
    }
}
