package nl.handreiking.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agenda item as the support team or an editor writes it; milestones are replaced as a whole. */
@Schema(
        name = "AgendaItemRequest",
        description = "Een actie van de uitvoeringsagenda. De mijlpalen vervangen de bestaande.")
public record AgendaItemRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, maxLength = 200, examples = "Eerste versie Integrale Uitvoeringsagenda")
        String title,

        @NotBlank(message = "{hr.required}")
        @Size(max = 10000, message = "{hr.maxLength}")
        @Schema(
                required = true,
                maxLength = 10000,
                examples = "Een eerste versie voor de middellange en lange termijn.")
        String description,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"reception", "housing", "integration"},
                examples = "housing")
        String domain,

        @NotBlank(message = "{hr.required}")
        @Schema(required = true, description = "Code van de eigenaar.", examples = "BZK")
        String owner,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"planned", "in_progress", "done", "stopped"},
                examples = "in_progress")
        String status,

        @NotNull(message = "{hr.requiredList}")
        @Size(max = 50, message = "{hr.tooManyMilestones}")
        @Schema(required = true)
        List<@Valid @NotNull(message = "{hr.required}") Milestone> milestones,

        @DecimalMin(value = "0", message = "{hr.notNegative}")
        @Schema(
                nullable = true,
                description = "Financiële consequentie in euro; leeg als onbekend.",
                examples = "25000000")
        BigDecimal financialEur,

        @Size(max = 2000, message = "{hr.maxLength}")
        @Schema(nullable = true, maxLength = 2000, examples = "Raming; besluitvorming bij de voorjaarsnota.")
        String financialNote,

        @SingleLine
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, maxLength = 500, examples = "Brief Integrale Handreiking, 12 februari 2021")
        String source) {

    /** A milestone: date, title, done. */
    @Schema(name = "AgendaMilestone")
    public record Milestone(
            @NotNull(message = "{hr.required}") @Schema(required = true, examples = "2021-04-01")
            LocalDate dueOn,

            @SingleLine
            @NotBlank(message = "{hr.required}")
            @Size(max = 200, message = "{hr.maxLength}")
            @Schema(required = true, maxLength = 200, examples = "Eerste versie IUA")
            String title,

            @Schema(required = true, examples = "false") boolean done) {}
}
