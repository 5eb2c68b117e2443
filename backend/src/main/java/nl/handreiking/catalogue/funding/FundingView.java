package nl.handreiking.catalogue.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.LinkView;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item (regeling) as the API shows it. */
@Schema(name = "Funding", description = "Financiering of regeling, met budget en aanvraagperiode.")
public record FundingView(
        @Schema(description = "Vaste, ondoorzichtige id.", examples = "1f7a3c9e-2b4d-3e8f-a6c1-7d9e0b2f4a66")
        UUID id,

        @Schema(description = "Leesbare naam voor adressen.", examples = "regeling-huisvesting-aandachtsgroepen")
        String slug,

        @Schema(description = "Titel.", examples = "Regeling huisvesting aandachtsgroepen")
        String title,

        @Schema(description = "Samenvatting in een of twee zinnen.")
        String summary,

        @Schema(description = "Uitleg (platte tekst; alinea's gescheiden door een lege regel).")
        String body,

        @Schema(description = "Beleidsterreinen.", examples = "[\"housing\"]")
        List<String> domains,

        @Schema(description = "Wie kan aanvragen.", examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(description = "Verstrekkers; de eerste is de verstrekker.", examples = "[\"BZK\"]")
        List<String> organisationCodes,

        @Schema(
                description = "Publicatiestatus.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"})
        String status,

        @Schema(description = "Wettelijke grondslag.", nullable = true)
        String legalBasis,

        @Schema(
                description = "Totaal budget in euro; leeg als dat niet bekend is.",
                nullable = true,
                examples = "50000000",
                type = SchemaType.NUMBER)
        BigDecimal totalBudgetEur,

        @Schema(
                description = "Bedrag per aanvrager in euro.",
                nullable = true,
                examples = "30000",
                type = SchemaType.NUMBER)
        BigDecimal amountPerApplicantEur,

        @Schema(description = "Toelichting bij de bedragen.", nullable = true)
        String amountNote,

        @Schema(
                description = "Aanvragen kan vanaf.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-03-01")
        LocalDate opensOn,

        @Schema(
                description = "Aanvragen kan tot en met.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-06-30")
        LocalDate closesOn,

        @Schema(
                description = "Een doorlopende regeling volgens de bron: open zonder sluitingsdatum.",
                examples = "false")
        boolean openEnded,

        @Schema(description = "Een afgelopen regeling waarvan geen bron de sluitingsdatum noemt.", examples = "false")
        boolean windowEnded,

        @Schema(
                description = "Stand van de aanvraagperiode vandaag (Nederlandse tijd): open alleen bij een bekende "
                        + "sluitingsdatum die nog komt of een doorlopende regeling; unknown als de periode "
                        + "niet bekend is.",
                type = SchemaType.STRING,
                enumeration = {"open", "upcoming", "closed", "unknown"},
                examples = "unknown")
        String windowStatus,

        @Schema(description = "Hoe u aanvraagt.", nullable = true)
        String howToApply,

        @Schema(description = "Officiële pagina.", nullable = true, examples = "https://www.rvo.nl")
        String url,

        @Schema(description = "Openbare bron.", nullable = true, examples = "https://zoek.officielebekendmakingen.nl")
        String sourceUrl,

        @Schema(
                description = "Gekoppelde opgaven en maatregelen; alleen bij het item zelf, niet in lijsten.",
                nullable = true)
        List<LinkView> links,

        @Schema(
                description = "Fragment met de zoektreffers tussen ⟦ en ⟧; alleen bij een zoekopdracht.",
                nullable = true)
        String snippet,

        @Schema(description = "Versie; de ETag van het item.", examples = "3")
        int version,

        @Schema(description = "Aangemaakt op.") OffsetDateTime createdAt,
        @Schema(description = "Laatst gewijzigd op.") OffsetDateTime updatedAt)
        implements PublicRead.ShowsMoreThanItsVersion { // the window is today's

    static FundingView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new FundingView(
                item.id,
                item.slug,
                item.title,
                item.summary,
                item.body,
                item.domains,
                item.audiences,
                item.organisationCodes,
                item.status,
                item.legalBasis,
                item.totalBudgetEur,
                item.amountPerApplicantEur,
                item.amountNote,
                item.opensOn,
                item.closesOn,
                item.openEnded,
                item.windowEnded,
                FundingWindow.today(item).apiValue,
                item.howToApply,
                item.url,
                item.sourceUrl,
                links,
                snippet,
                item.version,
                item.createdAt,
                item.updatedAt);
    }
}
