package nl.handreiking.catalogue.task;

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

/** Tasks (opgaven): public when published, kept by editors. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "Opgaven in opvang, huisvesting en inburgering, met de maatregelen en financiering die erbij helpen.")
public class TaskResource {

    private static final String EDIT = "Alleen voor redacteuren en systemen met catalogue:write. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).";

    private final CatalogueEndpoints endpoints;

    TaskResource(CatalogueEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Operation(operationId = "listTasks", summary = "Opgaven zoeken", description = "Zoeken met Nederlandse woordvormen, filters en facetten. Zonder aanmelding alleen gepubliceerde opgaven.")
    public SearchPage<TaskView> list(@BeanParam SearchParams search) {
        return endpoints.list(Kind.TASK, search, TaskView::found);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportTasks", summary = "Opgaven als CSV", description = "Dezelfde filters als de zoekopdracht; UTF-8 met BOM en puntkomma's, zodat een Nederlandse spreadsheet het goed opent.")
    public Response export(@BeanParam SearchParams search) {
        return endpoints.csv(Kind.TASK, search);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "Eén opgave", description = "Met alle gekoppelde maatregelen en financiering. De ETag-header is nodig om te wijzigen.")
    @APIResponse(responseCode = "200", description = "De opgave.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van de opgave.") String id) {
        return endpoints.get(Kind.TASK, id, TaskView::from);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getTaskHistory", summary = "Geschiedenis van een opgave", description = "Elke versie: wie, wanneer, wat; de nieuwste eerst.")
    public List<HistoryEntryView> history(@PathParam("id") @Parameter(description = "Id van de opgave.") String id) {
        return endpoints.history(Kind.TASK, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTask", summary = "Opgave aanmaken", description = "Als concept. Alleen voor redacteuren en systemen met catalogue:write.")
    @APIResponse(responseCode = "201", description = "Aangemaakt.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response create(@Valid @NotNull TaskRequest request) {
        return endpoints.create(Kind.TASK, request.toFields(), TaskView::from);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceTask", summary = "Opgave wijzigen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gewijzigd.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response update(@PathParam("id") @Parameter(description = "Id van de opgave.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull TaskRequest request) {
        return endpoints.update(Kind.TASK, id, ifMatch, request.toFields(), TaskView::from);
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeTaskStatus", summary = "Opgave publiceren, archiveren of terug naar concept", description = EDIT)
    @APIResponse(responseCode = "200", description = "Status gewijzigd.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "Deze statuswijziging kan vanuit de huidige status niet.")
    public Response changeStatus(@PathParam("id") @Parameter(description = "Id van de opgave.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusChange change) {
        return endpoints.changeStatus(Kind.TASK, id, ifMatch, change, TaskView::from);
    }

    @PUT
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "linkTask", summary = "Maatregel of financiering koppelen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Gekoppeld.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response link(@PathParam("id") @Parameter(description = "Id van de opgave.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het item dat wordt gekoppeld.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de opgave.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.TASK, id, ifMatch, linkedId, true, TaskView::from);
    }

    @DELETE
    @Path("/{id}/links/{linkedId}")
    @RolesAllowed({Role.EDITOR_ROLE, Scope.CATALOGUE_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unlinkTask", summary = "Koppeling verwijderen", description = EDIT)
    @APIResponse(responseCode = "200", description = "Ontkoppeld.", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response unlink(@PathParam("id") @Parameter(description = "Id van de opgave.") String id,
            @PathParam("linkedId") @Parameter(description = "Id van het gekoppelde item.") String linkedId,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de opgave.", example = "\"3\"") String ifMatch) {
        return endpoints.link(Kind.TASK, id, ifMatch, linkedId, false, TaskView::from);
    }
}
