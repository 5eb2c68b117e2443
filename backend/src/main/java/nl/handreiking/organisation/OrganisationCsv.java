package nl.handreiking.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Csv;

/** The organisations as CSV in Dutch words. */
final class OrganisationCsv {

    private static final List<String> HEADER =
            List.of("Naam", "Afkorting", "Code", "Soort", "Lid van het ondersteuningsteam", "Rol", "Bron");
    private static final Map<String, String> KINDS = Map.of(
            "ministry",
            "Ministerie",
            "association",
            "Vereniging",
            "agency",
            "Uitvoeringsorganisatie",
            "foundation",
            "Stichting",
            "steering-table",
            "Regietafel");

    private OrganisationCsv() {}

    static String write(List<OrganisationView> organisations) {
        return Csv.write(
                HEADER,
                organisations.stream()
                        .map(o -> Arrays.<Object>asList(
                                o.name(),
                                o.abbreviation(),
                                o.code(),
                                Csv.word(KINDS, o.kind()),
                                Csv.yesNo(o.supportTeam()),
                                o.description(),
                                o.sourceUrl()))
                        .toList());
    }
}
