package nl.handreiking.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.audit.FieldChangeView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an item: who, when, what happened and which fields changed from what to what. */
@Schema(name = "HistoryEntry", description = "Eén versie van een item: wie, wanneer, wat en welke velden veranderden.")
public record HistoryEntryView(
        @Schema(description = "Versienummer; ook de ETag van het item na deze wijziging.", examples = "3")
        int version,

        @Schema(description = "Tijdstip.", examples = "2021-02-12T09:30:00Z")
        OffsetDateTime changedAt,

        @Schema(
                description = "Soort actor.",
                type = SchemaType.STRING,
                enumeration = {"user", "client", "system"},
                examples = "user")
        String actorType,

        @Schema(description = "Id van de actor.", examples = "4f1c2a9e-6d1b-4b8e-9c43-0b7d5f3a2e10")
        String actorId,

        @Schema(description = "Naam van de actor.", examples = "Redacteur BZK (demo)")
        String actorName,

        @Schema(
                description = "Wat er gebeurde.",
                type = SchemaType.STRING,
                enumeration = {"created", "updated", "published", "archived", "draft", "linked", "unlinked"},
                examples = "updated")
        String action,

        @Schema(description = "De gewijzigde velden.") List<FieldChangeView> changes) {

    /** The version with only the changes the reader may see; none when it was only about links the reader may not see. */
    static Optional<HistoryEntryView> from(CatalogueVersion version, Predicate<FieldChange> shown) {
        List<FieldChangeView> changes =
                FieldChangeView.of(version.changes.stream().filter(shown).toList());
        boolean onlyHiddenLinks = changes.isEmpty()
                && !version.changes.isEmpty()
                && (version.action.equals("linked") || version.action.equals("unlinked"));
        return onlyHiddenLinks
                ? Optional.empty()
                : Optional.of(new HistoryEntryView(
                        version.version,
                        version.at,
                        version.actor.type(),
                        version.actor.id(),
                        version.actor.name(),
                        version.action,
                        changes));
    }
}
