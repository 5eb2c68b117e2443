package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search on the real starting content: Dutch word forms, accents, ranking, facets, filters. */
@QuarkusTest
class CatalogueSearchTest {

    @ParameterizedTest(name = "{0}: q={1} finds {2}")
    @CsvSource({
        "funding, financiele impuls, financiele-impuls-huisvesting-grote-gezinnen-2021",
        "funding, FINANCIËLE impuls, financiele-impuls-huisvesting-grote-gezinnen-2021",
        "tasks, WET INBURGERING, voorbereiding-wet-inburgering-2021",
        "measures, logeren, logeerregeling-vergunninghouders"
    })
    void findsDutchWordFormsWithoutAccents(String collection, String q, String slug) {
        given().queryParam("q", q)
                .when()
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void aSingularFindsThePlural() {
        List<String> singular = given().queryParam("q", "woning")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThan(0))
                .extract()
                .path("items.id");
        List<String> plural = given().queryParam("q", "woningen")
                .when()
                .get("/api/v1/measures")
                .then()
                .extract()
                .path("items.id");
        assertThat(singular).containsExactlyInAnyOrderElementsOf(plural);
    }

    @Test
    void statushoudersAndVergunninghoudersFindTheSameItems() {
        List<String> status = given().queryParam("q", "statushouders")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThan(0))
                .extract()
                .path("items.id");
        List<String> permit = given().queryParam("q", "vergunninghouders")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/tasks")
                .then()
                .extract()
                .path("items.id");
        assertThat(status).containsExactlyInAnyOrderElementsOf(permit);
    }

    @ParameterizedTest(name = "{0}: q={1} ranks {2} first")
    @CsvSource({
        "tasks, taakstelling vergunninghouders, taakstelling-huisvesting-vergunninghouders-2021-h2",
        "measures, logeerregeling, logeerregeling-vergunninghouders",
        "funding, woningbouwimpuls, woningbouwimpuls"
    })
    void ranksTheMostRelevantItemFirst(String collection, String q, String slug) {
        given().queryParam("q", q)
                .when()
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .body("items[0].slug", equalTo(slug));
    }

    @Test
    void highlightsMatchesInTheSnippet() {
        given().queryParam("q", "logeerregeling")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items[0].snippet", containsString("⟦"))
                .body("items[0].links", equalTo(null));
    }

    @Test
    void facetCountsEqualARecountOfTheResults() {
        JsonPath result = given().queryParam("q", "vergunninghouders")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = result.getList("items");
        Map<String, Long> recount = items.stream()
                .flatMap(i -> ((List<String>) i.get("domains")).stream())
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        Map<String, Long> facets = result.<Map<String, Object>>getList("facets.domain").stream()
                .collect(Collectors.toMap(f -> (String) f.get("value"), f -> ((Number) f.get("count")).longValue()));
        assertThat(facets).isEqualTo(recount);
        Map<String, Long> organisations = items.stream()
                .flatMap(i -> ((List<String>) i.get("organisationCodes")).stream())
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(result.<Map<String, Object>>getList("facets.organisation").stream()
                        .collect(Collectors.toMap(
                                f -> (String) f.get("value"), f -> ((Number) f.get("count")).longValue())))
                .isEqualTo(organisations);
        assertThat(result.getLong("totalItems")).isEqualTo(items.size());
    }

    @Test
    void filtersCombine() {
        given().queryParam("domain", "integration")
                .queryParam("audience", "municipality")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.domains", everyItem(hasItem("integration")))
                .body("items.audiences", everyItem(hasItem("municipality")))
                .body("totalItems", greaterThan(0));
    }

    @Test
    void fundingOpenOnADateHasThatDateInItsWindow() {
        List<Map<String, String>> open = given().queryParam("openOn", "2021-06-01")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(open).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("opensOn") == null || item.get("opensOn").compareTo("2021-06-01") <= 0)
                    .isTrue();
            assertThat(item.get("closesOn") == null || item.get("closesOn").compareTo("2021-06-01") >= 0)
                    .isTrue();
        });
        List<String> closing = given().queryParam("closesBefore", "2021-07-01")
                .queryParam("sort", "closesOn")
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items.closesOn");
        assertThat(closing)
                .isNotEmpty()
                .isSorted()
                .allSatisfy(date -> assertThat(date).isLessThan("2021-07-01"));
    }

    @Test
    void onlyEditorsAskForDrafts() {
        assertProblem(
                        givenInvalid()
                                .queryParam("status", "draft")
                                .when()
                                .get("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("status"));
        given().header("Authorization", "Bearer " + nl.handreiking.common.SignIn.as("editor"))
                .queryParam("status", "draft")
                .when()
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("draft")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "domain, defence",
        "audience, everyone",
        "openOn, 1-4-2021",
        "closesBefore, tomorrow",
        "changedSince, yesterday",
        "sort, random",
        "organisation, bzk!",
        "pageSize, 0"
    })
    void rejectsInvalidFilters(String name, String value) {
        assertProblem(
                        givenInvalid()
                                .queryParam(name, value)
                                .when()
                                .get("/api/v1/funding")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo(name));
    }

    @Test
    void rejectsASearchTextOver200Characters() {
        assertProblem(
                        givenInvalid()
                                .queryParam("q", "a".repeat(201))
                                .when()
                                .get("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("q"));
    }

    @Test
    void changedSinceGivesOnlyLaterChanges() {
        Editor editor = new Editor();
        String since = java.time.OffsetDateTime.now().minusSeconds(1).toString();
        String id = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()))
                .path("id");
        given().queryParam("changedSince", since)
                .queryParam("sort", "updatedAt")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("changedSince", "2199-01-01T00:00:00Z")
                .when()
                .get("/api/v1/measures")
                .then()
                .body("totalItems", equalTo(0));
    }
}
