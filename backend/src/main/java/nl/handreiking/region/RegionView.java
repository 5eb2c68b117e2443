package nl.handreiking.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality or province as the API shows it. */
@Schema(name = "Region", description = "Gemeente of provincie (indeling 2021), met CBS-code.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RegionView(
        @Schema(
                description =
                        "CBS-code: GM gevolgd door vier cijfers voor een gemeente, PV en twee cijfers voor een provincie.",
                examples = "GM0363")
        String code,

        @Schema(description = "Naam.", examples = "Amsterdam")
        String name,

        @Schema(
                description = "Soort regio.",
                type = SchemaType.STRING,
                enumeration = {"municipality", "province"},
                examples = "municipality")
        String type,

        @Schema(
                description = "CBS-code van de provincie van een gemeente; leeg bij een provincie.",
                nullable = true,
                examples = "PV27")
        String provinceCode,

        @Schema(
                description = "Naam van de provincie van een gemeente; leeg bij een provincie.",
                nullable = true,
                examples = "Noord-Holland")
        String provinceName,

        @Schema(
                description = "Hoofdstad van een provincie; leeg bij een gemeente.",
                nullable = true,
                examples = "Haarlem")
        String capital,

        @Schema(
                description =
                        "Inwoners op 1 januari 2020 (CBS); bij een provincie de som van haar gemeenten. Alleen voor schattingen.",
                nullable = true,
                examples = "872757")
        Integer population,

        @Schema(
                description = "Toelichting wanneer het inwonertal niet precies past bij de indeling van 2021.",
                nullable = true)
        String populationNote) {

    static RegionView from(Region region) {
        return new RegionView(
                region.code,
                region.name,
                region.type,
                region.province == null ? null : region.province.code,
                region.province == null ? null : region.province.name,
                region.capital,
                region.population,
                region.populationNote);
    }
}
