package nl.handreiking.catalogue.task;

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

/** A task as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "TaskRequest", description = "Een opgave, zoals een redacteur die aanmaakt of vervangt.")
public record TaskRequest(
        @SingleLine
        @Size(max = 60, message = "{hr.maxLength}")
        @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true, examples = "taakstelling-2021")
        String slug,

        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, examples = "Taakstelling huisvesting vergunninghouders 2021")
        String title,

        @NotBlank(message = "{hr.required}")
        @Size(max = 600, message = "{hr.maxLength}")
        @Schema(
                required = true,
                examples = "Gemeenten huisvesten vergunninghouders volgens de taakstelling per halfjaar.")
        String summary,

        @Size(max = 20000, message = "{hr.maxLength}") @Schema(nullable = true)
        String body,

        @NotEmpty(message = "{hr.atLeastOneDomain}") @Schema(required = true, examples = "[\"housing\"]")
        List<String> domains,

        @Schema(nullable = true, examples = "[\"municipality\"]")
        List<String> audiences,

        @Schema(nullable = true, examples = "[\"JENV\"]") List<String> organisationCodes,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"short", "medium", "long"})
        String horizon,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-07-01")
        LocalDate periodStart,

        @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-12-31")
        LocalDate periodEnd,

        @SingleLine
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, examples = "https://www.rijksoverheid.nl")
        String sourceUrl)
        implements CatalogueRequest {

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .horizon(horizon)
                .period(periodStart, periodEnd)
                .build();
    }
}
