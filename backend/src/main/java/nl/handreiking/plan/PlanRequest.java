package nl.handreiking.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of a provincial plan as the province or the support team reports it. */
@Schema(name = "ProvincialPlanRequest", description = "De stand van een provinciaal plan. Bij delivered is deliveredOn verplicht.")
public record PlanRequest(
        @NotBlank(message = "is verplicht")
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"requested", "in_progress", "delivered"}, examples = "delivered") String status,
        @Schema(nullable = true, examples = "2020-06-19") LocalDate requestedOn,
        @Schema(nullable = true, examples = "2021-03-31") LocalDate deliveredOn,
        @Pattern(regexp = "^https://\\S+$", message = "moet een https-adres zijn") @Size(max = 500, message = "is langer dan 500 tekens")
        @Schema(nullable = true, maxLength = 500, examples = "https://www.gelderland.nl/plan-opvang.pdf") String documentUrl,
        @Size(max = 2000, message = "is langer dan 2000 tekens")
        @Schema(nullable = true, maxLength = 2000, examples = "Besproken aan de provinciale regietafel.") String note) {
}
