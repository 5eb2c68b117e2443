package nl.handreiking.quota;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A half year with figures. */
@Schema(name = "HousingQuotaPeriod", description = "Een halfjaar met cijfers.")
public record PeriodView(
        @Schema(examples = "2022-H1") String period,

        @Schema(description = "Aantal gemeenten met cijfers.", examples = "352")
        int municipalities,

        @Schema(
                description =
                        "Aantal gemeenten waarvan de realisatie bekend is (zonder realisatie is er geen aandeel om te tonen).",
                examples = "351")
        int realised,

        @Schema(description = "Of elke gemeente cijfers heeft voor dit halfjaar.", examples = "true")
        boolean complete,

        @Schema(
                description =
                        "Het halfjaar dat elk overzicht standaard toont: het nieuwste waarin elke gemeente cijfers heeft en realisatie bekend is.",
                examples = "true")
        boolean isDefault) {}
