package nl.handreiking.catalogue.funding;

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
import nl.handreiking.common.HandreikingConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** funding, public when published, kept by editors. */
@Path("/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "funding", description = "Financiering en regelingen, met budget en aanvraagperiode.")
public class FundingResource {

    private static final String EDIT = "Alleen voor redacteuren en systemen met catalogue:write. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).";

    private final CatalogueEndpoints endpoints;
    private final HandreikingConfig config;

    FundingResource(CatalogueEndpoints endpoints, HandreikingConfig config) {
        this.endpoints = endpoints;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listFunding", summary = "Financieringen zoeken", description = "Zoeken met Nederlandse woordvormen, filters en facetten. Zonder aanmelding alleen gepubliceerde financieringen.")
    public SearchPage<FundingView> list(@BeanParam SearchParams search) {
        return endpoints.list(Kind.FUNDING, search, FundingView::found);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportFunding", summary = "Financieringen als CSV", description = "Dezelfde filters als de zoekopdracht; UTF-8 met BOM en puntkomma's, zodat een Nederlandse spreadsheet het goed opent.")
    public Response export(@BeanParam SearchParams search) {
        return endpoints.csv(Kind.FUNDING, search);
    }

    @GET
    @Path("/calendar")
    @Produces("text/calendar")
    @Operation(operationId = "getFundingCalendar", summary = "Sluitingsdata als agenda",
            description = "De sluitingsdata van de gevonden financiering als iCalendar-bestand (RFC 5545), met dezelfde filters als de zoekopdracht.")
    public Response calendar(@BeanParam SearchParams search) {
        return calendarFile(FundingCalendar.of(endpoints.all(Kind.FUNDING, search), config.publicUrlBase()), "financiering");
    }

    @GET
    @Path("/{id}/calendar")
    @Produces("text/calendar")
    @Operation(operationId = "getFundingItemCalendar", summary = "Sluitingsdatum in uw agenda", description = "Eén financiering als iCalendar-afspraak op de sluitingsdatum.")
    public Response itemCalendar(@PathParam("id") @Parameter(description = "Id van de financiering.") String id) {
        return calendarFile(FundingCalendar.of(List.of(endpoints.item(Kind.FUNDING, id)), config.publicUrlBase()), "financiering-" + id);
    }

    private static Response calendarFile(String calendar, String name) {
        return Response.ok(calendar).header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFunding", summary = "Eén financiering", description = "Met de opgaven en maatregelen die erbij horen. De ETag-header is nodig om te wijzigen.")
    @APIResponse(responseCode = "200", description = "De financiering.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van de financiering.") String id) {
        return endpoints.get(Kind.FUNDING, id, FundingView::from);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getFundingHistory", summary = "Geschiedenis van een financiering", description = "Elke versie: wie, wanneer, wat; de nieuwste eerst.")
    public List<HistoryEntryView> history(@PathParam("id") @Parameter(description = "Id van de financiering.") String id) {
        return endpoints.history(Kind.FUNDING, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createFunding", summary = "Financiering aanmaken", description = "Als concept. Alleen voor redacteuren en systemen met catalogue:write.")
    @APIResponse(responseCode = "201", description = "Aangemaakt.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    public Response create(@Valid @NotNull FundingRequest request) {
        return endpoints.create(Kind.FUNDING, request.toFields(), FundingView::from);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceFunding", summary = "Financiering wijzigen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gewijzigd.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    public Response update(@PathParam("id") @Parameter(description = "Id van de financiering.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull FundingRequest request) {
        return endpoints.update(Kind.FUNDING, id, ifMatch, request.toFields(), FundingView::from);
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeFundingStatus", summary = "Financiering publiceren, archiveren of terug naar concept", description = EDIT)
    @APIResponse(responseCode = "200", description = "Status gewijzigd.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    @APIResponse(responseCode = "409", description = "Deze statuswijziging kan vanuit de huidige status niet.")
    public Response changeStatus(@PathParam("id") @Parameter(description = "Id van de financiering.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusChange change) {
        return endpoints.changeStatus(Kind.FUNDING, id, ifMatch, change, FundingView::from);
    }

    @PUT
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "linkFunding", summary = "Item koppelen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gekoppeld.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    public Response link(@PathParam("id") @Parameter(description = "Id van de financiering.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het item dat wordt gekoppeld.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de financiering.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.FUNDING, id, ifMatch, linkedId, true, FundingView::from);
    }

    @DELETE
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unlinkFunding", summary = "Koppeling verwijderen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Ontkoppeld.", content = @Content(schema = @Schema(implementation = FundingView.class)))
    public Response unlink(@PathParam("id") @Parameter(description = "Id van de financiering.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het gekoppelde item.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de financiering.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.FUNDING, id, ifMatch, linkedId, false, FundingView::from);
    }
}
