package nl.handreiking.quota;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The housing quota export: figures stay numbers, and no text cell can run as a formula. */
@QuarkusTest
class QuotaExportTest {

    @Test
    void noTextCellOfTheExportStartsLikeAFormula() throws Exception {
        String csv = given().queryParam("period", "2021-H2")
                .when()
                .get("/api/v1/housing-quotas/export")
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
        assertThat(rows).isNotEmpty();
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell.matches("-?[0-9.]+") || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                        .as("cell %s of %s", cell, row.get("municipality"))
                        .isTrue();
            }
        }
    }
}
