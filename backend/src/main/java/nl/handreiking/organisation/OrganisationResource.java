package nl.handreiking.organisation;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations behind the Handreiking and its support team. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "organisations",
        description = "Organisaties: ministeries, koepels, uitvoeringsorganisaties en regietafels.")
@PublicRead(PublicRead.Freshness.REFERENCE)
public class OrganisationResource {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{2,12}$");

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listOrganisations",
            summary = "Organisaties",
            description = "Alle betrokken organisaties; de leden van het ondersteuningsteam eerst.")
    public Page<OrganisationView> list(
            @QueryParam("supportTeam")
                    @Parameter(
                            description = "Alleen leden (true) of juist geen leden (false) van het ondersteuningsteam.",
                            schema = @Schema(type = SchemaType.BOOLEAN),
                            example = "true")
                    String supportTeam,
            @BeanParam PageRequest paging) {
        QueryParams params = new QueryParams();
        var member = params.bool("supportTeam", supportTeam);
        var bounds = paging.read(params);
        params.throwIfInvalid();
        return service.list(member, bounds).map(OrganisationView::from);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportOrganisations",
            summary = "Organisaties als CSV",
            description =
                    "Hetzelfde filter als de lijst, zonder paginering; Nederlandse kolomnamen en woorden, UTF-8 met BOM en puntkomma's.")
    public Response export(
            @QueryParam("supportTeam")
                    @Parameter(
                            description = "Alleen leden (true) of juist geen leden (false) van het ondersteuningsteam.",
                            schema = @Schema(type = SchemaType.BOOLEAN),
                            example = "true")
                    String supportTeam) {
        QueryParams params = new QueryParams();
        var member = params.bool("supportTeam", supportTeam);
        params.throwIfInvalid();
        return Csv.download(
                OrganisationCsv.write(
                        service.all(member).stream().map(OrganisationView::from).toList()),
                "organisaties");
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getOrganisation",
            summary = "Eén organisatie",
            description = "Een organisatie op code, bijvoorbeeld JENV of COA.")
    public OrganisationView get(
            @PathParam("code") @Parameter(description = "Code van de organisatie.", example = "COA") String code) {
        QueryParams params = new QueryParams();
        var valid = params.matching("code", code, CODE, Messages.text("expect.organisationCodeLong"));
        params.throwIfInvalid();
        return valid.flatMap(service::find)
                .map(OrganisationView::from) // a code of only spaces names nothing: 404
                .orElseThrow(() -> ProblemException.notFound(
                        Messages.text("detail.noOrganisation", valid.orElse(Messages.text("word.empty")))));
    }
}
