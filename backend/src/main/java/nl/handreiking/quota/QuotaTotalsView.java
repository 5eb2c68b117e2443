package nl.handreiking.quota;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals of a half year for the country and each province: the sums of their municipalities, and what a source reported. */
@Schema(
        name = "HousingQuotaTotals",
        description =
                "Totalen van een halfjaar voor Nederland en per provincie: de sommen van hun gemeenten met cijfers, "
                        + "en het totaal zoals een bron het meldde.")
public record QuotaTotalsView(
        @Schema(examples = "2022-H1") String period,
        @Schema(description = "Nederland.") Total country,
        @Schema(description = "De twaalf provincies.") List<Total> provinces) {

    /**
     * The sums over the municipalities with figures. A sum over no figures is unknown (null), never 0;
     * {@code complete} is false as soon as one municipality has no figures or an unknown part.
     */
    @Schema(name = "HousingQuotaTotal")
    public record Total(
            @Schema(examples = "PV25") String code,
            @Schema(examples = "Gelderland") String name,

            @Schema(description = "Aantal gemeenten met cijfers voor dit halfjaar.", examples = "51")
            int municipalities,

            @Schema(
                    description = "Aantal gemeenten zonder cijfers voor dit halfjaar; de sommen tellen hen niet mee.",
                    examples = "0")
            int municipalitiesWithoutFigures,

            @Schema(
                    description = "Som van de doelen; leeg als geen enkele gemeente cijfers heeft.",
                    nullable = true,
                    examples = "1624")
            Long target,

            @Schema(
                    description = "Som van de bekende realisaties; leeg als er geen bekend is.",
                    nullable = true,
                    examples = "1057")
            Long realised,

            @Schema(description = "Som van de bekende achterstanden aan het begin.", nullable = true, examples = "0")
            Long arrearsIn,

            @Schema(description = "Som van de bekende achterstanden aan het eind.", nullable = true, examples = "567")
            Long arrearsEnd,

            @Schema(
                    description =
                            "Gerealiseerd deel van wat verschuldigd was, over de gemeenten met een bekende realisatie.",
                    nullable = true,
                    examples = "0.651")
            Double realisedShare,

            @Schema(
                    description =
                            "Of elke gemeente cijfers heeft en van elke gemeente realisatie en achterstand bekend "
                                    + "zijn; anders zijn de sommen onvolledig.",
                    examples = "false")
            boolean complete,

            @Schema(description = "Of een van de opgetelde cijfers een schatting is.", examples = "true")
            boolean estimated,

            @Schema(
                    description =
                            "Het totaal zoals een bron het meldde, als dat er is: dat is het echte cijfer, de som "
                                    + "hierboven kan schattingen bevatten.",
                    nullable = true)
            Reported reported) {

        static Total of(
                String code, String name, List<QuotaView> quotas, long municipalitiesInScope, ReportedTotal reported) {
            List<QuotaView> withRealised =
                    quotas.stream().filter(q -> q.realised() != null).toList();
            Double share = withRealised.isEmpty()
                    ? null
                    : QuotaView.share(
                            Math.toIntExact(sum(withRealised, QuotaView::realised)),
                            Math.toIntExact(withRealised.stream()
                                    .mapToLong(QuotaView::target)
                                    .sum()),
                            Math.toIntExact(withRealised.stream()
                                    .filter(q -> q.arrearsIn() != null)
                                    .mapToLong(q -> Math.max(0, q.arrearsIn()))
                                    .sum()));
            int without = Math.toIntExact(Math.max(0, municipalitiesInScope - quotas.size()));
            boolean complete = without == 0
                    && quotas.stream()
                            .allMatch(q -> q.realised() != null && q.arrearsIn() != null && q.arrearsEnd() != null);
            return new Total(
                    code,
                    name,
                    quotas.size(),
                    without,
                    sum(quotas, QuotaView::target),
                    sum(quotas, QuotaView::realised),
                    sum(quotas, QuotaView::arrearsIn),
                    sum(quotas, QuotaView::arrearsEnd),
                    share,
                    complete,
                    quotas.stream().anyMatch(q -> !q.estimated().isEmpty()),
                    reported == null ? null : Reported.from(reported));
        }

        /** The sum of the known values; empty when none is known. */
        private static Long sum(List<QuotaView> quotas, Function<QuotaView, Integer> value) {
            return quotas.stream().map(value).noneMatch(Objects::nonNull)
                    ? null
                    : quotas.stream()
                            .map(value)
                            .filter(Objects::nonNull)
                            .mapToLong(Integer::longValue)
                            .sum();
        }
    }

    /** A total as its source gave it. */
    @Schema(
            name = "HousingQuotaReportedTotal",
            description = "Een totaal zoals een bron het meldde; leeg waar de bron niets zei.")
    public record Reported(
            @Schema(nullable = true, examples = "1624") Integer target,
            @Schema(nullable = true, examples = "1057") Integer realised,

            @Schema(
                    description = "Achterstand (positief) of voorsprong (negatief) aan het begin.",
                    nullable = true,
                    examples = "3728")
            Integer arrearsIn,

            @Schema(
                    description = "De bron.",
                    examples =
                            "https://www.destentor.nl/regio/"
                                    + "grote-problemen-met-huisvesten-statushouders-gemeenten-in-oost-nederland-bieden-te-weinig-plekken~ae270d7f/")
            String source,

            @Schema(nullable = true, examples = "Provincie Gelderland: doel 1.624, gehuisvest 1.057.")
            String note) {

        static Reported from(ReportedTotal total) {
            return new Reported(total.target, total.realised, total.arrearsIn, total.source, total.note);
        }
    }
}
