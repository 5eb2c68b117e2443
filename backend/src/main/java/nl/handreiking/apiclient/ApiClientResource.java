package nl.handreiking.apiclient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
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

/** API clients of other government systems, for administrators. */
@Path("/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "api-clients", description = "API-clients van andere overheidssystemen (alleen beheerders).")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_ROLE)
public class ApiClientResource {

    private final ApiClientService service;
    private final CurrentCaller caller;

    ApiClientResource(ApiClientService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listApiClients",
            summary = "API-clients",
            description = "Alle API-clients, de nieuwste eerst; ingetrokken clients staan erbij met hun datum.")
    public Page<ApiClientView> list(@BeanParam PageRequest paging) {
        return service.list(paging.validated()).map(ApiClientView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiClient", summary = "Eén API-client")
    public ApiClientView get(@PathParam("id") @Parameter(description = "Id van de API-client.") String id) {
        return service.find(PathId.parse(id)).map(ApiClientView::from).orElseThrow(ApiClientResource::noClient);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createApiClient",
            summary = "API-client aanmaken",
            description = "Maakt een client met een geheim dat alleen in dit antwoord staat.")
    @APIResponse(
            responseCode = "201",
            description = "Aangemaakt, met het geheim.",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public Response create(@Valid @NotNull ApiClientRequest request) {
        var created = service.create(request, caller.get());
        return Response.created(URI.create("api-clients/" + created.client().id))
                .entity(ApiClientView.withSecret(created.client(), created.secret()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeApiClient",
            summary = "API-client intrekken",
            description =
                    "Trekt de client in: zijn tokens werken vanaf de volgende aanroep niet meer en hij krijgt geen nieuwe.")
    @APIResponse(responseCode = "204", description = "Ingetrokken.")
    public Response revoke(@PathParam("id") @Parameter(description = "Id van de API-client.") String id) {
        service.revoke(PathId.parse(id), caller.get()).orElseThrow(ApiClientResource::noClient);
        return Response.noContent().build();
    }

    private static ProblemException noClient() {
        return ProblemException.notFound(Messages.text("detail.noApiClient"));
    }
}
