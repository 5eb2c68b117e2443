package nl.handreiking.agenda;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agenda item with its milestones, financial consequence and the signals that feed it. */
@Schema(name = "AgendaItem", description = "Een actie van de Integrale Uitvoeringsagenda.")
public record AgendaItemView(
        @Schema(examples = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c01")
        UUID id,

        @Schema(examples = "Eerste versie Integrale Uitvoeringsagenda")
        String title,

        @Schema(examples = "Een eerste versie voor de middellange en lange termijn.")
        String description,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"reception", "housing", "integration"},
                examples = "housing")
        String domain,

        @Schema(description = "Eigenaar.") Owner owner,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"planned", "in_progress", "done", "stopped"},
                examples = "in_progress")
        String status,

        @Schema(description = "Mijlpalen op datum.") List<AgendaItemRequest.Milestone> milestones,

        @Schema(
                nullable = true,
                description = "Financiële consequentie in euro; leeg als onbekend.",
                examples = "25000000")
        BigDecimal financialEur,

        @Schema(nullable = true, examples = "Nog geen bedrag.")
        String financialNote,

        @Schema(nullable = true, examples = "Brief Integrale Handreiking, 12 februari 2021")
        String source,

        @Schema(description = "Aantal signalen dat naar deze actie is doorgestuurd.", examples = "3")
        int signalCount,

        @Schema(description = "Die signalen; alleen voor het ondersteuningsteam (anderen zien alleen het aantal).")
        List<LinkedSignal> signals,

        @Schema(examples = "2") int version,
        @Schema(examples = "2021-02-12T00:00:00Z") OffsetDateTime updatedAt)
        implements PublicRead.ShowsMoreThanItsVersion { // forwarded signals are counted, not versioned

    /** The owning organisation. */
    @Schema(name = "AgendaOwner")
    public record Owner(
            @Schema(examples = "BZK") String code,

            @Schema(examples = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
            String name) {}

    /** A signal forwarded to the item. */
    @Schema(name = "AgendaSignal")
    public record LinkedSignal(
            @Schema(examples = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            UUID id,

            @Schema(examples = "SIG-2021-000123") String reference,

            @Schema(examples = "Tijdelijke opvanglocaties sluiten eerder dan afgesproken")
            String title,

            @Schema(examples = "forwarded") String status) {}
}
