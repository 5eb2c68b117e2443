package nl.handreiking.domain;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy domain as the API shows it. */
@Schema(name = "Domain", description = "Beleidsterrein van de Handreiking.")
public record DomainView(
        @Schema(
                description = "Vaste code van het beleidsterrein.",
                type = SchemaType.STRING,
                enumeration = {"reception", "housing", "integration"},
                examples = "housing")
        String code,

        @Schema(description = "Naam in het Nederlands.", examples = "Huisvesting vergunninghouders")
        String name,

        @Schema(description = "Naam in het Engels.", examples = "Housing of permit holders")
        String nameEn,

        @Schema(description = "Omschrijving in het Nederlands.")
        String description,

        @Schema(description = "Omschrijving in het Engels.") String descriptionEn) {

    static DomainView from(Domain domain) {
        return new DomainView(domain.code, domain.name, domain.nameEn, domain.description, domain.descriptionEn);
    }
}
