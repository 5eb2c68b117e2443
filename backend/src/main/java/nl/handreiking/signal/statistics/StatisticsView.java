package nl.handreiking.signal.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aggregate figures of the signals submitted in a period: the only view of signals the public has. */
@Schema(
        name = "SignalStatistics",
        description =
                "Cijfers over de signalen die in een periode zijn ingediend. Alleen totalen: geen inhoud, geen indieners.")
record StatisticsView(
        @Schema(description = "Eerste dag van de periode (indieningsdatum).", examples = "2021-01-01")
        LocalDate from,

        @Schema(description = "Laatste dag van de periode.", examples = "2021-12-31")
        LocalDate to,

        @Schema(description = "Aantal signalen en vragen.", examples = "42")
        long total,

        @Schema(description = "Per thema, alle thema's.") List<Count> byTheme,

        @Schema(description = "Per huidige status, alle statussen.")
        List<Count> byStatus,

        @Schema(description = "Per provincie (van de indienende gemeente of provincie), alle twaalf.")
        List<Count> byProvince,

        @Schema(description = "Per maand van indiening, elke maand van de periode, met de verdeling over thema's.")
        List<Month> byMonth,

        @Schema(description = "Aantal dat (ten minste één keer) is beantwoord.", examples = "30")
        long answered,

        @Schema(description = "Aantal waarvan het eerste antwoord binnen de termijn kwam.", examples = "24")
        long answeredOnTime,

        @Schema(
                description = "answeredOnTime / answered, van 0 tot 1; leeg zonder antwoorden.",
                nullable = true,
                examples = "0.8")
        Double onTimeShare,

        @Schema(
                description =
                        "Mediaan van het aantal werkdagen van indiening tot eerste antwoord; leeg zonder antwoorden.",
                nullable = true,
                examples = "6.5")
        Double medianWorkingDaysToAnswer) {

    /** A count under a key (theme, status or province code) with its Dutch label. */
    @Schema(name = "SignalCount")
    public record Count(
            @Schema(examples = "ind-processing-times") String key,
            @Schema(examples = "Doorlooptijden IND") String label,
            @Schema(examples = "7") long count) {}

    /** The signals of one month. */
    @Schema(name = "SignalMonth")
    public record Month(
            @Schema(examples = "2021-02") String month,
            @Schema(examples = "12") long total,

            @Schema(description = "Per thema, alle thema's.")
            List<Count> byTheme) {}
}
