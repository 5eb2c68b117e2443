package nl.handreiking.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields every catalogue item shows last, whatever its kind: source, links, snippet and version. */
public record ItemTail(
        @Schema(description = "Openbare bron.", nullable = true, examples = "https://www.rijksoverheid.nl")
        String sourceUrl,

        @Schema(
                description = "Gekoppelde items van de andere soorten; alleen bij het item zelf, niet in lijsten.",
                nullable = true)
        List<LinkView> links,

        @Schema(
                description = "Fragment met de zoektreffers tussen ⟦ en ⟧; alleen bij een zoekopdracht.",
                nullable = true)
        String snippet,

        @Schema(description = "Versie; de ETag van het item.", examples = "3")
        int version,

        @Schema(description = "Aangemaakt op.") OffsetDateTime createdAt,
        @Schema(description = "Laatst gewijzigd op.") OffsetDateTime updatedAt) {

    public static ItemTail of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new ItemTail(item.sourceUrl, links, snippet, item.version, item.createdAt, item.updatedAt);
    }
}
