package nl.handreiking.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.PublicRead;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The housing quota monitor: public figures per municipality, totals per province and country, and the import. */
@Path("/housing-quotas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "housing-quotas",
        description =
                "De taakstelling huisvesting vergunninghouders per gemeente per halfjaar, met achterstand en voorsprong.")
@PublicRead(PublicRead.Freshness.FIGURES)
public class HousingQuotaResource {

    private static final String PERIOD =
            "Halfjaar als 2021-H1; standaard het halfjaar met isDefault uit /periods: het nieuwste waarin elke "
                    + "gemeente cijfers heeft en realisatie bekend is.";

    private final QuotaService service;
    private final QuotaImport imports;
    private final CurrentCaller caller;

    HousingQuotaResource(QuotaService service, QuotaImport imports, CurrentCaller caller) {
        this.service = service;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listHousingQuotas",
            summary = "Taakstelling per gemeente",
            description =
                    "Openbaar. Per gemeente het doel, de realisatie en de achterstand of voorsprong aan begin en eind van het halfjaar, op naam.")
    public Page<QuotaView> list(
            @QueryParam("period")
                    @Parameter(
                            description = PERIOD,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-H[12]$"),
                            example = "2022-H1")
                    String period,
            @QueryParam("province")
                    @Parameter(
                            description = "Alleen de gemeenten van deze provincie.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^PV[0-9]{2}$"),
                            example = "PV25")
                    String province,
            @QueryParam("municipality")
                    @Parameter(
                            description = "Alleen deze gemeente.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^GM[0-9]{4}$"),
                            example = "GM1942")
                    String municipality,
            @BeanParam PageRequest paging) {
        QueryParams params = new QueryParams();
        Optional<HalfYear> half = halfYear(params, period);
        QuotaService.Scope scope = scope(params, province, municipality);
        PageRequest.Bounds bounds = paging.read(params);
        params.throwIfInvalid();
        return half.or(service::standard)
                .map(p -> service.page(p, scope, bounds))
                .orElse(Page.of(List.of(), bounds, 0));
    }

    @GET
    @Path("/history")
    @Operation(
            operationId = "getHousingQuotaHistory",
            summary = "Alle halfjaren van één gemeente",
            description =
                    "Openbaar. De taakstelling van een gemeente door de tijd, oudste eerst, met de overgedragen achterstand.")
    public List<QuotaView> history(
            @QueryParam("municipality")
                    @Parameter(
                            description = "De gemeente.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^GM[0-9]{4}$"),
                            example = "GM1942")
                    String municipality) {
        QueryParams params = new QueryParams();
        QuotaService.Scope scope = scope(params, null, municipality);
        if (scope.municipality().isEmpty()) {
            params.reject("municipality", Messages.text("reason.required"));
        }
        params.throwIfInvalid();
        return service.history(scope.municipality().get());
    }

    @GET
    @Path("/periods")
    @Operation(
            operationId = "listHousingQuotaPeriods",
            summary = "Halfjaren met cijfers",
            description =
                    "Openbaar. Nieuwste eerst; isDefault wijst het halfjaar aan dat elk overzicht standaard toont.")
    public List<PeriodView> periods() {
        return service.periods();
    }

    @GET
    @Path("/totals")
    @Operation(
            operationId = "getHousingQuotaTotals",
            summary = "Totalen per provincie en voor Nederland",
            description = "Openbaar. De sommen van de gemeenten met cijfers, met het aantal gemeenten zonder cijfers "
                    + "(complete is dan false), en het totaal zoals een bron het meldde. Een som over geen "
                    + "enkel cijfer is leeg, nooit 0.")
    public QuotaTotalsView totals(
            @QueryParam("period")
                    @Parameter(
                            description = PERIOD,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-H[12]$"),
                            example = "2022-H1")
                    String period) {
        QueryParams params = new QueryParams();
        Optional<HalfYear> half = halfYear(params, period);
        params.throwIfInvalid();
        return service.totals(half.or(service::standard).orElse(HalfYear.of(java.time.LocalDate.now())));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportHousingQuotas",
            summary = "Taakstelling als CSV",
            description = "Dezelfde filters als de lijst, alle gemeenten. UTF-8 met BOM, puntkomma's.")
    public Response export(
            @QueryParam("period")
                    @Parameter(
                            description = PERIOD,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-H[12]$"),
                            example = "2022-H1")
                    String period,
            @QueryParam("province")
                    @Parameter(
                            description = "Alleen de gemeenten van deze provincie.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^PV[0-9]{2}$"),
                            example = "PV25")
                    String province) {
        QueryParams params = new QueryParams();
        Optional<HalfYear> half = halfYear(params, period);
        QuotaService.Scope scope = scope(params, province, null);
        params.throwIfInvalid();
        List<QuotaView> quotas =
                half.or(service::standard).map(p -> service.of(p, scope)).orElse(List.of());
        return Response.ok(QuotaExport.write(quotas))
                .header("Content-Disposition", "attachment; filename=\"housing-quotas.csv\"")
                .build();
    }

    @POST
    @Path("/imports")
    @Consumes("text/csv")
    @RolesAllowed({Role.SUPPORT_ROLE, Scope.QUOTAS_WRITE_SCOPE})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "importHousingQuotas",
            summary = "Cijfers inlezen (CSV)",
            description = "Voor het ondersteuningsteam en systemen met quotas:write. Kolommen "
                    + "municipality;period;target;realised;arrearsIn (puntkomma of komma). Alles of niets: "
                    + "één foute regel en er wordt niets geschreven; elke foute regel en elk fout veld staat "
                    + "in invalidParams. arrearsIn alleen waar die niet uit het halfjaar ervoor volgt.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            example = "municipality;period;target;realised;arrearsIn\nGM1942;2023-H1;40;38;\n"))
    @APIResponse(
            responseCode = "200",
            description = "Alle regels ingelezen.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class)))
    public ImportResult importCsv(byte[] body) {
        return imports.run(body == null ? new byte[0] : body, caller.get());
    }

    private static Optional<HalfYear> halfYear(QueryParams params, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<HalfYear> half = HalfYear.parse(raw);
        if (half.isEmpty()) {
            params.reject("period", Messages.text("reason.halfYearShort"));
        }
        return half;
    }

    private static QuotaService.Scope scope(QueryParams params, String province, String municipality) {
        return new QuotaService.Scope(
                params.matching(
                        "province",
                        province,
                        Pattern.compile("^PV[0-9]{2}$"),
                        Messages.text("expect.provinceCode", "PV25")),
                params.matching(
                        "municipality",
                        municipality,
                        Pattern.compile("^GM[0-9]{4}$"),
                        Messages.text("expect.municipalityCode", "GM0344")));
    }
}
