package nl.handreiking.common;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a Dutch spreadsheet opens correctly: UTF-8 with a byte-order mark (so that accents survive),
 * semicolons between fields (the Dutch list separator), CRLF line ends, and no cell that runs as a formula.
 * Every export of the API uses it.
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {}

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .setHeader(header.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV as a file to save, named {@code fileName}.csv. */
    public static Response download(String csv, String fileName) {
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                .build();
    }

    /** A yes/no cell in words, as a Dutch reader writes it. */
    public static String yesNo(boolean value) {
        return value ? "ja" : "nee";
    }

    /** The Dutch word for an API code (a status, a kind); the code itself when no word is known, never an empty cell. */
    public static String word(Map<String, String> words, String code) {
        return code == null ? null : words.getOrDefault(code, code);
    }

    /** The policy domains in the words the app uses. */
    public static final Map<String, String> DOMAINS =
            Map.of("reception", "Opvang", "housing", "Huisvesting vergunninghouders", "integration", "Inburgering");

    /**
     * A text that a spreadsheet would read as a formula (=, +, -, @, tab or CR first) gets a leading quote,
     * as OWASP advises against CSV injection. Numbers stay numbers: a negative figure is no formula.
     */
    static Object neutralised(Object cell) {
        return cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text
                : cell;
    }
}
