package nl.handreiking.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signal in a list: enough to triage it and open it. */
@Schema(name = "SignalSummary", description = "Een signaal in een lijst.")
public record SignalSummary(
        @Schema(examples = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        UUID id,

        @Schema(examples = "SIG-2021-000123") String reference,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"signal", "question"},
                examples = "signal")
        String type,

        @Schema(examples = "ind-processing-times") String theme,

        @Schema(examples = "Lange wachttijd IND vertraagt huisvesting")
        String title,

        SignalView.SignalPlace region,
        SignalView.SignalOwner owner,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"submitted", "in_progress", "answered", "forwarded", "rejected", "closed"},
                examples = "submitted")
        String status,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"low", "normal", "high"},
                examples = "normal")
        String priority,

        @Schema(examples = "2021-02-12T09:30:00Z") OffsetDateTime submittedAt,
        @Schema(examples = "2021-02-26") LocalDate dueOn,
        @Schema(examples = "true") boolean overdue,

        @Schema(nullable = true, examples = "2021-02-20T14:00:00Z")
        OffsetDateTime answeredAt,

        @Schema(examples = "false") boolean example) {}
