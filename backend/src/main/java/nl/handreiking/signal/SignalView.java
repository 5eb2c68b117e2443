package nl.handreiking.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.catalogue.LinkView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signal as its submitter and the support team see it; internal notes are not part of it. */
@Schema(
        name = "Signal",
        description =
                "Een signaal of vraag met status, termijn, openbaar antwoord, koppelingen en bijlagen. Interne notities staan apart.")
public record SignalView(
        @Schema(examples = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        UUID id,

        @Schema(description = "Kenmerk: uniek en zonder gaten per jaar.", examples = "SIG-2021-000123")
        String reference,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"signal", "question"},
                examples = "signal")
        String type,

        @Schema(examples = "ind-processing-times") String theme,

        @Schema(examples = "Lange wachttijd IND vertraagt huisvesting")
        String title,

        @Schema(examples = "Vergunninghouders wachten maanden op hun beschikking.")
        String description,

        @Schema(description = "De indienende gemeente of provincie.")
        SignalPlace region,

        @Schema(description = "Wie het indiende (persoon of systeem).", examples = "Gemeente Utrecht (demo)")
        String submittedBy,

        @Schema(description = "Organisatie uit het ondersteuningsteam die het signaal behandelt.")
        SignalOwner owner,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"submitted", "in_progress", "answered", "forwarded", "rejected", "closed"},
                examples = "in_progress")
        String status,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"low", "normal", "high"},
                examples = "normal")
        String priority,

        @Schema(examples = "2021-02-12T09:30:00Z") OffsetDateTime submittedAt,

        @Schema(
                description = "Uiterste antwoorddatum (werkdagen per thema, zonder weekend en feestdagen).",
                examples = "2021-02-26")
        LocalDate dueOn,

        @Schema(description = "Wacht nog op antwoord terwijl de termijn voorbij is.", examples = "false")
        boolean overdue,

        @Schema(
                nullable = true,
                description = "Het openbare antwoord.",
                examples = "De IND zet extra beslismedewerkers in.")
        String answer,

        @Schema(nullable = true, examples = "2021-02-20T14:00:00Z")
        OffsetDateTime answeredAt,

        @Schema(
                nullable = true,
                description = "Tot wanneer de indiener kan heropenen (alleen bij answered).",
                examples = "2021-03-06T14:00:00Z")
        OffsetDateTime reopenUntil,

        @Schema(description = "Een voorbeeldsignaal bij de demo-inhoud, geen echte melding.", examples = "false")
        boolean example,

        @Schema(
                description =
                        "Gekoppelde opgaven en maatregelen, alleen die u mag zien (een concept of gearchiveerd item "
                                + "alleen voor wie de catalogus mag bewerken).")
        List<LinkView> links,

        @Schema(
                nullable = true,
                description = "De actie van de uitvoeringsagenda waar het signaal naartoe is doorgestuurd.")
        SignalAgendaItem agendaItem,

        @Schema(description = "Bijlagen.") List<AttachmentView> attachments,

        @Schema(description = "De overgangen die de aanvrager nu kan maken.")
        List<AllowedTransition> allowedTransitions,

        @Schema(examples = "2021-02-20T14:00:00Z") OffsetDateTime updatedAt) {

    /** A region with its province. */
    @Schema(name = "SignalRegion")
    public record SignalPlace(
            @Schema(examples = "GM0344") String code,
            @Schema(examples = "Utrecht") String name,
            @Schema(examples = "PV26") String provinceCode,
            @Schema(examples = "Utrecht") String provinceName) {}

    /** The owning organisation. */
    @Schema(name = "SignalOwner")
    public record SignalOwner(
            @Schema(examples = "JENV") String code,

            @Schema(examples = "Ministerie van Justitie en Veiligheid")
            String name) {}

    /** The agenda item a forwarded signal feeds. */
    @Schema(name = "SignalAgendaItem")
    public record SignalAgendaItem(
            @Schema(examples = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04")
            UUID id,

            @Schema(examples = "Uitvoeringsagenda Flexibilisering Asielketen als deel van de IUA")
            String title) {}

    /** A move the caller can make now. */
    @Schema(name = "AllowedTransition")
    public record AllowedTransition(
            @Schema(examples = "answered") String status,

            @Schema(description = "start, answer, forward, reject, close of reopen.", examples = "answer")
            String name,

            @Schema(description = "Of een tekst verplicht is.", examples = "true")
            boolean textRequired) {

        static AllowedTransition from(SignalWorkflow.Move move) {
            return new AllowedTransition(move.to().apiValue(), move.name(), move.textRequired());
        }
    }
}
