package nl.handreiking.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.handreiking.common.Csv;

/**
 * A filtered list of catalogue items as CSV in Dutch: every field of the API under a Dutch column name,
 * codes (domains, audiences, status, horizon) in the words the app uses, then the last change and the id.
 */
final class CatalogueCsv {

    /** The column for each field of {@link ItemFields#snapshot}, in that order; a field missing here fails the build's tests. */
    static final Map<String, String> COLUMNS = orderedColumns(
            "slug",
            "Korte naam in de link",
            "title",
            "Titel",
            "summary",
            "Samenvatting",
            "body",
            "Tekst",
            "domains",
            "Beleidsterreinen",
            "audiences",
            "Voor wie",
            "organisationCodes",
            "Organisaties",
            "status",
            "Status",
            "sourceUrl",
            "Bron",
            "url",
            "Website",
            "howToApply",
            "Zo vraagt u aan",
            "contact",
            "Contact",
            "horizon",
            "Termijn",
            "periodStart",
            "Looptijd vanaf",
            "periodEnd",
            "Looptijd tot en met",
            "validFrom",
            "Geldig vanaf",
            "validTo",
            "Geldig tot en met",
            "legalBasis",
            "Grondslag",
            "totalBudgetEur",
            "Totaal budget (euro)",
            "amountPerApplicantEur",
            "Bedrag per aanvrager (euro)",
            "amountNote",
            "Toelichting bedrag",
            "opensOn",
            "Aanvragen vanaf",
            "closesOn",
            "Aanvragen tot en met",
            "openEnded",
            "Doorlopend",
            "windowEnded",
            "Aanvraagperiode voorbij");

    private static final Map<String, String> AUDIENCES = Map.of(
            "municipality",
            "Gemeenten",
            "province",
            "Provincies",
            "housing-association",
            "Woningcorporaties",
            "coa",
            "COA",
            "ngo",
            "Maatschappelijke organisaties",
            "national-government",
            "Rijksoverheid");
    private static final Map<String, String> STATUSES =
            Map.of("draft", "Concept", "published", "Gepubliceerd", "archived", "Gearchiveerd");
    private static final Map<String, String> HORIZONS =
            Map.of("short", "Korte termijn", "medium", "Middellange termijn", "long", "Lange termijn");

    private CatalogueCsv() {}

    static String write(List<CatalogueItem> items) {
        List<String> header =
                new ArrayList<>(ItemFields.names().stream().map(COLUMNS::get).toList());
        header.add("Laatst gewijzigd");
        header.add("Id");
        return Csv.write(
                header,
                items.stream()
                        .map(item -> {
                            List<Object> row = new ArrayList<>();
                            ItemFields.snapshot(item).forEach((field, value) -> row.add(inWords(field, item, value)));
                            row.add(item.updatedAt);
                            row.add(item.id);
                            return row;
                        })
                        .toList());
    }

    private static String inWords(String field, CatalogueItem item, String value) {
        return switch (field) {
            case "domains" ->
                item.domains.stream().map(code -> Csv.word(Csv.DOMAINS, code)).collect(Collectors.joining(", "));
            case "audiences" ->
                item.audiences.stream().map(code -> Csv.word(AUDIENCES, code)).collect(Collectors.joining(", "));
            case "status" -> Csv.word(STATUSES, value);
            case "horizon" -> Csv.word(HORIZONS, value);
            case "openEnded" -> Csv.yesNo(item.openEnded);
            case "windowEnded" -> Csv.yesNo(item.windowEnded);
            default -> value;
        };
    }

    private static Map<String, String> orderedColumns(String... fieldsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndColumns.length; i += 2) {
            columns.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        return Collections.unmodifiableMap(columns);
    }
}
