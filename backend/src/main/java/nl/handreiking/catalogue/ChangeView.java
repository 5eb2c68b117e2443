package nl.handreiking.catalogue;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a catalogue item in the feed; a change that took the item out of public view is a tombstone. */
@Schema(
        name = "CatalogueChange",
        description = "Eén wijziging van een item van de catalogus. Is status niet published, dan is het item niet "
                + "(meer) openbaar: een systeem dat synchroniseert haalt het weg.")
public record ChangeView(
        @Schema(description = "Plaats in de feed; geef hem als after om verder te lezen.", examples = "MTIzNDo1Ng")
        String cursor,

        @Schema(description = "Id van het item.", examples = "5d2e9b7a-4c3f-3a61-8f1b-0e6c9a2d4b55")
        UUID itemId,

        @Schema(
                description = "Soort item.",
                type = SchemaType.STRING,
                enumeration = {"task", "measure", "funding"})
        String kind,

        @Schema(
                description = "Wat er gebeurde.",
                type = SchemaType.STRING,
                enumeration = {"created", "changed", "published", "archived"})
        String action,

        @Schema(
                description = "Publicatiestatus na de wijziging.",
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"})
        String status,

        @Schema(description = "Wanneer.") OffsetDateTime occurredAt,

        @Schema(
                description = "Adres van het item in de API; alleen als de aanroeper het item nu mag zien.",
                nullable = true,
                examples = "/api/v1/measures/5d2e9b7a-4c3f-3a61-8f1b-0e6c9a2d4b55")
        String href) {}
