package nl.handreiking.signal.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.handreiking.common.PathId;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import nl.handreiking.signal.SignalHttp;
import nl.handreiking.signal.SignalView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lifecycle of one signal: its transitions and its full history. */
@Path("/signals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
class SignalTransitionResource {

    private final SignalTransitions transitions;
    private final CurrentCaller caller;

    SignalTransitionResource(SignalTransitions transitions, CurrentCaller caller) {
        this.transitions = transitions;
        this.caller = caller;
    }

    @GET
    @Path("/transitions")
    @Operation(
            operationId = "listSignalTransitions",
            summary = "Statuswijzigingen van een signaal",
            description = "Wie, wanneer, van, naar en met welke tekst; de oudste eerst.")
    public List<SignalEventView> list(@PathParam("id") @Parameter(description = "Id van het signaal.") String id) {
        return events(id, true);
    }

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "transitionSignal",
            summary = "Signaal naar een volgende status",
            description = "Het ondersteuningsteam neemt in behandeling, beantwoordt, stuurt door naar de "
                    + "uitvoeringsagenda, wijst af of sluit; de indiener sluit of heropent binnen 14 dagen "
                    + "na het antwoord. Tekst verplicht bij answered, rejected en heropenen.")
    @APIResponse(
            responseCode = "200",
            description = "Het signaal na de overgang.",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Deze overgang kan niet vanuit de huidige status; de melding noemt de huidige en de toegestane volgende statussen.")
    public Response move(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @Valid @NotNull TransitionRequest request) {
        return SignalHttp.ok(
                transitions.move(PathId.parse(id), request, caller.get()).orElseThrow(SignalHttp::notFound));
    }

    @GET
    @Path("/history")
    @Operation(
            operationId = "getSignalHistory",
            summary = "Geschiedenis van een signaal",
            description =
                    "Indiening, statuswijzigingen, classificatie, koppelingen en bijlagen; de oudste eerst. Interne notities staan hier niet in.")
    public List<SignalEventView> history(@PathParam("id") @Parameter(description = "Id van het signaal.") String id) {
        return events(id, false);
    }

    private List<SignalEventView> events(String id, boolean transitionsOnly) {
        return transitions
                .history(PathId.parse(id), transitionsOnly, caller.get())
                .orElseThrow(SignalHttp::notFound);
    }
}
