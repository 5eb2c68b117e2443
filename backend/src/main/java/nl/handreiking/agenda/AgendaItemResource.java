package nl.handreiking.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.handreiking.common.Csv;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PathId;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.PublicRead;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The implementation agenda: public to read, kept by the support team and editors. */
@Path("/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "agenda-items",
        description =
                "De Integrale Uitvoeringsagenda: acties met eigenaar, mijlpalen, financiële consequentie en de signalen die ze voeden.")
@PublicRead(PublicRead.Freshness.CATALOGUE)
public class AgendaItemResource {

    private static final String EDIT =
            "Voor het ondersteuningsteam en redacteuren. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).";

    private final AgendaService service;
    private final CurrentCaller caller;

    AgendaItemResource(AgendaService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listAgendaItems",
            summary = "Acties van de uitvoeringsagenda",
            description =
                    "Openbaar, op titel. Het ondersteuningsteam ziet ook welke signalen erheen zijn doorgestuurd.")
    public List<AgendaItemView> list(
            @QueryParam("status")
                    @Parameter(
                            description = "Alleen deze status.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"planned", "in_progress", "done", "stopped"}))
                    String status,
            @QueryParam("domain")
                    @Parameter(
                            description = "Alleen dit beleidsterrein.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"reception", "housing", "integration"}))
                    String domain) {
        QueryParams params = new QueryParams();
        var wantedStatus = params.among("status", status, Set.copyOf(AgendaService.STATUSES));
        var wantedDomain = params.among("domain", domain, Set.copyOf(AgendaService.DOMAINS));
        params.throwIfInvalid();
        return service.list(wantedStatus, wantedDomain, caller.find());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportAgendaItems",
            summary = "Acties als CSV",
            description =
                    "Dezelfde filters als de lijst; Nederlandse kolomnamen en woorden, UTF-8 met BOM en puntkomma's, "
                            + "zodat een Nederlandse spreadsheet het goed opent.")
    public Response export(
            @QueryParam("status")
                    @Parameter(
                            description = "Alleen deze status.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"planned", "in_progress", "done", "stopped"}))
                    String status,
            @QueryParam("domain")
                    @Parameter(
                            description = "Alleen dit beleidsterrein.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"reception", "housing", "integration"}))
                    String domain) {
        return Csv.download(AgendaCsv.write(list(status, domain)), "uitvoeringsagenda");
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAgendaItem",
            summary = "Eén actie",
            description = "Openbaar. De ETag-header is nodig om te wijzigen.")
    @APIResponse(
            responseCode = "200",
            description = "De actie.",
            content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van de actie.") String id) {
        return ok(service.find(PathId.parse(id), caller.find()).orElseThrow(AgendaItemResource::notFound));
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            operationId = "getAgendaItemHistory",
            summary = "Geschiedenis van een actie",
            description = "Openbaar. Elke versie: wie, wanneer, welke velden; de nieuwste eerst.")
    public List<AgendaChangeView> history(@PathParam("id") @Parameter(description = "Id van de actie.") String id) {
        return service.history(PathId.parse(id)).orElseThrow(AgendaItemResource::notFound).stream()
                .map(AgendaChangeView::from)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "createAgendaItem",
            summary = "Actie toevoegen",
            description = "Voor het ondersteuningsteam en redacteuren.")
    @APIResponse(
            responseCode = "201",
            description = "Toegevoegd.",
            content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response create(@Valid @NotNull AgendaItemRequest request) {
        AgendaItemView created = service.create(request, caller.get());
        return Response.created(URI.create("agenda-items/" + created.id()))
                .entity(created)
                .tag(Preconditions.etag(created.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceAgendaItem", summary = "Actie wijzigen", description = EDIT)
    @APIResponse(
            responseCode = "200",
            description = "Gewijzigd.",
            content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response update(
            @PathParam("id") @Parameter(description = "Id van de actie.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"1\"")
                    String ifMatch,
            @Valid @NotNull AgendaItemRequest request) {
        return ok(service.update(PathId.parse(id), ifMatch, request, caller.get())
                .orElseThrow(AgendaItemResource::notFound));
    }

    private static Response ok(AgendaItemView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noAgendaItem"));
    }
}
