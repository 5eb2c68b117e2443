package nl.handreiking.catalogue;

import java.util.ArrayList;
import java.util.List;
import nl.handreiking.common.Csv;

/** A filtered list of catalogue items as CSV: id, every field of the API, last change. */
final class CatalogueCsv {

    private CatalogueCsv() {
    }

    static String write(List<CatalogueItem> items) {
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(ItemFields.names());
        header.add("updatedAt");
        return Csv.write(header, items.stream().map(item -> {
            List<Object> row = new ArrayList<>();
            row.add(item.id);
            row.addAll(ItemFields.snapshot(item).values());
            row.add(item.updatedAt);
            return row;
        }).toList());
    }
}
