package nl.handreiking.signal.triage;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Theme, priority and owning organisation, as the support team sets them. */
@Schema(
        name = "ClassificationRequest",
        description =
                "Thema, prioriteit en eigenaar van een signaal. Een ander thema berekent de termijn opnieuw vanaf de indiening.")
record ClassificationRequest(
        @NotBlank(message = "{hr.required}") @Schema(required = true, examples = "housing-quota")
        String theme,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"low", "normal", "high"},
                examples = "high")
        String priority,

        @NotBlank(message = "{hr.required}")
        @Schema(required = true, description = "Code van een organisatie uit het ondersteuningsteam.", examples = "BZK")
        String owner) {}
