package nl.handreiking.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.handreiking.common.Csv;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.PublicRead;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One plan per province: public to read, kept by the province itself and the support team. */
@Path("/provincial-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "provincial-plans", description = "De provinciale plannen voor opvang: welke provincie leverde op.")
@PublicRead(PublicRead.Freshness.CATALOGUE)
public class ProvincialPlanResource {

    private final PlanService service;
    private final CurrentCaller caller;

    ProvincialPlanResource(PlanService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listProvincialPlans",
            summary = "Provinciale plannen",
            description = "Openbaar. Eén per provincie, op naam.")
    public List<PlanView> list() {
        return service.all();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportProvincialPlans",
            summary = "Provinciale plannen als CSV",
            description =
                    "Openbaar. Eén regel per provincie; Nederlandse kolomnamen en woorden, UTF-8 met BOM en puntkomma's.")
    public Response export() {
        return Csv.download(PlanCsv.write(service.all()), "provinciale-plannen");
    }

    @GET
    @Path("/{provinceCode}")
    @Operation(
            operationId = "getProvincialPlan",
            summary = "Het plan van één provincie",
            description = "Openbaar. De ETag-header is nodig om te wijzigen.")
    @APIResponse(
            responseCode = "200",
            description = "Het plan.",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(
            @PathParam("provinceCode") @Parameter(description = "Provinciecode, zoals PV25.") String provinceCode) {
        var found = service.find(provinceCode).orElseThrow(PlanService::notFound);
        return Response.ok(found.view())
                .tag(Preconditions.etag(found.version()))
                .build();
    }

    @PUT
    @Path("/{provinceCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PROVINCE_ROLE, Role.SUPPORT_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "replaceProvincialPlan",
            summary = "Stand van een plan bijwerken",
            description =
                    "Door de provincie zelf of het ondersteuningsteam. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).")
    @APIResponse(
            responseCode = "200",
            description = "Bijgewerkt.",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response update(
            @PathParam("provinceCode") @Parameter(description = "Provinciecode, zoals PV25.") String provinceCode,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"1\"")
                    String ifMatch,
            @Valid @NotNull PlanRequest request) {
        var changed =
                service.update(provinceCode, ifMatch, request, caller.get()).orElseThrow(PlanService::notFound);
        return Response.ok(changed.view())
                .tag(Preconditions.etag(changed.version()))
                .build();
    }
}
