package nl.handreiking.region;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import nl.handreiking.common.Csv;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.PublicRead;
import nl.handreiking.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities and provinces of 2021. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "Gemeenten en provincies (indeling 2021) met hun CBS-codes.")
@PublicRead(PublicRead.Freshness.REFERENCE)
public class RegionResource {

    private static final Pattern REGION_CODE = Pattern.compile("^(GM\\d{4}|PV\\d{2})$");
    private static final Pattern PROVINCE_CODE = Pattern.compile("^PV\\d{2}$");
    private static final int MAX_SEARCH_LENGTH = 100;

    private final RegionService service;

    RegionResource(RegionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listRegions",
            summary = "Gemeenten en provincies zoeken",
            description =
                    "Alle 352 gemeenten en 12 provincies van 2021, eerst de provincies, dan op naam. Zoeken op naam "
                            + "negeert hoofdletters en accenten.")
    public Page<RegionView> list(
            @QueryParam("type")
                    @Parameter(
                            description = "Alleen gemeenten of alleen provincies.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"municipality", "province"}),
                            example = "municipality")
                    String type,
            @QueryParam("province")
                    @Parameter(
                            description = "Alleen de gemeenten van deze provincie (CBS-code).",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^PV\\d{2}$"),
                            example = "PV27")
                    String province,
            @QueryParam("q")
                    @Parameter(
                            description = "Zoekt in de naam; hoofdletters en accenten tellen niet.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SEARCH_LENGTH),
                            example = "fryslan")
                    String q,
            @BeanParam PageRequest paging) {
        QueryParams params = new QueryParams();
        var filter = filter(params, type, province, q);
        var bounds = paging.read(params);
        params.throwIfInvalid();
        return service.search(filter, bounds).map(RegionView::from);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportRegions",
            summary = "Gemeenten en provincies als CSV",
            description =
                    "Dezelfde filters als de lijst, zonder paginering; Nederlandse kolomnamen en woorden, UTF-8 met BOM en puntkomma's.")
    public Response export(
            @QueryParam("type")
                    @Parameter(
                            description = "Alleen gemeenten of alleen provincies.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"municipality", "province"}),
                            example = "municipality")
                    String type,
            @QueryParam("province")
                    @Parameter(
                            description = "Alleen de gemeenten van deze provincie (CBS-code).",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^PV\\d{2}$"),
                            example = "PV27")
                    String province,
            @QueryParam("q")
                    @Parameter(
                            description = "Zoekt in de naam; hoofdletters en accenten tellen niet.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SEARCH_LENGTH),
                            example = "fryslan")
                    String q) {
        QueryParams params = new QueryParams();
        var filter = filter(params, type, province, q);
        params.throwIfInvalid();
        return Csv.download(
                RegionCsv.write(
                        service.all(filter).stream().map(RegionView::from).toList()),
                "regios");
    }

    private static RegionService.Filter filter(QueryParams params, String type, String province, String q) {
        return new RegionService.Filter(
                params.oneOf("type", type, RegionType.class),
                params.matching("province", province, PROVINCE_CODE, Messages.text("expect.provinceCode", "PV27")),
                params.text("q", q, MAX_SEARCH_LENGTH));
    }

    @GET
    @Path("/boundaries")
    @PublicRead(PublicRead.Freshness.FIXED) // the 2021 boundaries inside the application
    @Produces("application/geo+json")
    @Operation(
            operationId = "getRegionBoundaries",
            summary = "Grenzen als GeoJSON",
            description = "Openbaar. De grenzen van 2021 (CBS/PDOK, CC BY 4.0, vereenvoudigd) als GeoJSON "
                    + "FeatureCollection in WGS84; elke feature heeft properties.code en properties.name.")
    @APIResponse(
            responseCode = "200",
            description = "De grenzen.",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response boundaries(
            @QueryParam("type")
                    @Parameter(
                            description = "municipality (standaard) of province.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"municipality", "province"}),
                            example = "municipality")
                    String type) {
        QueryParams params = new QueryParams();
        RegionType wanted = params.oneOf("type", type, RegionType.class).orElse(RegionType.MUNICIPALITY);
        params.throwIfInvalid();
        String file = wanted == RegionType.MUNICIPALITY
                ? "/data/regions/gemeenten-2021.geojson"
                : "/data/regions/provincies-2021.geojson";
        return Response.ok(RegionResource.class.getResourceAsStream(file)).build();
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getRegion",
            summary = "Eén gemeente of provincie",
            description = "Een gemeente (GM0363) of provincie (PV27) op CBS-code.")
    public RegionView get(
            @PathParam("code")
                    @Parameter(
                            description = "CBS-code van de gemeente of provincie.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(GM\\d{4}|PV\\d{2})$"),
                            example = "GM0363")
                    String code) {
        QueryParams params = new QueryParams();
        String valid = params.matching("code", code, REGION_CODE, Messages.text("expect.cbsCode"))
                .orElse(null);
        params.throwIfInvalid();
        return service.find(valid)
                .map(RegionView::from)
                .orElseThrow(() -> ProblemException.notFound(Messages.text("detail.noRegion", valid)));
    }
}
