package nl.handreiking.quota;

import java.util.List;
import nl.handreiking.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality's quota for a half year with the arrears carried in and out. */
@Schema(
        name = "HousingQuota",
        description = "Taakstelling van een gemeente voor een halfjaar. arrearsEnd = arrearsIn + target − realised "
                + "(positief: achterstand, negatief: voorsprong) en gaat mee naar het volgende halfjaar.")
public record QuotaView(
        @Schema(description = "De gemeente.") Municipality municipality,

        @Schema(description = "Halfjaar.", examples = "2021-H1")
        String period,

        @Schema(
                description = "Aantal te huisvesten vergunninghouders in dit halfjaar (zonder achterstand).",
                examples = "45")
        int target,

        @Schema(description = "Aantal gehuisvest; leeg als onbekend.", nullable = true, examples = "40")
        Integer realised,

        @Schema(
                description = "Achterstand (positief) of voorsprong (negatief) aan het begin; leeg als onbekend.",
                nullable = true,
                examples = "6")
        Integer arrearsIn,

        @Schema(
                description =
                        "Achterstand (positief) of voorsprong (negatief) aan het eind, afgeleid; leeg als onbekend.",
                nullable = true,
                examples = "11")
        Integer arrearsEnd,

        @Schema(
                description =
                        "realised / (target + achterstand aan het begin), van 0 tot (soms boven) 1; leeg als onbekend.",
                nullable = true,
                examples = "0.78")
        Double realisedShare,

        @Schema(
                description = "Welke waarden een schatting zijn: een landelijk of provinciaal totaal verdeeld naar "
                        + "inwonertal (target, realised, arrearsIn, arrearsEnd).",
                examples = "[\"target\"]")
        List<String> estimated,

        @Schema(
                description = "Bron van de cijfers.",
                nullable = true,
                examples =
                        "https://www.blikopnieuws.nl/nieuws/287476/komend-halfjaar-woningen-nodig-voor-11000-vergunninghouders.html")
        String source,

        @Schema(
                description = "Toelichting.",
                nullable = true,
                examples = "Landelijk totaal 11.000, verdeeld naar inwonertal")
        String note) {

    /** The municipality with its province. */
    @Schema(name = "QuotaMunicipality")
    public record Municipality(
            @Schema(examples = "GM1942") String code,
            @Schema(examples = "Gooise Meren") String name,
            @Schema(examples = "PV27") String provinceCode,
            @Schema(examples = "Noord-Holland") String provinceName) {}

    static QuotaView from(QuotaLedger.Balance balance, RegionService.Place place) {
        HousingQuota quota = balance.quota();
        return new QuotaView(
                new Municipality(place.code(), place.name(), place.provinceCode(), place.provinceName()),
                quota.period,
                quota.target,
                quota.realised,
                balance.arrearsIn(),
                balance.arrearsEnd(),
                share(quota.realised, quota.target, balance.arrearsIn()),
                List.copyOf(balance.estimated()),
                quota.source,
                quota.note);
    }

    /** What was done of what was due this half year (its target plus any arrears carried in). */
    static Double share(Integer realised, Integer target, Integer arrearsIn) {
        if (realised == null || target == null) {
            return null;
        }
        int due = target + (arrearsIn == null ? 0 : Math.max(arrearsIn, 0));
        return due == 0 ? null : Math.round(1000.0 * realised / due) / 1000.0;
    }
}
