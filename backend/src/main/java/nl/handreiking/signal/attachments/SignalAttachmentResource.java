package nl.handreiking.signal.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PathId;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import nl.handreiking.signal.AttachmentView;
import nl.handreiking.signal.SignalAttachment;
import nl.handreiking.signal.SignalHttp;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attachments of a signal: uploaded as the raw file, downloaded by those who may see the signal. */
@Path("/signals/{id}/attachments")
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
class SignalAttachmentResource {

    private final Attachments attachments;
    private final CurrentCaller caller;

    SignalAttachmentResource(Attachments attachments, CurrentCaller caller) {
        this.attachments = attachments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addSignalAttachment",
            summary = "Bijlage toevoegen",
            description = "Het bestand zelf als body. PDF, Word/Excel/PowerPoint, OpenDocument of een afbeelding (PNG, "
                    + "JPEG, GIF, WebP), ten hoogste 10 MB. Het type wordt aan de inhoud herkend; de "
                    + "bestandsnaam verliest stuur- en onzichtbare tekens (zoals richtingswissels) en krijgt "
                    + "een extensie die bij die inhoud past.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "201",
            description = "Toegevoegd.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Groter dan 10 MB.")
    @APIResponse(responseCode = "415", description = "Geen toegestaan bestandstype (volgens de inhoud).")
    public Response add(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @QueryParam("fileName")
                    @Parameter(
                            description = "Bestandsnaam, zoals die bij het downloaden terugkomt.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 255),
                            example = "wachttijden-ind.pdf")
                    String fileName,
            InputStream body) {
        SignalAttachment attachment =
                attachments.add(PathId.parse(id), fileName, body, caller.get()).orElseThrow(SignalHttp::notFound);
        return Response.created(URI.create("signals/" + attachment.signalId + "/attachments/" + attachment.id))
                .entity(AttachmentView.from(attachment))
                .build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "getSignalAttachment",
            summary = "Bijlage downloaden",
            description = "Met het type dat de inhoud bij het uploaden liet zien.")
    @APIResponse(
            responseCode = "200",
            description =
                    "Het bestand, met het type dat de inhoud liet zien (PDF, Office, OpenDocument of een afbeelding).",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response get(
            @PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @PathParam("attachmentId") @Parameter(description = "Id van de bijlage.") String attachmentId) {
        SignalAttachment attachment = attachments
                .find(PathId.parse(id), PathId.parse(attachmentId, "attachmentId"), caller.get())
                .orElseThrow(() -> ProblemException.notFound(Messages.text("detail.noAttachment")));
        String encoded =
                URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(attachment.content, attachment.contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }
}
