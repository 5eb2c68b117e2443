package nl.handreiking.signal.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new signal or question, as a municipality, province or other system submits it. */
@Schema(name = "SignalRequest", description = "Een nieuw signaal of een nieuwe vraag.")
record SignalRequest(
        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"signal", "question"},
                examples = "signal",
                description = "signal: een bestuurlijk signaal; question: een vraag aan het ondersteuningsteam.")
        String type,

        @NotBlank(message = "{hr.required}")
        @Schema(required = true, description = "Themacode (zie /signal-themes).", examples = "ind-processing-times")
        String theme,

        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, maxLength = 200, examples = "Lange wachttijd IND vertraagt huisvesting")
        String title,

        @NotBlank(message = "{hr.required}")
        @Size(max = 10000, message = "{hr.maxLength}")
        @Schema(
                required = true,
                maxLength = 10000,
                examples = "Vergunninghouders wachten maanden op hun beschikking; gereserveerde woningen staan leeg.")
        String description,

        @Pattern(regexp = "^(GM[0-9]{4}|PV[0-9]{2})$", message = "{hr.regionCode}")
        @Schema(
                nullable = true,
                pattern = "^(GM[0-9]{4}|PV[0-9]{2})$",
                examples = "GM0344",
                description =
                        "De indienende gemeente of provincie. Alleen voor systemen zonder eigen regio; anders de regio van de aanvrager.")
        String regionCode) {}
