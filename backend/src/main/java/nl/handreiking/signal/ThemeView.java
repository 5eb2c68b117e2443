package nl.handreiking.signal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme with its help text, default owner and answer term. */
@Schema(name = "SignalTheme", description = "Thema van signalen, met uitleg voor wie indient en de antwoordtermijn.")
record ThemeView(
        @Schema(examples = "ind-processing-times") String code,
        @Schema(examples = "Doorlooptijden IND") String name,
        @Schema(examples = "IND processing times") String nameEn,

        @Schema(examples = "Wachttijden bij de IND voor asielbeslissingen of nareis.")
        String description,

        @Schema(examples = "Waiting times at the IND for asylum decisions or family reunification.")
        String descriptionEn,

        @Schema(
                description = "Organisatie uit het ondersteuningsteam die een nieuw signaal van dit thema oppakt.",
                examples = "JENV")
        String defaultOwner,

        @Schema(
                description =
                        "Werkdagen na indiening waarbinnen het antwoord komt (weekend en feestdagen tellen niet).",
                examples = "10")
        int answerWorkingDays) {

    static ThemeView from(SignalTheme theme, int answerWorkingDays) {
        return new ThemeView(
                theme.code,
                theme.name,
                theme.nameEn,
                theme.description,
                theme.descriptionEn,
                theme.defaultOwner,
                answerWorkingDays);
    }
}
