package nl.handreiking.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many results of the current search fall in each value of each filter. */
@Schema(name = "Facets", description = "Aantallen per filterwaarde binnen de huidige zoekresultaten.")
public record Facets(
        @Schema(description = "Per beleidsterrein.") List<Count> domain,
        @Schema(description = "Per doelgroep.") List<Count> audience,
        @Schema(description = "Per organisatie.") List<Count> organisation,

        @Schema(description = "Per publicatiestatus (alleen voor redacteuren verschillend van published).")
        List<Count> status) {

    /** A filter value and the number of results that have it. */
    @Schema(name = "FacetCount")
    public record Count(
            @Schema(description = "De waarde, zoals te gebruiken in het filter.", examples = "housing")
            String value,

            @Schema(description = "Aantal resultaten met deze waarde.", examples = "7")
            long count) {}
}
