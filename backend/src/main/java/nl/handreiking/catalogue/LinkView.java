package nl.handreiking.catalogue;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A linked item as other items show it: enough to list it and follow the link. */
@Schema(name = "LinkedItem", description = "Een gekoppeld item (opgave, maatregel of financiering).")
public record LinkView(
        @Schema(description = "Id.", examples = "3b1f8f0e-7c55-3c2e-9d6a-2f4b8e0c1a7d")
        UUID id,

        @Schema(
                description = "Soort item.",
                type = SchemaType.STRING,
                enumeration = {"task", "measure", "funding"},
                examples = "measure")
        String kind,

        @Schema(description = "Titel.", examples = "Logeerregeling vergunninghouders")
        String title,

        @Schema(description = "Leesbare naam in adressen.", examples = "logeerregeling-vergunninghouders")
        String slug,

        @Schema(
                description = "Publicatiestatus.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"},
                examples = "published")
        String status,

        @Schema(
                description = "Het API-pad van het item.",
                examples = "/api/v1/measures/3b1f8f0e-7c55-3c2e-9d6a-2f4b8e0c1a7d")
        String href) {

    public static LinkView from(CatalogueItem item) {
        return of(item.id, item.kind, item.title, item.slug, item.status);
    }

    static LinkView of(UUID id, String kind, String title, String slug, String status) {
        return new LinkView(
                id, kind, title, slug, status, "/api/v1/" + Kind.of(kind).collection() + "/" + id);
    }
}
