package nl.handreiking.signal.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a signal to another status, with the text that goes with it. */
@Schema(
        name = "TransitionRequest",
        description =
                "Een signaal naar een volgende status brengen. De toegestane volgende statussen staan in allowedTransitions van het signaal.")
public record TransitionRequest(
        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"submitted", "in_progress", "answered", "forwarded", "rejected", "closed"},
                examples = "answered")
        String status,

        @Size(max = 10000, message = "{hr.maxLength}")
        @Schema(
                nullable = true,
                maxLength = 10000,
                description =
                        "Verplicht bij answered (het openbare antwoord), rejected (de reden) en heropenen (waarom het antwoord niet helpt).",
                examples = "De IND zet extra beslismedewerkers in; zie de gekoppelde maatregel.")
        String text,

        @Schema(
                nullable = true,
                description =
                        "Verplicht bij forwarded: de actie van de uitvoeringsagenda die het signaal voedt (zie /agenda-items).",
                examples = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04")
        String agendaItemId) {}
