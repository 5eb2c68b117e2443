package nl.handreiking.signal.triage;

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
import java.net.URI;
import java.util.List;
import nl.handreiking.common.PathId;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.signal.SignalHttp;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Internal notes on a signal: the support team's working memory, never shown to the submitter. */
@Path("/signals/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.SUPPORT_ROLE)
class SignalNoteResource {

    private final SignalTriage triage;
    private final CurrentCaller caller;

    SignalNoteResource(SignalTriage triage, CurrentCaller caller) {
        this.triage = triage;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listSignalNotes",
            summary = "Interne notities",
            description = "Alleen het ondersteuningsteam; de oudste eerst.")
    public List<NoteView> list(@PathParam("id") @Parameter(description = "Id van het signaal.") String id) {
        return triage.notes(PathId.parse(id), caller.get()).orElseThrow(SignalHttp::notFound).stream()
                .map(NoteView::from)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addSignalNote",
            summary = "Interne notitie toevoegen",
            description =
                    "Alleen het ondersteuningsteam. De indiener ziet notities nooit, ook niet in e-mail of geschiedenis.")
    @APIResponse(
            responseCode = "201",
            description = "Toegevoegd.",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response add(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @Valid @NotNull NoteRequest request) {
        SignalNote note =
                triage.addNote(PathId.parse(id), request, caller.get()).orElseThrow(SignalHttp::notFound);
        return Response.created(URI.create("signals/" + note.signalId + "/notes"))
                .entity(NoteView.from(note))
                .build();
    }
}
