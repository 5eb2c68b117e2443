package nl.handreiking.catalogue.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.LinkView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task (opgave) as the API shows it. */
@Schema(name = "Task", description = "Een opgave in opvang, huisvesting of inburgering.")
public record TaskView(
        @Schema(description = "Vaste, ondoorzichtige id.", examples = "8a4c1f4e-0b6e-3f59-9a0e-5b9f2d7c1e33")
        UUID id,

        @Schema(
                description = "Leesbare naam voor adressen.",
                examples = "taakstelling-huisvesting-vergunninghouders-2021")
        String slug,

        @Schema(description = "Titel.", examples = "Taakstelling huisvesting vergunninghouders")
        String title,

        @Schema(description = "Samenvatting in een of twee zinnen.")
        String summary,

        @Schema(description = "Uitleg (platte tekst; alinea's gescheiden door een lege regel).")
        String body,

        @Schema(description = "Beleidsterreinen.", examples = "[\"housing\"]")
        List<String> domains,

        @Schema(description = "Doelgroepen.", examples = "[\"municipality\", \"province\"]")
        List<String> audiences,

        @Schema(description = "Verantwoordelijke organisaties; de eerste is de trekker.", examples = "[\"JENV\"]")
        List<String> organisationCodes,

        @Schema(
                description = "Publicatiestatus.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"})
        String status,

        @Schema(
                description = "Termijn.",
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"short", "medium", "long"})
        String horizon,

        @Schema(
                description = "Begin van de looptijd.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-07-01")
        LocalDate periodStart,

        @Schema(
                description = "Einde van de looptijd.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-12-31")
        LocalDate periodEnd,

        @Schema(description = "Openbare bron.", nullable = true, examples = "https://www.rijksoverheid.nl")
        String sourceUrl,

        @Schema(
                description = "Gekoppelde maatregelen en financiering; alleen bij het item zelf, niet in lijsten.",
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

    static TaskView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new TaskView(
                item.id,
                item.slug,
                item.title,
                item.summary,
                item.body,
                item.domains,
                item.audiences,
                item.organisationCodes,
                item.status,
                item.horizon,
                item.periodStart,
                item.periodEnd,
                item.sourceUrl,
                links,
                snippet,
                item.version,
                item.createdAt,
                item.updatedAt);
    }
}
