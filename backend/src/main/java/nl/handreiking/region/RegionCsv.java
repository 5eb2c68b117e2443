package nl.handreiking.region;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Csv;

/** Municipalities and provinces as CSV in Dutch words. */
final class RegionCsv {

    private static final List<String> HEADER = List.of(
            "Naam",
            "CBS-code",
            "Soort",
            "Provincie",
            "Provinciecode",
            "Hoofdstad",
            "Inwoners (1 januari 2020)",
            "Toelichting inwonertal");
    private static final Map<String, String> TYPES = Map.of("municipality", "Gemeente", "province", "Provincie");

    private RegionCsv() {}

    static String write(List<RegionView> regions) {
        return Csv.write(
                HEADER,
                regions.stream()
                        .map(r -> Arrays.<Object>asList(
                                r.name(),
                                r.code(),
                                Csv.word(TYPES, r.type()),
                                r.provinceName(),
                                r.provinceCode(),
                                r.capital(),
                                r.population(),
                                r.populationNote()))
                        .toList());
    }
}
