package nl.handreiking.savedsearch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved search as its owner sees it. */
@Schema(name = "SavedSearch", description = "Een bewaarde zoekopdracht met haar samenvatting per e-mail.")
record SavedSearchView(
        UUID id,
        @Schema(examples = "Financiering huisvesting") String name,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"task", "measure", "funding"},
                examples = "funding")
        String kind,

        @Schema(nullable = true, examples = "vergunninghouders")
        String q,

        @Schema(nullable = true, examples = "housing") String domain,
        @Schema(nullable = true, examples = "municipality") String audience,
        @Schema(nullable = true, examples = "BZK") String organisation,
        @Schema(nullable = true) LocalDate openOn,
        @Schema(nullable = true) LocalDate closesBefore,
        @Schema(nullable = true, examples = "relevance") String sort,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"daily", "weekly"},
                examples = "weekly")
        String frequency,

        @Schema(description = "Gepauzeerd: er komen geen samenvattingen.", examples = "false")
        boolean paused,

        OffsetDateTime createdAt,

        @Schema(description = "Wanneer de laatste samenvatting is gemaakt.", nullable = true)
        OffsetDateTime lastDigestAt,

        @Schema(description = "Wanneer de volgende samenvatting wordt gemaakt (als er iets nieuws is).")
        OffsetDateTime nextDigestAt,

        @Schema(
                description = "Of de zoekopdracht ook herinneringen brengt 14 en 3 dagen voor de sluitingsdatum van de "
                        + "financiering die zij vindt.",
                examples = "false")
        boolean closingAlerts,

        @Schema(examples = "1") int version) {

    static SavedSearchView from(SavedSearch search) {
        return new SavedSearchView(
                search.id,
                search.name,
                search.kind,
                search.q,
                search.domain,
                search.audience,
                search.organisation,
                search.openOn,
                search.closesBefore,
                search.sort,
                search.frequency,
                search.paused,
                search.createdAt,
                search.lastDigestAt,
                search.nextDigestAt,
                search.closingAlertsSince != null,
                search.version);
    }
}
