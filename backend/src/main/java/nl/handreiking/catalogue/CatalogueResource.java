package nl.handreiking.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.handreiking.common.PublicRead;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The endpoints every kind of catalogue item has, written once. A kind's resource names its path, tag, view
 * and request; the words in braces ({item}, {Kind}, …) are that kind's, filled in by {@link CatalogueOperations}.
 */
public abstract class CatalogueResource<V, R extends CatalogueRequest> {

    private static final String EDIT =
            "Alleen voor redacteuren en systemen met catalogue:write. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).";
    private static final String VIEW = "#/components/schemas/{Kind}";
    private static final String IF_MATCH = "ETag van de versie die u wijzigt.";
    private static final String ITEM_ID = "Id van de {item}.";
    private static final String ITEM_ETAG = "ETag van de {item}.";

    private final Kind kind;
    private final CatalogueEndpoints endpoints;
    private final CatalogueView<V> view;

    protected CatalogueResource(Kind kind, CatalogueEndpoints endpoints, CatalogueView<V> view) {
        this.kind = kind;
        this.endpoints = endpoints;
        this.view = view;
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Operation(
            operationId = "list{Kinds}",
            summary = "{Items} zoeken",
            description =
                    "Zoeken met Nederlandse woordvormen, filters en facetten. Zonder aanmelding alleen gepubliceerde {items}.")
    public SearchPage<V> list(@BeanParam SearchParams search) {
        return endpoints.list(kind, search, view);
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "export{Kinds}",
            summary = "{Items} als CSV",
            description =
                    "Dezelfde filters als de zoekopdracht; UTF-8 met BOM en puntkomma's, zodat een Nederlandse spreadsheet het goed opent.")
    public Response export(@BeanParam SearchParams search) {
        return endpoints.csv(kind, search);
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Path("/{id}")
    @Operation(
            operationId = "get{Kind}",
            summary = "Eén {item}",
            description = "{Related} De ETag-header is nodig om te wijzigen.")
    @APIResponse(
            responseCode = "200",
            description = "De {item}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    public Response get(@PathParam("id") @Parameter(description = ITEM_ID) String id) {
        return endpoints.get(kind, id, view);
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Path("/{id}/history")
    @Operation(
            operationId = "get{Kind}History",
            summary = "Geschiedenis van een {item}",
            description = "Elke versie: wie, wanneer, wat; de nieuwste eerst.")
    public List<HistoryEntryView> history(@PathParam("id") @Parameter(description = ITEM_ID) String id) {
        return endpoints.history(kind, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "create{Kind}",
            summary = "{Item} aanmaken",
            description = "Als concept. Alleen voor redacteuren en systemen met catalogue:write.")
    @APIResponse(
            responseCode = "201",
            description = "Aangemaakt.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    public Response create(@Valid @NotNull R request) {
        return endpoints.create(kind, request.toFields(), view);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replace{Kind}", summary = "{Item} wijzigen", description = EDIT)
    @APIResponse(
            responseCode = "200",
            description = "Gewijzigd.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    public Response update(
            @PathParam("id") @Parameter(description = ITEM_ID) String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch,
            @Valid @NotNull R request) {
        return endpoints.update(kind, id, ifMatch, request.toFields(), view);
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "change{Kind}Status",
            summary = "{Item} publiceren, archiveren of terug naar concept",
            description = EDIT)
    @APIResponse(
            responseCode = "200",
            description = "Status gewijzigd.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    @APIResponse(responseCode = "409", description = "Deze statuswijziging kan vanuit de huidige status niet.")
    public Response changeStatus(
            @PathParam("id") @Parameter(description = ITEM_ID) String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusChange change) {
        return endpoints.changeStatus(kind, id, ifMatch, change, view);
    }

    @PUT
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "link{Kind}", summary = "{Linkable} koppelen", description = EDIT)
    @APIResponse(
            responseCode = "200",
            description = "Gekoppeld.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    public Response link(
            @PathParam("id") @Parameter(description = ITEM_ID) String id,
            @PathParam("linkedId") @Parameter(description = "Id van het item dat wordt gekoppeld.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = ITEM_ETAG, example = "\"3\"") String ifMatch) {
        return endpoints.link(kind, id, ifMatch, linkedId, true, view);
    }

    @DELETE
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unlink{Kind}", summary = "Koppeling verwijderen", description = EDIT)
    @APIResponse(
            responseCode = "200",
            description = "Ontkoppeld.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = VIEW)))
    public Response unlink(
            @PathParam("id") @Parameter(description = ITEM_ID) String id,
            @PathParam("linkedId") @Parameter(description = "Id van het gekoppelde item.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = ITEM_ETAG, example = "\"3\"") String ifMatch) {
        return endpoints.link(kind, id, ifMatch, linkedId, false, view);
    }

    /** The items the search finds, up to the export limit, for a kind's own exports. */
    protected List<CatalogueItem> all(SearchParams search) {
        return endpoints.all(kind, search);
    }

    /** One item the caller may see, without its links, for a kind's own exports of a single item. */
    protected CatalogueItem item(String id) {
        return endpoints.item(kind, id);
    }
}
