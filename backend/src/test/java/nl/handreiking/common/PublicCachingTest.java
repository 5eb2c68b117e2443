package nl.handreiking.common;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import nl.handreiking.catalogue.Editor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Public reads may be kept by browsers and a CDN and are confirmed with 304; signed-in and personal answers never. */
@QuarkusTest
class PublicCachingTest {

    private static final String CATALOGUE = "public, max-age=60, stale-while-revalidate=300";

    private Editor editor;

    @BeforeEach
    void signInAsEditor() {
        editor = new Editor();
    }

    @Test
    void aPublishedItemMayBeKeptAndACurrentCopyIsConfirmedWithA304WithoutBody() {
        String id = editor.publish("tasks", Editor.item("tasks", Editor.uniqueWord()))
                .path("id");
        String path = "/api/v1/tasks/" + id;
        given().header("Origin", "http://localhost:5173")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", CATALOGUE)
                .header("ETag", "\"2\"")
                .header("Vary", "Origin, Authorization, Accept-Encoding");
        for (String ifNoneMatch : new String[] {"\"2\"", "W/\"2\"", "\"1\", \"2\"", "*"}) {
            Response notModified =
                    given().header("If-None-Match", ifNoneMatch).when().get(path);
            notModified
                    .then()
                    .statusCode(304)
                    .header("ETag", "\"2\"")
                    .header("Cache-Control", CATALOGUE)
                    .header("Vary", containsString("Authorization"))
                    .header("API-Version", "1.0.0");
            assertThat(notModified.asByteArray())
                    .as("body of 304 for %s", ifNoneMatch)
                    .isEmpty();
        }
        given().header("If-None-Match", "\"1\"").when().get(path).then().statusCode(200);
    }

    @Test
    void anEditorsChangeGivesTheWholeAnswerWithANewETag() {
        String word = Editor.uniqueWord();
        String id = editor.publish("measures", Editor.item("measures", word)).path("id");
        String path = "/api/v1/measures/" + id;
        given().header("If-None-Match", "\"2\"").when().get(path).then().statusCode(304);

        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", "\"2\"")
                .contentType(ContentType.JSON)
                .body(Editor.item("measures", word + " herzien"))
                .when()
                .put(path)
                .then()
                .statusCode(200);

        given().header("If-None-Match", "\"2\"")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("title", containsString("herzien"));
    }

    @Test
    void aListsETagChangesWhenAnItemInItChanges() {
        String word = Editor.uniqueWord();
        Response published = editor.publish("tasks", Editor.item("tasks", word));
        String list = "/api/v1/tasks?q=" + word;
        Response first = given().when().get(list);
        first.then().statusCode(200).header("Cache-Control", CATALOGUE).body("totalItems", equalTo(1));
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        Response again = given().header("If-None-Match", etag).when().get(list);
        again.then().statusCode(304).header("ETag", etag);
        assertThat(again.asByteArray()).isEmpty();

        editor.status("tasks", published.path("id"), published.header("ETag"), "archived");

        given().header("If-None-Match", etag)
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("totalItems", equalTo(0));
    }

    @Test
    void anItemGetsANewETagWhenTheTitleOfAnItemLinkedToItChanges() {
        Response task = editor.publish("tasks", Editor.item("tasks", Editor.uniqueWord()));
        Response measure = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()));
        String taskPath = "/api/v1/tasks/" + task.path("id");
        Response linked = given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", task.header("ETag"))
                .when()
                .put(taskPath + "/links/" + measure.path("id"));
        linked.then().statusCode(200);
        String shown = given().when().get(taskPath).header("ETag");

        String measureEtag =
                given().when().get("/api/v1/measures/" + measure.path("id")).header("ETag");
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", measureEtag)
                .contentType(ContentType.JSON)
                .body(Editor.item("measures", "nieuwe titel"))
                .when()
                .put("/api/v1/measures/" + measure.path("id"))
                .then()
                .statusCode(200);

        given().header("If-None-Match", shown)
                .when()
                .get(taskPath)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(shown)))
                .body("links[0].title", equalTo("Proefitem nieuwe titel"));
    }

    @Test
    void aFundingItemShowsTodaysWindowSoItsVersionNeverConfirmsACopy() {
        Response funding = editor.publish("funding", Editor.item("funding", Editor.uniqueWord()));
        given().header("If-None-Match", funding.header("ETag"))
                .when()
                .get("/api/v1/funding/" + funding.path("id"))
                .then()
                .statusCode(200)
                .header("ETag", funding.header("ETag"))
                .header("Cache-Control", CATALOGUE);
    }

    @Test
    void aSignedInReadOfAPublicPathIsPrivateAndNotStored() {
        String id = editor.publish("tasks", Editor.item("tasks", Editor.uniqueWord()))
                .path("id");
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-None-Match", "\"2\"")
                .when()
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Vary", containsString("Authorization"))
                .header("ETag", "\"2\"");
        given().header("Authorization", "Bearer " + SignIn.as("municipality"))
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/sessions/current", "/api/v1/signals"})
    void aPersonalAnswerIsNeverStored(String path) {
        given().header("Authorization", "Bearer " + SignIn.as("municipality"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", (String) null);
    }

    @Test
    void anErrorIsNeverKeptPublicly() {
        assertProblem(
                        given().when()
                                .get("/api/v1/tasks/00000000-0000-0000-0000-000000000000")
                                .then(),
                        404)
                .header("Cache-Control", "private, no-store");
        assertProblem(
                        Api.givenInvalid()
                                .header("If-None-Match", "*")
                                .when()
                                .get("/api/v1/regions/GM9999")
                                .then(),
                        404)
                .header("Cache-Control", "private, no-store")
                .header("ETag", (String) null);
    }

    @Test
    void publicReadsKeepReferenceDataLongerThanTheCatalogue() {
        given().when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400");
        given().when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300, stale-while-revalidate=3600");
        given().queryParam("type", "province")
                .when()
                .get("/api/v1/regions/boundaries")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=86400, stale-while-revalidate=604800");
    }

    /** Every public read of the contract, with the example path of the access table that answers 200 to anyone. */
    static Stream<String> publicReads() throws IOException {
        var contract = new io.swagger.v3.parser.OpenAPIV3Parser()
                .read(Path.of("..", "openapi.yaml").toString());
        Map<String, String> examples;
        try (var lines = Files.lines(Path.of("src", "test", "resources", "access-table.csv"))) {
            examples = lines.filter(line -> line.startsWith("GET,"))
                    .map(line -> line.split(","))
                    .filter(cells -> cells[4].equals("200"))
                    .collect(java.util.stream.Collectors.toMap(cells -> cells[1], cells -> cells[2], (a, b) -> a));
        }
        return contract.getPaths().entrySet().stream()
                .filter(path -> path.getValue().getGet() != null)
                .filter(path -> path.getValue().getGet().getSecurity() == null
                        || path.getValue().getGet().getSecurity().isEmpty())
                .map(Map.Entry::getKey)
                .filter(examples::containsKey)
                .map(examples::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicReads")
    void everyPublicReadOfTheContractMayBeKeptAndIsConfirmedWith304(String example) {
        Response first = given().when().get("/api/v1" + example);
        first.then()
                .statusCode(200)
                .header("Cache-Control", containsString("public, max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("Vary", containsString("Authorization"))
                .header("ETag", not(emptyString()));
        Response second =
                given().header("If-None-Match", first.header("ETag")).when().get("/api/v1" + example);
        second.then().statusCode(304).header("ETag", first.header("ETag"));
        assertThat(second.asByteArray()).isEmpty();
    }
}
