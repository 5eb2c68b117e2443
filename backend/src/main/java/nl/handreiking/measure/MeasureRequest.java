package nl.handreiking.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.ItemFields;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support measure as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "MeasureRequest", description = "Een maatregel, zoals een redacteur die aanmaakt of vervangt.")
public record MeasureRequest(
        @Size(max = 60, message = "mag hoogstens 60 tekens lang zijn") @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true) String slug,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") @Schema(required = true, examples = "Logeerregeling vergunninghouders") String title,
        @NotBlank(message = "is verplicht") @Size(max = 600, message = "mag hoogstens 600 tekens lang zijn") @Schema(required = true) String summary,
        @Size(max = 20000, message = "mag hoogstens 20000 tekens lang zijn") @Schema(nullable = true) String body,
        @NotEmpty(message = "noem minstens één beleidsterrein") @Schema(required = true, examples = "[\"housing\"]") List<String> domains,
        @Schema(nullable = true, examples = "[\"municipality\"]") List<String> audiences,
        @Schema(nullable = true, examples = "[\"COA\"]") List<String> organisationCodes,
        @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn") @Schema(nullable = true) String howToApply,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true) String contact,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true, examples = "https://www.coa.nl") String url,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-01-01") LocalDate validFrom,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-12-31") LocalDate validTo,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") @Schema(nullable = true, examples = "https://www.coa.nl") String sourceUrl) {

    ItemFields toFields() {
        return new ItemFields(slug, title, summary, body, domains, audiences, organisationCodes, sourceUrl, url, howToApply, contact,
                null, null, null, validFrom, validTo, null, null, null, null, null, null);
    }
}
