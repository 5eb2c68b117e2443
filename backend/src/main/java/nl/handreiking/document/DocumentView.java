package nl.handreiking.document;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document on the timeline. */
@Schema(name = "Document", description = "Een brief, overleg, rapport of afspraak die het werk kadert.")
public record DocumentView(
        @Schema(examples = "5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a05")
        UUID id,

        @Schema(examples = "brief-integrale-handreiking-12-februari-2021")
        String slug,

        @Schema(examples = "Integrale Handreiking voor opvang, huisvesting en inburgering")
        String title,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"letter", "meeting", "report", "agreement"},
                examples = "letter")
        String kind,

        @Schema(description = "Datum van de brief, het overleg of het rapport.", examples = "2021-02-12")
        LocalDate issuedOn,

        @Schema(examples = "Brief aan commissarissen en burgemeesters met de Integrale Handreiking als bijlage.")
        String summary,

        @Schema(
                description = "Waar het document te lezen is; leeg als er geen openbare vindplaats bekend is.",
                nullable = true,
                examples = "https://www.rijksoverheid.nl/onderwerpen/migratie/documenten/rapporten/"
                        + "2020/05/14/uitvoeringsagenda-flexibilisering-asielketen")
        String url,

        @Schema(description = "Waar de gegevens vandaan komen.", examples = "De brief zelf (12 februari 2021)")
        String source) {

    static DocumentView from(Document document) {
        return new DocumentView(
                document.id,
                document.slug,
                document.title,
                document.kind,
                document.issuedOn,
                document.summary,
                document.url,
                document.source);
    }
}
