package nl.handreiking.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unsubscription", description = "Welke e-mails een afmeldlink stopt, en of ze nog komen.")
public record UnsubscriptionView(
        @Schema(
                description = "Soort e-mail: saved-search (overzicht van een bewaarde zoekopdracht) of follow "
                        + "(herinneringen voor een gevolgde financieringsregeling).",
                example = "saved-search",
                maxLength = 40)
        String purpose,

        @Schema(
                description =
                        "Welke e-mails de link stopt, in woorden; ontbreekt als het abonnement niet meer " + "bestaat.",
                example = "Wekelijks overzicht van de zoekopdracht \"Huisvesting statushouders\"",
                maxLength = 300,
                nullable = true)
        String description,

        @Schema(description = "Of deze e-mails nog komen.", example = "true")
        boolean active) {}
