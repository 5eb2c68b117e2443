package nl.handreiking.follow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PathId;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The funding items a signed-in person follows, to get an e-mail 14 and 3 days before each closes. */
@Path("/follows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "follows", description = "Financiering volgen: een e-mail 14 en 3 dagen voor de sluitingsdatum.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Role.EDITOR_ROLE, Role.ADMIN_ROLE})
public class FollowResource {

    private final FollowService service;
    private final CurrentCaller caller;

    FollowResource(FollowService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listFollows",
            summary = "Wat ik volg",
            description = "De gepubliceerde financiering die u volgt, de eerst sluitende eerst; zonder bekende "
                    + "sluitingsdatum achteraan.")
    public List<FollowView> list() {
        return service.list(caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "followFunding",
            summary = "Financiering volgen",
            description = "U krijgt 14 en 3 dagen voor de sluitingsdatum een e-mail met de afspraak voor uw agenda. "
                    + "Nogmaals volgen verandert niets: het antwoord is dan 200 met hetzelfde volgen.")
    @APIResponse(
            responseCode = "201",
            description = "Gevolgd.",
            content = @Content(schema = @Schema(implementation = FollowView.class)))
    @APIResponse(
            responseCode = "200",
            description = "U volgde deze financiering al.",
            content = @Content(schema = @Schema(implementation = FollowView.class)))
    public Response follow(@Valid @NotNull FollowRequest request) {
        var followed = service.follow(caller.get(), request.fundingId());
        return followed.created()
                ? Response.created(URI.create("follows/" + followed.view().id()))
                        .entity(followed.view())
                        .build()
                : Response.ok(followed.view()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "unfollowFunding",
            summary = "Niet meer volgen",
            description = "Stopt de herinneringen over deze financiering.")
    @APIResponse(responseCode = "204", description = "Niet meer gevolgd.")
    public Response unfollow(@PathParam("id") @Parameter(description = "Id van het volgen.") String id) {
        service.unfollow(caller.get(), PathId.parse(id))
                .orElseThrow(() -> ProblemException.notFound(Messages.text("detail.noFollow")));
        return Response.noContent().build();
    }
}
