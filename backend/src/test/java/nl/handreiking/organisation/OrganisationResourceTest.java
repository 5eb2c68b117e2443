package nl.handreiking.organisation;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.handreiking.common.CsvFile;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void theSupportTeamIsTheSixOrganisationsOfTheLetter() {
        given().queryParam("supportTeam", "true")
                .when()
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("BZK", "COA", "IPO", "JENV", "SZW", "VNG")))
                .body("items.supportTeam", everyItem(equalTo(true)));
    }

    @Test
    void supportTeamMembersComeFirst() {
        given().queryParam("pageSize", 100)
                .when()
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("items[0..5].supportTeam", everyItem(equalTo(true)))
                .body("items.code", hasItems("IND", "LRT"));
        given().queryParam("supportTeam", "false")
                .when()
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItems("JENV")));
    }

    @Test
    void getsOneOrganisationByCodeInAnyCase() {
        given().when()
                .get("/api/v1/organisations/coa")
                .then()
                .statusCode(200)
                .body("name", equalTo("Centraal Orgaan opvang asielzoekers"))
                .body("kind", equalTo("agency"));
    }

    @Test
    void unknownOrganisationIsANotFoundProblem() {
        assertProblem(given().when().get("/api/v1/organisations/XYZ").then(), 404);
    }

    @Test
    void rejectsAnInvalidSupportTeamFilter() {
        assertProblem(
                        givenInvalid()
                                .queryParam("supportTeam", "yes")
                                .when()
                                .get("/api/v1/organisations")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("supportTeam"));
    }

    @Test
    void theOrganisationsExportInDutchWords() {
        CsvFile csv = CsvFile.fetch(
                given().queryParam("supportTeam", "true"), "/api/v1/organisations/export", "organisaties");
        assertThat(csv.header).startsWith("Naam", "Afkorting", "Code", "Soort", "Lid van het ondersteuningsteam");
        assertThat(csv.rows)
                .extracting(r -> r.get("Code"))
                .containsExactlyInAnyOrder("JENV", "BZK", "SZW", "VNG", "IPO", "COA");
        assertThat(csv.rows)
                .extracting(r -> r.get("Lid van het ondersteuningsteam"))
                .containsOnly("ja");
        var coa = csv.rows.stream()
                .filter(r -> r.get("Code").equals("COA"))
                .findFirst()
                .orElseThrow();
        assertThat(coa.get("Soort")).isEqualTo("Uitvoeringsorganisatie");
        assertThat(coa.get("Naam"))
                .isEqualTo(given().when()
                        .get("/api/v1/organisations/COA")
                        .then()
                        .extract()
                        .path("name"));
        CsvFile all = CsvFile.fetch(given(), "/api/v1/organisations/export", "organisaties");
        int total = given().when().get("/api/v1/organisations").then().extract().path("totalItems");
        assertThat(all.rows)
                .hasSize(total)
                .extracting(r -> r.get("Lid van het ondersteuningsteam"))
                .contains("ja", "nee");
    }
}
