package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The task, measure and funding exports open in a spreadsheet without running anything an editor typed. */
@QuarkusTest
class CatalogueExportTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks", "measures", "funding"})
    void textThatLooksLikeAFormulaIsExportedAsText(String collection) throws Exception {
        String word = Editor.uniqueWord();
        Map<String, Object> body = new java.util.HashMap<>(Editor.item(collection, word));
        body.put("title", "=HYPERLINK(\"https://evil.example\";\"klik\") " + word);
        body.put("summary", "+31 20 123 4567 " + word);
        body.put("body", "\t@SUM(A1:A9)");
        new Editor().publish(collection, body);
        String csv = given().queryParam("q", word)
                .when()
                .get("/api/v1/" + collection + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("Titel")).isEqualTo("'=HYPERLINK(\"https://evil.example\";\"klik\") " + word);
        assertThat(rows.get(0).get("Samenvatting")).isEqualTo("'+31 20 123 4567 " + word);
        assertThat(rows.get(0).get("Tekst")).isEqualTo("'\t@SUM(A1:A9)");
    }
}
