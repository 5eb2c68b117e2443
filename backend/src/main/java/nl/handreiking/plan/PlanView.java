package nl.handreiking.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provincial plan with its status and dates. */
@Schema(
        name = "ProvincialPlan",
        description =
                "Het provinciale plan van een provincie: gevraagd, in de maak, opgeleverd, of onbekend als geen bron de stand noemt.")
public record PlanView(
        @Schema(examples = "PV25") String provinceCode,
        @Schema(examples = "Gelderland") String provinceName,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"unknown", "requested", "in_progress", "delivered"},
                examples = "requested")
        String status,

        @Schema(nullable = true, examples = "2020-06-19") LocalDate requestedOn,
        @Schema(nullable = true, examples = "2021-03-31") LocalDate deliveredOn,

        @Schema(nullable = true, examples = "https://www.gelderland.nl/plan-opvang.pdf")
        String documentUrl,

        @Schema(nullable = true, examples = "Besproken aan de provinciale regietafel.")
        String note,

        @Schema(
                nullable = true,
                description = "Waar de gegevens vandaan komen.",
                examples =
                        "https://www.rijksoverheid.nl/actueel/nieuws/2020/06/19/overeenstemming-over-flexibele-opvang-asielzoekers")
        String source,

        @Schema(examples = "2021-02-12T00:00:00Z") OffsetDateTime updatedAt) {

    static PlanView from(ProvincialPlan plan, String provinceName) {
        return new PlanView(
                plan.provinceCode,
                provinceName,
                plan.status,
                plan.requestedOn,
                plan.deliveredOn,
                plan.documentUrl,
                plan.note,
                plan.source,
                plan.updatedAt);
    }
}
