package nl.handreiking.document;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.CsvFile;
import org.junit.jupiter.api.Test;

/** The documents that frame the work, as a public timeline. */
@QuarkusTest
class DocumentResourceTest {

    @Test
    void theTimelineHoldsTheLettersAndMeetingsOfTheLetterInDateOrder() {
        List<String> dates = given().when()
                .get("/api/v1/documents")
                .then()
                .statusCode(200)
                .body("issuedOn", hasItems("2020-11-03", "2020-12-15", "2021-02-12"))
                .extract()
                .jsonPath()
                .getList("issuedOn");
        org.assertj.core.api.Assertions.assertThat(dates).isSorted();
    }

    @Test
    void aDocumentIsFoundByIdOrSlugAndAnUnknownOneIsANotFoundProblem() {
        given().when()
                .get("/api/v1/documents/brief-integrale-handreiking-12-februari-2021")
                .then()
                .statusCode(200)
                .body("kind", equalTo("letter"))
                .body("issuedOn", equalTo("2021-02-12"));
        given().when()
                .get("/api/v1/documents/5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a04")
                .then()
                .statusCode(200)
                .body("kind", equalTo("meeting"));
        assertProblem(
                given().when().get("/api/v1/documents/brief-die-niet-bestaat").then(), 404);
    }

    @Test
    void theTimelineExportsInDutchWordsOldestFirst() {
        CsvFile csv = CsvFile.fetch(given(), "/api/v1/documents/export", "documenten");
        List<Map<String, Object>> documents = given().when()
                .get("/api/v1/documents")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(csv.header).containsExactly("Datum", "Titel", "Soort", "Samenvatting", "Vindplaats", "Bron", "Id");
        assertThat(csv.rows)
                .extracting(r -> r.get("Id"))
                .containsExactlyElementsOf(
                        documents.stream().map(d -> (String) d.get("id")).toList());
        var letter = csv.rows.stream()
                .filter(r -> r.get("Id").equals("5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a05"))
                .findFirst();
        assertThat(csv.rows)
                .extracting(r -> r.get("Soort"))
                .isSubsetOf("Brief", "Overleg", "Rapport", "Afspraak")
                .contains("Brief", "Overleg");
        assertThat(csv.rows).extracting(r -> r.get("Datum")).isSorted();
        assertThat(letter).isPresent();
    }
}
