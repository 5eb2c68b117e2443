package nl.handreiking.organisation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it. */
@Schema(name = "Organisation", description = "Organisatie die betrokken is bij opvang, huisvesting of inburgering.")
public record OrganisationView(
        @Schema(description = "Vaste code van de organisatie.", examples = "JENV")
        String code,

        @Schema(description = "Gangbare afkorting.", examples = "JenV")
        String abbreviation,

        @Schema(description = "Naam in het Nederlands.", examples = "Ministerie van Justitie en Veiligheid")
        String name,

        @Schema(description = "Naam in het Engels.", examples = "Ministry of Justice and Security")
        String nameEn,

        @Schema(
                description = "Soort organisatie.",
                type = SchemaType.STRING,
                enumeration = {"ministry", "association", "agency", "steering-table", "foundation"},
                examples = "ministry")
        String kind,

        @Schema(description = "Of de organisatie deelneemt aan het gezamenlijke ondersteuningsteam.", examples = "true")
        boolean supportTeam,

        @Schema(description = "Rol van de organisatie, in het Nederlands.")
        String description,

        @Schema(
                description = "Openbare bron van deze beschrijving.",
                examples = "https://www.coa.nl/nl/voor-gemeenten/landelijke-en-provinciale-regietafels")
        String sourceUrl) {

    static OrganisationView from(Organisation organisation) {
        return new OrganisationView(
                organisation.code,
                organisation.abbreviation,
                organisation.name,
                organisation.nameEn,
                organisation.kind,
                organisation.supportTeam,
                organisation.description,
                organisation.sourceUrl);
    }
}
