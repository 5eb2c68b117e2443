package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CatalogueEditingTest {

    private Editor editor;

    @org.junit.jupiter.api.BeforeEach
    void signInAsEditor() {
        editor = new Editor();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks", "measures", "funding"})
    void aDraftIsSeenOnlyByEditorsUntilItIsPublished(String collection) {
        String word = Editor.uniqueWord();
        Response created = editor.create(collection, Editor.item(collection, word));
        created.then()
                .body("status", equalTo("draft"))
                .body("version", equalTo(1))
                .header("ETag", "\"1\"")
                .header("Location", containsString("/api/v1/" + collection + "/"));
        String id = created.path("id");
        assertProblem(given().when().get("/api/v1/" + collection + "/" + id).then(), 404);
        for (String reader : List.of("municipality", "province", "support", "admin")) {
            assertProblem(
                    given().header("Authorization", "Bearer " + nl.handreiking.common.SignIn.as(reader))
                            .when()
                            .get("/api/v1/" + collection + "/" + id)
                            .then(),
                    404);
        }
        given().queryParam("q", word)
                .when()
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().header("Authorization", "Bearer " + editor.token())
                .queryParam("q", word)
                .when()
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));

        editor.status(collection, id, created.header("ETag"), "published");
        given().when()
                .get("/api/v1/" + collection + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .header("ETag", "\"2\"");
        given().queryParam("q", word)
                .when()
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id));
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428AndAStaleOneWith412() {
        Response created = editor.create("measures", Editor.item("measures", Editor.uniqueWord()));
        String id = created.path("id");
        Map<String, Object> changed = Editor.item("measures", "gewijzigd");
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + editor.token())
                        .contentType(ContentType.JSON)
                        .body(changed)
                        .when()
                        .put("/api/v1/measures/" + id)
                        .then(),
                428);
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        // a second editor still holding version 1 does not overwrite the first
        assertProblem(
                        given().header("Authorization", "Bearer " + editor.token())
                                .header("If-Match", "\"1\"")
                                .contentType(ContentType.JSON)
                                .body(Editor.item("measures", "overschreven"))
                                .when()
                                .put("/api/v1/measures/" + id)
                                .then(),
                        412)
                .header("ETag", "\"2\"");
        given().header("Authorization", "Bearer " + editor.token())
                .when()
                .get("/api/v1/measures/" + id)
                .then()
                .body("title", equalTo("Proefitem gewijzigd"));
    }

    @Test
    void historyKeepsWhoChangedWhatInEachVersion() {
        Response created = editor.create("tasks", Editor.item("tasks", "eerste"));
        String id = created.path("id");
        for (int version = 1; version <= 3; version++) {
            given().header("Authorization", "Bearer " + editor.token())
                    .header("If-Match", "\"" + version + "\"")
                    .contentType(ContentType.JSON)
                    .body(Editor.item("tasks", "versie" + (version + 1)))
                    .when()
                    .put("/api/v1/tasks/" + id)
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", "Bearer " + editor.token())
                .when()
                .get("/api/v1/tasks/" + id + "/history")
                .then()
                .statusCode(200)
                .body("", hasSize(4))
                .body("version", equalTo(List.of(4, 3, 2, 1)))
                .body("action", equalTo(List.of("updated", "updated", "updated", "created")))
                .body("[0].actorName", equalTo("Redacteur BZK (demo)"))
                .body("[0].changes.field", hasItem("title"))
                .body("[0].changes.find { it.field == 'title' }.from", equalTo("Proefitem versie3"))
                .body("[0].changes.find { it.field == 'title' }.to", equalTo("Proefitem versie4"));
    }

    @Test
    void publicationFollowsItsTransitions() {
        Response created = editor.create("funding", Editor.item("funding", Editor.uniqueWord()));
        String id = created.path("id");
        assertProblem(
                        given().header("Authorization", "Bearer " + editor.token())
                                .header("If-Match", "\"1\"")
                                .contentType(ContentType.JSON)
                                .body(Map.of("status", "archived"))
                                .when()
                                .put("/api/v1/funding/" + id + "/status")
                                .then(),
                        409)
                .body("detail", containsString("published"));
        editor.status("funding", id, "\"1\"", "published");
        editor.status("funding", id, "\"2\"", "archived");
        assertProblem(given().when().get("/api/v1/funding/" + id).then(), 404);
        editor.status("funding", id, "\"3\"", "draft");
    }

    @Test
    void linksShowOnBothSidesAndCanBeRemoved() {
        String task = editor.publish("tasks", Editor.item("tasks", Editor.uniqueWord()))
                .path("id");
        String funding = editor.publish("funding", Editor.item("funding", Editor.uniqueWord()))
                .path("id");
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", "\"2\"")
                .when()
                .put("/api/v1/tasks/" + task + "/links/" + funding)
                .then()
                .statusCode(200)
                .body("links.id", equalTo(List.of(funding)))
                .body("links[0].kind", equalTo("funding"))
                .body("links[0].href", equalTo("/api/v1/funding/" + funding));
        given().when()
                .get("/api/v1/funding/" + funding)
                .then()
                .statusCode(200)
                .body("links.id", equalTo(List.of(task)));
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", "\"3\"")
                .when()
                .delete("/api/v1/tasks/" + task + "/links/" + funding)
                .then()
                .statusCode(200)
                .body("links", hasSize(0));
        given().when().get("/api/v1/funding/" + funding).then().body("links", hasSize(0));
    }

    @Test
    void aLinkToAnUnknownItemIsABadRequestAndWritesNothing() {
        String task = editor.create("tasks", Editor.item("tasks", Editor.uniqueWord()))
                .path("id");
        assertProblem(
                        given().header("Authorization", "Bearer " + editor.token())
                                .header("If-Match", "\"1\"")
                                .when()
                                .put("/api/v1/tasks/" + task + "/links/" + java.util.UUID.randomUUID())
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("linkedId"));
        given().header("Authorization", "Bearer " + editor.token())
                .when()
                .get("/api/v1/tasks/" + task)
                .then()
                .header("ETag", "\"1\"")
                .body("links", hasSize(0));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsWritten() {
        String word = Editor.uniqueWord();
        Map<String, Object> body = Editor.item("funding", word);
        body.put("domains", List.of("defence"));
        body.put("organisationCodes", List.of("NOPE"));
        body.put("closesOn", "2021-01-01");
        body.put("url", "javascript:alert(1)");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + editor.token())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/funding")
                                .then(),
                        400)
                .body(
                        "invalidParams.name",
                        org.hamcrest.Matchers.containsInAnyOrder("domains", "organisationCodes", "closesOn", "url"));
        given().header("Authorization", "Bearer " + editor.token())
                .queryParam("q", word)
                .when()
                .get("/api/v1/funding")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void missingAndUnknownFieldsAndBadDatesAreBadRequests() {
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + editor.token())
                                .contentType(ContentType.JSON)
                                .body(Map.of("summary", "x"))
                                .when()
                                .post("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("title"));
        Map<String, Object> unknown = Editor.item("tasks", "x");
        unknown.put("priority", "high");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + editor.token())
                                .contentType(ContentType.JSON)
                                .body(unknown)
                                .when()
                                .post("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("priority"));
        Map<String, Object> badDate = Editor.item("tasks", "x");
        badDate.put("periodStart", "1 april");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + editor.token())
                                .contentType(ContentType.JSON)
                                .body(badDate)
                                .when()
                                .post("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("periodStart"));
    }

    @Test
    void htmlInTextIsStoredAndReturnedAsText() {
        Map<String, Object> body = Editor.item("measures", Editor.uniqueWord());
        body.put("title", "<script>alert('x')</script> Maatregel");
        String id = editor.create("measures", body).path("id");
        given().header("Authorization", "Bearer " + editor.token())
                .when()
                .get("/api/v1/measures/" + id)
                .then()
                .body("title", equalTo("<script>alert('x')</script> Maatregel"));
    }

    @Test
    void readersCannotChangeTheCatalogue() {
        assertProblem(
                given().header("Authorization", "Bearer " + nl.handreiking.common.SignIn.as("municipality"))
                        .contentType(ContentType.JSON)
                        .body(Editor.item("tasks", "x"))
                        .when()
                        .post("/api/v1/tasks")
                        .then(),
                403);
    }

    @Test
    void aSystemWithCatalogueWriteMayEditAndIsNamedInTheHistory() {
        Map<String, String> client = nl.handreiking.common.SignIn.newClient(List.of("catalogue:write"));
        String token = nl.handreiking.common.SignIn.clientToken(client.get("clientId"), client.get("secret"));
        String id = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Editor.item("tasks", Editor.uniqueWord()))
                .when()
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/tasks/" + id + "/history")
                .then()
                .statusCode(200)
                .body("[0].actorType", equalTo("client"))
                .body("[0].actorId", equalTo(client.get("clientId")));
    }
}
