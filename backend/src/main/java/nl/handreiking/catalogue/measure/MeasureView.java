package nl.handreiking.catalogue.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.LinkView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support measure as the API shows it. */
@Schema(name = "Measure", description = "Een ondersteuningsmaatregel voor gemeenten en provincies.")
public record MeasureView(
        @Schema(description = "Vaste, ondoorzichtige id.", examples = "5d2e9b7a-4c3f-3a61-8f1b-0e6c9a2d4b55")
        UUID id,

        @Schema(description = "Leesbare naam voor adressen.", examples = "logeerregeling-vergunninghouders")
        String slug,

        @Schema(description = "Titel.", examples = "Logeerregeling vergunninghouders")
        String title,

        @Schema(description = "Samenvatting in een of twee zinnen.")
        String summary,

        @Schema(description = "Uitleg (platte tekst; alinea's gescheiden door een lege regel).")
        String body,

        @Schema(description = "Beleidsterreinen.", examples = "[\"housing\"]")
        List<String> domains,

        @Schema(description = "Doelgroepen.", examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(description = "Aanbiedende organisaties; de eerste biedt de maatregel aan.", examples = "[\"COA\"]")
        List<String> organisationCodes,

        @Schema(
                description = "Publicatiestatus.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"})
        String status,

        @Schema(description = "Hoe u de maatregel aanvraagt of gebruikt.", nullable = true)
        String howToApply,

        @Schema(description = "Contact.", nullable = true, examples = "flexibilisering.asielketen@minjenv.nl")
        String contact,

        @Schema(description = "Officiële pagina.", nullable = true, examples = "https://www.coa.nl")
        String url,

        @Schema(
                description = "Geldig vanaf.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-01-01")
        LocalDate validFrom,

        @Schema(
                description = "Geldig tot en met.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-12-31")
        LocalDate validTo,

        @Schema(description = "Openbare bron.", nullable = true, examples = "https://www.coa.nl")
        String sourceUrl,

        @Schema(
                description = "Gekoppelde opgaven en financiering; alleen bij het item zelf, niet in lijsten.",
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

    static MeasureView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new MeasureView(
                item.id,
                item.slug,
                item.title,
                item.summary,
                item.body,
                item.domains,
                item.audiences,
                item.organisationCodes,
                item.status,
                item.howToApply,
                item.contact,
                item.url,
                item.validFrom,
                item.validTo,
                item.sourceUrl,
                links,
                snippet,
                item.version,
                item.createdAt,
                item.updatedAt);
    }
}
