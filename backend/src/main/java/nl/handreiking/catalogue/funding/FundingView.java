package nl.handreiking.catalogue.funding;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.ItemHead;
import nl.handreiking.catalogue.ItemTail;
import nl.handreiking.catalogue.LinkView;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item (regeling) as the API shows it. */
@Schema(name = "Funding", description = "Financiering of regeling, met budget en aanvraagperiode.")
public record FundingView(
        @JsonUnwrapped ItemHead head,

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

        @JsonUnwrapped ItemTail tail)
        implements PublicRead.ShowsMoreThanItsVersion { // the window is today's

    static FundingView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new FundingView(
                ItemHead.of(item),
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
                ItemTail.of(item, links, snippet));
    }
}
