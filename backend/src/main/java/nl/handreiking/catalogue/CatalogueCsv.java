package nl.handreiking.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A filtered list as CSV that a Dutch spreadsheet opens correctly: UTF-8 with a byte-order mark (so that
 * accents survive), semicolons between fields (the Dutch list separator), CRLF line ends.
 */
final class CatalogueCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CatalogueCsv() {
    }

    static String write(List<CatalogueItem> items) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(ItemFields.names());
        header.add("updatedAt");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (CatalogueItem item : items) {
                Map<String, String> fields = ItemFields.snapshot(item);
                List<Object> row = new ArrayList<>();
                row.add(item.id);
                row.addAll(fields.values());
                row.add(item.updatedAt);
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
