package nl.handreiking.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published catalogue as open data (DCAT-AP-DONL in JSON-LD), for data.overheid.nl and other portals. */
@Path("/open-data")
@Tag(
        name = "open-data",
        description = "De gepubliceerde catalogus als open data volgens DCAT-AP-DONL, zodat data.overheid.nl en andere "
                + "portalen hem kunnen oogsten.")
public class OpenDataResource {

    static final String JSON_LD = "application/ld+json";

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final String publicUrl;

    OpenDataResource(ChangeFeed feed, ObjectMapper json, HandreikingConfig config) {
        this.feed = feed;
        this.json = json;
        this.publicUrl = config.publicUrlBase();
    }

    /** JSON-LD first (what a harvester asks for and what any Accept gets); plain JSON for clients that ask only that. */
    @GET
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Operation(
            operationId = "getOpenDataCatalogue",
            summary = "De catalogus als open data (DCAT-AP-DONL)",
            description =
                    "Een DCAT-catalogus in JSON-LD met een dataset per soort (opgaven, maatregelen, financiering) "
                            + "en als distributies de JSON-lijst, de CSV-export en de wijzigingen (/changes). dct:modified is "
                            + "het moment van de laatste openbare wijziging van die soort.")
    @APIResponse(
            responseCode = "200",
            description = "De catalogus.",
            content = {
                @Content(
                        mediaType = JSON_LD,
                        schema =
                                @Schema(
                                        type = SchemaType.OBJECT,
                                        description = "JSON-LD: een dcat:Catalog met dcat:dataset (DCAT-AP-DONL).",
                                        additionalProperties = Schema.True.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = SchemaType.OBJECT,
                                        description = "Hetzelfde document, voor wie om gewone JSON vraagt.",
                                        additionalProperties = Schema.True.class))
            })
    public String catalogue() throws JsonProcessingException {
        return json.writeValueAsString(DcatCatalogue.of(publicUrl, feed.publicPeriods()));
    }
}
