package nl.handreiking.savedsearch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import nl.handreiking.common.Preconditions;
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

/** The saved searches of the signed-in person, with their digests by e-mail. */
@Path("/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "saved-searches",
        description =
                "Bewaarde zoekopdrachten van de aangemelde persoon, met een dagelijkse of wekelijkse samenvatting "
                        + "per e-mail van nieuwe, gewijzigde en ingetrokken items (alleen als die er zijn).")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Role.EDITOR_ROLE, Role.ADMIN_ROLE})
public class SavedSearchResource {

    private static final String ID = "Id van de bewaarde zoekopdracht.";

    private final SavedSearchService service;
    private final CurrentCaller caller;

    SavedSearchResource(SavedSearchService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listSavedSearches",
            summary = "Mijn bewaarde zoekopdrachten",
            description = "Alleen die van de aangemelde persoon, op naam.")
    public Page<SavedSearchView> list(@BeanParam PageRequest paging) {
        return service.list(paging.validated(), caller.get()).map(SavedSearchView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getSavedSearch",
            summary = "Eén bewaarde zoekopdracht",
            description = "De ETag-header is nodig om te wijzigen. Die van een ander bestaat voor u niet (404).")
    @APIResponse(
            responseCode = "200",
            description = "De zoekopdracht.",
            content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
    public Response get(@PathParam("id") @Parameter(description = ID) String id) {
        return ok(service.find(PathId.parse(id), caller.get()).orElseThrow(SavedSearchResource::notFound));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSavedSearch",
            summary = "Zoekopdracht bewaren",
            description = "Ongeldige filters geven 400 met het veld; er wordt dan niets bewaard. Hoogstens "
                    + SavedSearchService.MAX_PER_PERSON + " per persoon (409 daarboven).")
    @APIResponse(
            responseCode = "201",
            description = "Bewaard.",
            content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
    @APIResponse(
            responseCode = "409",
            description = "U heeft al het grootste aantal zoekopdrachten bewaard; verwijder er eerst een.")
    public Response create(@Valid @NotNull SavedSearchRequest request) {
        SavedSearch created = service.create(request, caller.get());
        return Response.created(URI.create("saved-searches/" + created.id))
                .entity(SavedSearchView.from(created))
                .tag(Preconditions.etag(created.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "changeSavedSearch",
            summary = "Bewaarde zoekopdracht wijzigen of pauzeren",
            description = "Naam, frequentie of pauze. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).")
    @APIResponse(
            responseCode = "200",
            description = "Gewijzigd.",
            content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
    public Response change(
            @PathParam("id") @Parameter(description = ID) String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"1\"")
                    String ifMatch,
            @Valid @NotNull SavedSearchChange change) {
        return ok(service.change(PathId.parse(id), ifMatch, change, caller.get())
                .orElseThrow(SavedSearchResource::notFound));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSavedSearch", summary = "Bewaarde zoekopdracht verwijderen")
    @APIResponse(responseCode = "204", description = "Verwijderd; er komen geen samenvattingen meer.")
    public Response delete(@PathParam("id") @Parameter(description = ID) String id) {
        if (!service.delete(PathId.parse(id), caller.get())) {
            throw notFound();
        }
        return Response.noContent().build();
    }

    private static Response ok(SavedSearch search) {
        return Response.ok(SavedSearchView.from(search))
                .tag(Preconditions.etag(search.version))
                .build();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noSavedSearch"));
    }
}
