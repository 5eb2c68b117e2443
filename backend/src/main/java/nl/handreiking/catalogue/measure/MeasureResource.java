package nl.handreiking.catalogue.measure;

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
import nl.handreiking.auth.Role;
import nl.handreiking.auth.Scope;
import nl.handreiking.catalogue.CatalogueEndpoints;
import nl.handreiking.catalogue.HistoryEntryView;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.SearchPage;
import nl.handreiking.catalogue.SearchParams;
import nl.handreiking.catalogue.StatusChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** measures, public when published, kept by editors. */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "measures", description = "Ondersteuningsmaatregelen voor gemeenten en provincies, met hoe u ze aanvraagt.")
public class MeasureResource {

    private static final String EDIT = "Alleen voor redacteuren en systemen met catalogue:write. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).";

    private final CatalogueEndpoints endpoints;

    MeasureResource(CatalogueEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Operation(operationId = "listMeasures", summary = "Maatregelen zoeken", description = "Zoeken met Nederlandse woordvormen, filters en facetten. Zonder aanmelding alleen gepubliceerde maatregelen.")
    public SearchPage<MeasureView> list(@BeanParam SearchParams search) {
        return endpoints.list(Kind.MEASURE, search, MeasureView::found);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportMeasures", summary = "Maatregelen als CSV", description = "Dezelfde filters als de zoekopdracht; UTF-8 met BOM en puntkomma's, zodat een Nederlandse spreadsheet het goed opent.")
    public Response export(@BeanParam SearchParams search) {
        return endpoints.csv(Kind.MEASURE, search);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasure", summary = "Eén maatregel", description = "Met de opgaven en financiering die erbij horen. De ETag-header is nodig om te wijzigen.")
    @APIResponse(responseCode = "200", description = "De maatregel.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id) {
        return endpoints.get(Kind.MEASURE, id, MeasureView::from);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getMeasureHistory", summary = "Geschiedenis van een maatregel", description = "Elke versie: wie, wanneer, wat; de nieuwste eerst.")
    public List<HistoryEntryView> history(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id) {
        return endpoints.history(Kind.MEASURE, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createMeasure", summary = "Maatregel aanmaken", description = "Als concept. Alleen voor redacteuren en systemen met catalogue:write.")
    @APIResponse(responseCode = "201", description = "Aangemaakt.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response create(@Valid @NotNull MeasureRequest request) {
        return endpoints.create(Kind.MEASURE, request.toFields(), MeasureView::from);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceMeasure", summary = "Maatregel wijzigen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gewijzigd.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response update(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull MeasureRequest request) {
        return endpoints.update(Kind.MEASURE, id, ifMatch, request.toFields(), MeasureView::from);
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeMeasureStatus", summary = "Maatregel publiceren, archiveren of terug naar concept", description = EDIT)
    @APIResponse(responseCode = "200", description = "Status gewijzigd.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "Deze statuswijziging kan vanuit de huidige status niet.")
    public Response changeStatus(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusChange change) {
        return endpoints.changeStatus(Kind.MEASURE, id, ifMatch, change, MeasureView::from);
    }

    @PUT
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "linkMeasure", summary = "Item koppelen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gekoppeld.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response link(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het item dat wordt gekoppeld.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de maatregel.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.MEASURE, id, ifMatch, linkedId, true, MeasureView::from);
    }

    @DELETE
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unlinkMeasure", summary = "Koppeling verwijderen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Ontkoppeld.", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response unlink(@PathParam("id") @Parameter(description = "Id van de maatregel.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het gekoppelde item.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de maatregel.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.MEASURE, id, ifMatch, linkedId, false, MeasureView::from);
    }
}
