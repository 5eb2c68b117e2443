package nl.handreiking.catalogue.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.CatalogueRequest;
import nl.handreiking.catalogue.ItemFields;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "FundingRequest", description = "Een financiering, zoals een redacteur die aanmaakt of vervangt.")
public record FundingRequest(
        @SingleLine
        @Size(max = 60, message = "{hr.maxLength}")
        @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true)
        String slug,

        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, examples = "Regeling huisvesting aandachtsgroepen")
        String title,

        @NotBlank(message = "{hr.required}") @Size(max = 600, message = "{hr.maxLength}") @Schema(required = true)
        String summary,

        @Size(max = 20000, message = "{hr.maxLength}") @Schema(nullable = true)
        String body,

        @NotEmpty(message = "{hr.atLeastOneDomain}") @Schema(required = true, examples = "[\"housing\"]")
        List<String> domains,

        @Schema(nullable = true, examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(nullable = true, examples = "[\"BZK\"]") List<String> organisationCodes,

        @SingleLine @Size(max = 500, message = "{hr.maxLength}") @Schema(nullable = true)
        String legalBasis,

        @DecimalMin(value = "0", message = "{hr.notNegative}")
        @Schema(nullable = true, examples = "50000000", type = SchemaType.NUMBER)
        BigDecimal totalBudgetEur,

        @DecimalMin(value = "0", message = "{hr.notNegative}")
        @Schema(nullable = true, examples = "30000", type = SchemaType.NUMBER)
        BigDecimal amountPerApplicantEur,

        @Size(max = 1000, message = "{hr.maxLength}") @Schema(nullable = true)
        String amountNote,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-03-01")
        LocalDate opensOn,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-06-30")
        LocalDate closesOn,

        @Schema(
                nullable = true,
                description =
                        "Alleen als een bron zegt dat de regeling doorlopend is (zoals een vaste regeling): dan is zij open zonder sluitingsdatum.",
                examples = "false")
        Boolean openEnded,

        @Schema(
                nullable = true,
                description = "De regeling is voorbij, al noemt geen bron de sluitingsdatum: dan is zij gesloten.",
                examples = "false")
        Boolean windowEnded,

        @Size(max = 4000, message = "{hr.maxLength}") @Schema(nullable = true)
        String howToApply,

        @SingleLine
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, examples = "https://www.rvo.nl")
        String url,

        @SingleLine @Size(max = 500, message = "{hr.maxLength}") @Schema(nullable = true)
        String sourceUrl)
        implements CatalogueRequest {

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .url(url)
                .howToApply(howToApply)
                .legalBasis(legalBasis)
                .amounts(totalBudgetEur, amountPerApplicantEur, amountNote)
                .window(opensOn, closesOn, Boolean.TRUE.equals(openEnded), Boolean.TRUE.equals(windowEnded))
                .build();
    }
}
