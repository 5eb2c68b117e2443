package nl.handreiking.savedsearch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search to save: a name, the kind and the finder's text and filters as the collections take them. */
@Schema(
        name = "SavedSearchRequest",
        description = "Een zoekopdracht om te bewaren: naam, soort en de zoektekst en filters zoals /tasks, /measures "
                + "en /funding ze nemen (dezelfde namen en regels; ongeldig geeft 400 met het veld).")
record SavedSearchRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = SavedSearchService.MAX_NAME, message = "{hr.maxLength}")
        @Schema(required = true, examples = "Financiering huisvesting")
        String name,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"task", "measure", "funding"},
                examples = "funding")
        String kind,

        @Schema(nullable = true, maxLength = 200, examples = "vergunninghouders")
        String q,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"reception", "housing", "integration"},
                examples = "housing")
        String domain,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"municipality", "province", "housing-association", "coa", "ngo", "national-government"},
                examples = "municipality")
        String audience,

        @Schema(nullable = true, pattern = "^[A-Z0-9]{2,12}$", examples = "BZK")
        String organisation,

        @Schema(nullable = true, format = "date", examples = "2021-04-01")
        String openOn,

        @Schema(nullable = true, format = "date", examples = "2021-12-31")
        String closesBefore,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"relevance", "title", "closesOn", "updatedAt"},
                examples = "relevance")
        String sort,

        @Schema(
                description = "Hoe vaak de samenvatting komt; standaard weekly.",
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"daily", "weekly"},
                examples = "weekly")
        String frequency,

        @Schema(
                description =
                        "Ook een herinnering per e-mail 14 en 3 dagen voor de sluitingsdatum van elke financiering "
                                + "die deze zoekopdracht vindt (alleen bij kind funding); standaard false.",
                nullable = true,
                examples = "true")
        Boolean closingAlerts) {}
