package nl.handreiking.catalogue.funding;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.handreiking.catalogue.CatalogueEndpoints;
import nl.handreiking.catalogue.CatalogueResource;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.SearchParams;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funding: public when published, kept by editors; its closing dates also as a calendar. */
@Path("/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "funding", description = "Financiering en regelingen, met budget en aanvraagperiode.")
public class FundingResource extends CatalogueResource<FundingView, FundingRequest> {

    private final HandreikingConfig config;

    FundingResource(CatalogueEndpoints endpoints, HandreikingConfig config) {
        super(Kind.FUNDING, endpoints, FundingView::of);
        this.config = config;
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Path("/calendar")
    @Produces("text/calendar")
    @Operation(
            operationId = "getFundingCalendar",
            summary = "Sluitingsdata als agenda",
            description =
                    "De sluitingsdata van de gevonden financiering als iCalendar-bestand (RFC 5545), met dezelfde filters als de zoekopdracht.")
    public Response calendar(@BeanParam SearchParams search) {
        return calendarFile(FundingCalendar.of(all(search), config.publicUrlBase()), "financiering");
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Path("/{id}/calendar")
    @Produces("text/calendar")
    @Operation(
            operationId = "getFundingItemCalendar",
            summary = "Sluitingsdatum in uw agenda",
            description = "Eén financiering als iCalendar-afspraak op de sluitingsdatum.")
    public Response itemCalendar(@PathParam("id") @Parameter(description = "Id van de financiering.") String id) {
        return calendarFile(FundingCalendar.of(List.of(item(id)), config.publicUrlBase()), "financiering-" + id);
    }

    private static Response calendarFile(String calendar, String name) {
        return Response.ok(calendar)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"")
                .build();
    }
}
