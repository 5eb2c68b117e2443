package nl.handreiking.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of a provincial plan as the province or the support team reports it. */
@Schema(
        name = "ProvincialPlanRequest",
        description =
                "De stand van een provinciaal plan (unknown als die niet bekend is). Bij delivered is deliveredOn verplicht.")
public record PlanRequest(
        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"unknown", "requested", "in_progress", "delivered"},
                examples = "delivered")
        String status,

        @Schema(nullable = true, examples = "2020-06-19") LocalDate requestedOn,
        @Schema(nullable = true, examples = "2021-03-31") LocalDate deliveredOn,

        @SingleLine
        @Pattern(regexp = "^https://\\S+$", message = "{hr.https}")
        @Size(max = 500, message = "{hr.maxLength}")
        @Schema(nullable = true, maxLength = 500, examples = "https://www.gelderland.nl/plan-opvang.pdf")
        String documentUrl,

        @Size(max = 2000, message = "{hr.maxLength}")
        @Schema(nullable = true, maxLength = 2000, examples = "Besproken aan de provinciale regietafel.")
        String note) {}
