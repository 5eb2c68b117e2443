package nl.handreiking.quota;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals of a half year for the country and each province: always the sums of their municipalities. */
@Schema(name = "HousingQuotaTotals", description = "Totalen van een halfjaar voor Nederland en per provincie: de sommen van hun gemeenten met cijfers.")
public record QuotaTotalsView(
        @Schema(examples = "2022-H1") String period,
        @Schema(description = "Nederland.") Total country,
        @Schema(description = "De twaalf provincies.") List<Total> provinces) {

    /** The sums over the municipalities with figures; unknown parts count as nothing, and {@code complete} says whether there were any. */
    @Schema(name = "HousingQuotaTotal")
    public record Total(
            @Schema(examples = "PV25") String code,
            @Schema(examples = "Gelderland") String name,
            @Schema(description = "Aantal gemeenten met cijfers voor dit halfjaar.", examples = "51") int municipalities,
            @Schema(examples = "1624") long target,
            @Schema(description = "Som van de bekende realisaties; leeg als er geen bekend is.", nullable = true, examples = "1057") Long realised,
            @Schema(description = "Som van de bekende achterstanden aan het begin.", nullable = true, examples = "0") Long arrearsIn,
            @Schema(description = "Som van de bekende achterstanden aan het eind.", nullable = true, examples = "567") Long arrearsEnd,
            @Schema(description = "Gerealiseerd deel van wat verschuldigd was, over de gemeenten met een bekende realisatie.", nullable = true, examples = "0.651") Double realisedShare,
            @Schema(description = "Of van elke gemeente realisatie en achterstand bekend zijn; anders zijn de sommen onvolledig.", examples = "true") boolean complete,
            @Schema(description = "Of een van de opgetelde cijfers een schatting is.", examples = "true") boolean estimated) {

        static Total of(String code, String name, List<QuotaView> quotas) {
            List<QuotaView> withRealised = quotas.stream().filter(q -> q.realised() != null).toList();
            Double share = withRealised.isEmpty() ? null : QuotaView.share(
                    Math.toIntExact(sum(withRealised, QuotaView::realised)), Math.toIntExact(withRealised.stream().mapToLong(QuotaView::target).sum()),
                    Math.toIntExact(withRealised.stream().filter(q -> q.arrearsIn() != null).mapToLong(q -> Math.max(0, q.arrearsIn())).sum()));
            boolean complete = quotas.stream().allMatch(q -> q.realised() != null && q.arrearsIn() != null && q.arrearsEnd() != null);
            return new Total(code, name, quotas.size(), quotas.stream().mapToLong(QuotaView::target).sum(), sum(quotas, QuotaView::realised),
                    sum(quotas, QuotaView::arrearsIn), sum(quotas, QuotaView::arrearsEnd), share, complete,
                    quotas.stream().anyMatch(q -> !q.estimated().isEmpty()));
        }

        /** The sum of the known values; empty when none is known. */
        private static Long sum(List<QuotaView> quotas, java.util.function.Function<QuotaView, Integer> value) {
            return quotas.stream().map(value).noneMatch(java.util.Objects::nonNull) ? null
                    : quotas.stream().map(value).filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum();
        }
    }
}
