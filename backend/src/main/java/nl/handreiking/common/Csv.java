package nl.handreiking.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a Dutch spreadsheet opens correctly: UTF-8 with a byte-order mark (so that accents survive),
 * semicolons between fields (the Dutch list separator), CRLF line ends. Every export of the API uses it.
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
