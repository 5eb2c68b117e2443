package nl.handreiking.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.ItemFields;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "FundingRequest", description = "Een financiering, zoals een redacteur die aanmaakt of vervangt.")
public record FundingRequest(
        @Size(max = 60, message = "mag hoogstens 60 tekens lang zijn") @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true) String slug,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") @Schema(required = true, examples = "Regeling huisvesting aandachtsgroepen") String title,
        @NotBlank(message = "is verplicht") @Size(max = 600, message = "mag hoogstens 600 tekens lang zijn") @Schema(required = true) String summary,
        @Size(max = 20000, message = "mag hoogstens 20000 tekens lang zijn") @Schema(nullable = true) String body,
        @NotEmpty(message = "noem minstens één beleidsterrein") @Schema(required = true, examples = "[\"housing\"]") List<String> domains,
        @Schema(nullable = true, examples = "[\"municipality\"]") List<String> audiences,
        @Schema(nullable = true, examples = "[\"BZK\"]") List<String> organisationCodes,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true) String legalBasis,
        @DecimalMin(value = "0", message = "mag niet negatief zijn") @Schema(nullable = true, examples = "50000000", type = SchemaType.NUMBER) BigDecimal totalBudgetEur,
        @DecimalMin(value = "0", message = "mag niet negatief zijn") @Schema(nullable = true, examples = "30000", type = SchemaType.NUMBER) BigDecimal amountPerApplicantEur,
        @Size(max = 1000, message = "mag hoogstens 1000 tekens lang zijn") @Schema(nullable = true) String amountNote,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-03-01") LocalDate opensOn,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-06-30") LocalDate closesOn,
        @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn") @Schema(nullable = true) String howToApply,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true, examples = "https://www.rvo.nl") String url,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true) String sourceUrl) {

    ItemFields toFields() {
        return new ItemFields(slug, title, summary, body, domains, audiences, organisationCodes, sourceUrl, url, howToApply, null,
                null, null, null, null, null, legalBasis, totalBudgetEur, amountPerApplicantEur, amountNote, opensOn, closesOn);
    }
}
