package nl.handreiking.catalogue.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.CatalogueRequest;
import nl.handreiking.catalogue.ItemFields;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support measure as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "MeasureRequest", description = "Een maatregel, zoals een redacteur die aanmaakt of vervangt.")
public record MeasureRequest(
        @SingleLine
        @Size(max = 60, message = "{hr.maxLength}")
        @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true)
        String slug,

        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, examples = "Logeerregeling vergunninghouders")
        String title,

        @NotBlank(message = "{hr.required}") @Size(max = 600, message = "{hr.maxLength}") @Schema(required = true)
        String summary,

        @Size(max = 20000, message = "{hr.maxLength}") @Schema(nullable = true)
        String body,

        @NotEmpty(message = "{hr.atLeastOneDomain}") @Schema(required = true, examples = "[\"housing\"]")
        List<String> domains,

        @Schema(nullable = true, examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(nullable = true, examples = "[\"COA\"]") List<String> organisationCodes,

        @Size(max = 4000, message = "{hr.maxLength}") @Schema(nullable = true)
        String howToApply,

        @SingleLine @Size(max = 500, message = "{hr.maxLength}") @Schema(nullable = true)
        String contact,

        @SingleLine
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, examples = "https://www.coa.nl")
        String url,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-01-01")
        LocalDate validFrom,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-12-31")
        LocalDate validTo,

        @SingleLine
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, examples = "https://www.coa.nl")
        String sourceUrl)
        implements CatalogueRequest {

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .url(url)
                .howToApply(howToApply)
                .contact(contact)
                .valid(validFrom, validTo)
                .build();
    }
}
