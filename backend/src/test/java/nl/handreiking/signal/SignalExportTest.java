package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The signal export opens in a spreadsheet without running what a municipality typed. */
@QuarkusTest
class SignalExportTest {

    @Test
    void aTitleThatLooksLikeAFormulaIsExportedAsText() throws Exception {
        Desk desk = new Desk();
        String word = Desk.unique();
        String title = "-2+3+cmd|' /C calc'!A0 " + word;
        String id = Desk.as(desk.utrecht)
                .contentType(ContentType.JSON)
                .body(Desk.body("other", title))
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String csv = Desk.as(desk.support)
                .queryParam("q", word)
                .when()
                .get("/api/v1/signals/export")
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
        CSVRecord row =
                rows.stream().filter(r -> r.get("Id").equals(id)).findFirst().orElseThrow();
        assertThat(row.get("Onderwerp")).isEqualTo("'" + title);
        // in the words of the queue, not the API's codes
        assertThat(row.get("Soort")).isEqualTo("Signaal");
        assertThat(row.get("Thema")).isEqualTo("Overig");
        assertThat(row.get("Status")).isEqualTo("Ingediend");
        assertThat(row.get("Prioriteit")).isEqualTo("Normaal");
        assertThat(row.get("Termijn verstreken")).isEqualTo("nee");
    }
}
