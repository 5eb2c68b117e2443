package nl.handreiking.quota;

import java.util.Arrays;
import java.util.List;
import nl.handreiking.common.Csv;

/** The monitor's table as CSV: the same columns the screen shows, estimates named. */
final class QuotaExport {

    private static final List<String> HEADER = List.of(
            "municipality",
            "name",
            "province",
            "period",
            "target",
            "realised",
            "arrearsIn",
            "arrearsEnd",
            "realisedShare",
            "estimated",
            "source");

    private QuotaExport() {}

    static String write(List<QuotaView> quotas) {
        return Csv.write(
                HEADER,
                quotas.stream()
                        .map(q -> Arrays.<Object>asList(
                                q.municipality().code(),
                                q.municipality().name(),
                                q.municipality().provinceCode(),
                                q.period(),
                                q.target(),
                                q.realised(),
                                q.arrearsIn(),
                                q.arrearsEnd(),
                                q.realisedShare(),
                                String.join(",", q.estimated()),
                                q.source()))
                        .toList());
    }
}
