package nl.handreiking.region;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.handreiking.common.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RegionResourceTest {

    @Test
    void listsAllMunicipalitiesAndProvincesOf2021() {
        given().queryParam("type", "municipality")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(352));
        given().queryParam("type", "province")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(12))
                .body("items", hasSize(12))
                .body("items.type", everyItem(equalTo("province")));
        given().when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(364))
                .body("pageSize", equalTo(20))
                .body("totalPages", equalTo(19));
    }

    @Test
    void boundariesAreSentCompressedAndMayBeKeptADay() {
        given().header("Accept-Encoding", "gzip")
                .queryParam("type", "municipality")
                .when()
                .get("/api/v1/regions/boundaries")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Cache-Control", "public, max-age=86400, stale-while-revalidate=604800")
                .body("features", hasSize(352));
    }

    @Test
    void provinceFilterGivesItsMunicipalities() {
        List<String> provinces = given().queryParam("province", "PV20")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(10))
                .extract()
                .path("items.provinceCode");
        assertThat(provinces).hasSize(10).containsOnly("PV20");
    }

    @Test
    void provincePopulationIsTheSumOfItsMunicipalities() {
        List<Integer> populations = given().queryParam("province", "PV24")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.population");
        int province = given().when()
                .get("/api/v1/regions/PV24")
                .then()
                .statusCode(200)
                .extract()
                .path("population");
        assertThat(populations.stream().mapToInt(Integer::intValue).sum()).isEqualTo(province);
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @CsvSource({
        "fryslan, PV21",
        "FRYSLÂN, PV21",
        "súdwest, GM1900",
        "den haag, GM0518",
        "xyz, ''",
        "amsterdam, GM0363",
        "den bosch, GM0796",
        "hertogenbosch, GM0796",
        "50%, ''"
    })
    void searchIgnoresCaseAndAccents(String q, String expectedCode) {
        var response =
                given().queryParam("q", q).when().get("/api/v1/regions").then().statusCode(200);
        if (expectedCode.isEmpty()) {
            response.body("items", hasSize(0)).body("totalItems", equalTo(0));
        } else {
            response.body("items.code", hasItem(expectedCode));
        }
    }

    @Test
    void pagesCarryLinkHeaders() {
        String link = given().queryParam("type", "municipality")
                .queryParam("page", 2)
                .queryParam("pageSize", 50)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("items", hasSize(50))
                .body("totalPages", equalTo(8))
                .extract()
                .header("Link");
        assertThat(link)
                .contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"")
                .contains("</api/v1/regions?type=municipality&page=1&pageSize=50>; rel=\"first\"")
                .contains("page=8&pageSize=50>; rel=\"last\"");
    }

    @Test
    void lastPageHasNoNextLink() {
        String link = given().queryParam("type", "province")
                .queryParam("pageSize", 5)
                .queryParam("page", 3)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .header("Link");
        assertThat(link).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void getsAMunicipalityWithItsProvince() {
        given().when()
                .get("/api/v1/regions/GM0363")
                .then()
                .statusCode(200)
                .body("name", equalTo("Amsterdam"))
                .body("type", equalTo("municipality"))
                .body("provinceCode", equalTo("PV27"))
                .body("provinceName", equalTo("Noord-Holland"))
                .body("capital", nullValue());
    }

    @Test
    void getsAProvinceWithItsCapital() {
        given().when()
                .get("/api/v1/regions/PV25")
                .then()
                .statusCode(200)
                .body("name", equalTo("Gelderland"))
                .body("type", equalTo("province"))
                .body("provinceCode", nullValue())
                .body("capital", equalTo("Arnhem"));
    }

    @Test
    void unknownRegionIsANotFoundProblem() {
        assertProblem(given().when().get("/api/v1/regions/GM9999").then(), 404)
                .body("detail", containsString("GM9999"));
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
        "page, 0",
        "page, -1",
        "page, abc",
        "pageSize, 0",
        "pageSize, 101",
        "pageSize, 2.5",
        "type, county",
        "province, GM0363",
        "province, PV1"
    })
    void rejectsInvalidParametersWithTheirNames(String name, String value) {
        assertProblem(
                        givenInvalid()
                                .queryParam(name, value)
                                .when()
                                .get("/api/v1/regions")
                                .then(),
                        400)
                .body("invalidParams.name", equalTo(List.of(name)));
    }

    @Test
    void namesEveryInvalidParameterAtOnce() {
        assertProblem(
                        givenInvalid()
                                .queryParam("page", "x")
                                .queryParam("pageSize", "1000")
                                .queryParam("type", "x")
                                .when()
                                .get("/api/v1/regions")
                                .then(),
                        400)
                .body("invalidParams.name", equalTo(List.of("type", "page", "pageSize")));
    }

    @Test
    void rejectsAMalformedRegionCode() {
        assertProblem(givenInvalid().when().get("/api/v1/regions/amsterdam").then(), 400)
                .body("invalidParams[0].name", equalTo("code"));
    }

    @Test
    void rejectsASearchTextThatIsTooLong() {
        assertProblem(
                        givenInvalid()
                                .queryParam("q", "a".repeat(101))
                                .when()
                                .get("/api/v1/regions")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("q"));
    }

    @Test
    void theRegionsExportInDutchWordsWithTheListsFiltersAndNoPaging() {
        CsvFile csv = CsvFile.fetch(given().queryParam("province", "PV21"), "/api/v1/regions/export", "regios");
        int total = given().queryParam("province", "PV21")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        assertThat(total).isGreaterThan(1);
        assertThat(csv.header).startsWith("Naam", "CBS-code", "Soort", "Provincie");
        assertThat(csv.rows).hasSize(total).extracting(r -> r.get("Soort")).containsOnly("Gemeente");
        assertThat(csv.rows).extracting(r -> r.get("Provincie")).containsOnly("Fryslân");
        assertThat(csv.rows).extracting(r -> r.get("Naam")).contains("Súdwest-Fryslân");
        CsvFile all = CsvFile.fetch(given(), "/api/v1/regions/export", "regios");
        assertThat(all.rows).hasSize(364).extracting(r -> r.get("Soort")).contains("Provincie", "Gemeente");
    }
}
