package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An export as a Dutch spreadsheet reads it: checked for BOM, semicolons and file name, then parsed by its header. */
public final class CsvFile {

    public final List<String> header;
    public final List<CSVRecord> rows;

    private CsvFile(List<String> header, List<CSVRecord> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvFile fetch(RequestSpecification request, String path, String fileName) {
        byte[] bytes = request.when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(fileName + ".csv"))
                .extract()
                .asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return new CsvFile(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text as the export writes it: one that a spreadsheet would run as a formula gets a leading quote (OWASP). */
    public static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
