package nl.handreiking.savedsearch;

import jakarta.validation.constraints.Size;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a saved search in merge-patch style: a field left out stays as it is. */
@Schema(
        name = "SavedSearchChange",
        description = "Wijziging van een bewaarde zoekopdracht; weggelaten velden blijven gelijk. paused=true stopt de "
                + "samenvattingen tot paused=false.")
record SavedSearchChange(
        @SingleLine
        @Size(min = 1, max = SavedSearchService.MAX_NAME, message = "{hr.lengthRange}")
        @Schema(nullable = true, examples = "Financiering huisvesting")
        String name,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"daily", "weekly"},
                examples = "daily")
        String frequency,

        @Schema(nullable = true, examples = "false") Boolean paused,

        @Schema(
                description =
                        "Herinneringen 14 en 3 dagen voor de sluitingsdatum aan (alleen bij kind funding) of uit.",
                nullable = true,
                examples = "true")
        Boolean closingAlerts) {}
