package nl.handreiking.savedsearch;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.catalogue.Editor;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person keeps their own finder searches: saved, listed, renamed, paused and deleted, and no one else's. */
@QuarkusTest
class SavedSearchResourceTest {

    private String utrecht;

    @BeforeEach
    void signIn() {
        utrecht = SignIn.as("municipality");
    }

    @Test
    void aPersonSavesAFinderSearchAndFindsItInTheirList() {
        String word = Editor.uniqueWord();
        Response saved = SavedSearches.save(utrecht, search("Huisvesting " + word, word));
        assertThat(saved.<String>path("name")).isEqualTo("Huisvesting " + word);
        assertThat(saved.<String>path("organisation")).isEqualTo("BZK");
        assertThat(saved.<String>path("frequency")).isEqualTo("weekly");
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.header("Location")).endsWith("/api/v1/saved-searches/" + saved.path("id"));

        List<String> names = given().header("Authorization", "Bearer " + utrecht)
                .queryParam("pageSize", "100")
                .when()
                .get("/api/v1/saved-searches")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names).contains("Huisvesting " + word);
    }

    @Test
    void aSearchWithAnInvalidFilterIsABadRequestNamingTheFieldAndNothingIsStored() {
        String word = Editor.uniqueWord();
        Map<String, Object> body = search("Ongeldig " + word, word);
        body.put("domain", "ruimtevaart");
        body.put("openOn", "morgen");
        assertProblem(post(body).then(), 400)
                .body("invalidParams.name", hasItem("domain"))
                .body("invalidParams.name", hasItem("openOn"));
        Map<String, Object> wrongKind = search("Ongeldig " + word, word);
        wrongKind.put("kind", "nieuws");
        wrongKind.put("frequency", "hourly");
        assertProblem(post(wrongKind).then(), 400)
                .body("invalidParams.name", hasItem("kind"))
                .body("invalidParams.name", hasItem("frequency"));
        Map<String, Object> longName = search("x".repeat(101), word);
        assertProblem(post(longName).then(), 400).body("invalidParams.name", hasItem("name"));

        List<String> names = given().header("Authorization", "Bearer " + utrecht)
                .queryParam("pageSize", "100")
                .when()
                .get("/api/v1/saved-searches")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names).noneMatch(name -> name.contains(word));
    }

    @Test
    void closingAlertsComeOnlyWithASearchOfFundingAndCanBeSwitchedOnAndOff() {
        String word = Editor.uniqueWord();
        Map<String, Object> measures = search("Maatregelen " + word, word);
        measures.put("kind", "measure");
        measures.put("closingAlerts", true);
        assertProblem(post(measures).then(), 400).body("invalidParams.name", hasItem("closingAlerts"));

        Map<String, Object> funding = search("Financiering " + word, word);
        funding.put("closingAlerts", true);
        Response saved = SavedSearches.save(utrecht, funding);
        assertThat(saved.<Boolean>path("closingAlerts")).isTrue();
        String path = "/api/v1/saved-searches/" + saved.path("id");
        Response off = patch(path, "\"1\"", Map.of("closingAlerts", false));
        off.then().statusCode(200).body("closingAlerts", equalTo(false)).body("paused", equalTo(false));

        Map<String, Object> plain = search("Maatregelen " + word, word);
        plain.put("kind", "measure");
        String measurePath =
                "/api/v1/saved-searches/" + SavedSearches.save(utrecht, plain).path("id");
        assertProblem(patch(measurePath, "\"1\"", Map.of("closingAlerts", true)).then(), 400)
                .body("invalidParams.name", hasItem("closingAlerts"));
        given().header("Authorization", "Bearer " + utrecht)
                .get(measurePath)
                .then()
                .statusCode(200)
                .body("closingAlerts", equalTo(false))
                .body("version", equalTo(1));
    }

    @Test
    void anotherPersonsSavedSearchDoesNotExistForYou() {
        String word = Editor.uniqueWord();
        String id =
                SavedSearches.save(utrecht, search("Van Utrecht " + word, word)).path("id");
        String gelderland = SignIn.as("province");
        String path = "/api/v1/saved-searches/" + id;
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + gelderland)
                        .get(path)
                        .then(),
                404);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + gelderland)
                        .header("If-Match", "\"1\"")
                        .contentType("application/merge-patch+json")
                        .body(Map.of("name", "Overgenomen"))
                        .patch(path)
                        .then(),
                404);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + gelderland)
                        .delete(path)
                        .then(),
                404);
        List<String> theirs = given().header("Authorization", "Bearer " + gelderland)
                .queryParam("pageSize", "100")
                .get("/api/v1/saved-searches")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(theirs).doesNotContain(id);
        given().header("Authorization", "Bearer " + utrecht)
                .get(path)
                .then()
                .statusCode(200)
                .body("name", equalTo("Van Utrecht " + word));
    }

    @Test
    void renamingAndPausingNeedTheCurrentETagAndDeletingStopsIt() {
        String word = Editor.uniqueWord();
        String id =
                SavedSearches.save(utrecht, search("Eerste naam " + word, word)).path("id");
        String path = "/api/v1/saved-searches/" + id;
        assertProblem(patch(path, null, Map.of("name", "Zonder ETag")).then(), 428);
        Response renamed = patch(path, "\"1\"", Map.of("name", "Tweede naam " + word, "frequency", "daily"));
        renamed.then().statusCode(200).body("name", equalTo("Tweede naam " + word));
        assertThat(renamed.<String>path("frequency")).isEqualTo("daily");
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        assertProblem(patch(path, "\"1\"", Map.of("paused", true)).then(), 412);
        patch(path, "\"2\"", Map.of("paused", true)).then().statusCode(200).body("paused", equalTo(true));

        given().header("Authorization", "Bearer " + utrecht).delete(path).then().statusCode(204);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + utrecht)
                        .get(path)
                        .then(),
                404);
    }

    @Test
    void aPersonKeepsAtMostFiftySearches() {
        String admin = SignIn.as("admin");
        List<String> made = new ArrayList<>();
        try {
            long have = given().header("Authorization", "Bearer " + admin)
                    .get("/api/v1/saved-searches")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("totalItems");
            for (long i = have; i < SavedSearchService.MAX_PER_PERSON; i++) {
                made.add(SavedSearches.save(admin, search("Veel " + i, "veel")).path("id"));
            }
            assertProblem(
                    givenInvalid()
                            .header("Authorization", "Bearer " + admin)
                            .contentType(ContentType.JSON)
                            .body(search("Eén te veel", "veel"))
                            .post("/api/v1/saved-searches")
                            .then(),
                    409);
        } finally {
            made.forEach(id -> given().header("Authorization", "Bearer " + admin)
                    .delete("/api/v1/saved-searches/" + id)
                    .then()
                    .statusCode(204));
        }
    }

    @Test
    void anApiClientHasNoSavedSearches() {
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + SignIn.asClient())
                        .get("/api/v1/saved-searches")
                        .then(),
                403);
    }

    private Response post(Map<String, Object> body) {
        return givenInvalid()
                .header("Authorization", "Bearer " + utrecht)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/saved-searches");
    }

    private Response patch(String path, String etag, Map<String, Object> change) {
        var request = (etag == null ? givenInvalid() : given())
                .header("Authorization", "Bearer " + utrecht)
                .contentType("application/merge-patch+json")
                .body(change);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.patch(path);
    }

    static Map<String, Object> search(String name, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "funding");
        body.put("q", word);
        body.put("domain", "housing");
        body.put("organisation", "BZK");
        return body;
    }
}
