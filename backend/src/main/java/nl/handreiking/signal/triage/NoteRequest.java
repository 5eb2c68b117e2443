package nl.handreiking.signal.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note of the support team. */
@Schema(name = "NoteRequest", description = "Interne notitie; alleen het ondersteuningsteam ziet die.")
record NoteRequest(
        @NotBlank(message = "{hr.required}")
        @Size(max = 10000, message = "{hr.maxLength}")
        @Schema(required = true, maxLength = 10000, examples = "Navraag gedaan bij de IND; antwoord volgt deze week.")
        String text) {}
