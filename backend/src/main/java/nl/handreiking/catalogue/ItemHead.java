package nl.handreiking.catalogue;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields every catalogue item shows first, whatever its kind. Each kind's view unwraps it into its own flat
 * JSON object (Jackson's and SmallRye OpenAPI's {@code @JsonUnwrapped}), so the API keeps one flat schema per kind.
 */
public record ItemHead(
        @Schema(description = "Vaste, ondoorzichtige id.", examples = "5d2e9b7a-4c3f-3a61-8f1b-0e6c9a2d4b55")
        UUID id,

        @Schema(description = "Leesbare naam voor adressen.", examples = "huisvesting-vergunninghouders")
        String slug,

        @Schema(description = "Titel.", examples = "Huisvesting vergunninghouders")
        String title,

        @Schema(description = "Samenvatting in een of twee zinnen.")
        String summary,

        @Schema(description = "Uitleg (platte tekst; alinea's gescheiden door een lege regel).")
        String body,

        @Schema(description = "Beleidsterreinen.", examples = "[\"housing\"]")
        List<String> domains,

        @Schema(
                description = "Doelgroepen: voor wie de opgave geldt, wie de maatregel gebruikt, wie de "
                        + "financiering kan aanvragen.",
                examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(
                description = "Organisaties; de eerste is de trekker van de opgave, de aanbieder van de "
                        + "maatregel of de verstrekker van de financiering.",
                examples = "[\"COA\"]")
        List<String> organisationCodes,

        @Schema(
                description = "Publicatiestatus.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"})
        String status) {

    public static ItemHead of(CatalogueItem item) {
        return new ItemHead(
                item.id,
                item.slug,
                item.title,
                item.summary,
                item.body,
                item.domains,
                item.audiences,
                item.organisationCodes,
                item.status);
    }
}
