package nl.handreiking.common;

import static nl.handreiking.common.Api.assertOAuthError;
import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.handreiking.catalogue.Editor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind is a 4xx problem that names what is wrong; nothing of it reaches the database. */
@QuarkusTest
class BadInputTest {

    private static RequestSpecification as(String token) {
        return givenInvalid().header("Authorization", "Bearer " + token);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/documents/%00",
                "/api/v1/tasks/a%00b",
                "/api/v1/regions/GM%00",
                "/api/v1/organisations/CO%01A"
            })
    void aControlCharacterInAPathSegmentIsABadRequest(String path) {
        assertProblem(givenInvalid().urlEncodingEnabled(false).when().get(path).then(), 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/tasks?q=a%00b",
                "/api/v1/measures?q=%1B",
                "/api/v1/regions?q=a%0Ab",
                "/api/v1/documents?x=%00"
            })
    void aControlCharacterInAQueryParameterIsABadRequest(String path) {
        assertProblem(givenInvalid().urlEncodingEnabled(false).when().get(path).then(), 400);
    }

    @Test
    void aControlCharacterInAJsonStringIsABadRequestNamingTheField() {
        assertProblem(
                        as(SignIn.as("municipality"))
                                .contentType(ContentType.JSON)
                                .body(
                                        "{\"type\":\"signal\",\"theme\":\"other\",\"title\":\"a\\u0000b\",\"description\":\"x\"}")
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("title"));
    }

    @Test
    void aControlCharacterInTheSignInEmailIsABadRequest() {
        assertProblem(
                        givenInvalid()
                                .contentType(ContentType.JSON)
                                .body("{\"email\":\"a\\u0000b@x.nl\",\"password\":\"geheim\"}")
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("email"));
    }

    @Test
    void aControlCharacterInAFormFieldOfTheTokenEndpointIsABadRequest() {
        assertOAuthError(
                        givenInvalid()
                                .contentType(ContentType.URLENC)
                                .body("grant_type=client_credentials&client_id=%00&client_secret=x")
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        400,
                        "invalid_request")
                .body("error_description", containsString("client_id"));
    }

    @Test
    void aLineBreakInASingleLineFieldIsABadRequest() {
        assertProblem(
                        as(SignIn.as("municipality"))
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "type",
                                        "signal",
                                        "theme",
                                        "other",
                                        "title",
                                        "Titel\r\nBcc: iedereen@example.org",
                                        "description",
                                        "Regel 1\nRegel 2"))
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("title"));
    }

    @Test
    void aRepeatedJsonKeyIsABadRequest() {
        assertProblem(
                        givenInvalid()
                                .contentType(ContentType.JSON)
                                .body("{\"email\":\"a@b.nl\",\"password\":\"a\",\"password\":\"b\"}")
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        400)
                .body("detail", containsString("password"));
    }

    @Test
    void aRepeatedJsonKeyOrAnEmptyBodyInAStatusChangeIsABadRequest() {
        Editor editor = new Editor();
        var created = editor.create("tasks", Editor.item("tasks", Editor.uniqueWord()));
        String path = "/api/v1/tasks/" + created.path("id") + "/status";
        assertProblem(
                as(editor.token())
                        .header("If-Match", created.header("ETag"))
                        .contentType(ContentType.JSON)
                        .body("{\"status\":\"published\",\"status\":\"archived\"}")
                        .when()
                        .put(path)
                        .then(),
                400);
        assertProblem(
                as(editor.token())
                        .header("If-Match", created.header("ETag"))
                        .contentType(ContentType.JSON)
                        .body("")
                        .when()
                        .put(path)
                        .then(),
                400);
    }

    @Test
    void aRepeatedJsonKeyInATransitionIsABadRequest() {
        String signal = as(SignIn.as("municipality"))
                .contentType(ContentType.JSON)
                .body(Map.of("type", "signal", "theme", "other", "title", "Herhaalde sleutel", "description", "x"))
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                as(SignIn.as("support"))
                        .contentType(ContentType.JSON)
                        .body("{\"status\":\"answered\",\"text\":\"a\",\"text\":\"b\"}")
                        .when()
                        .post("/api/v1/signals/" + signal + "/transitions")
                        .then(),
                400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/tasks?openOn=%2B999999999-12-31",
                "/api/v1/funding?closesBefore=-999999999-01-01",
                "/api/v1/measures?changedSince=%2B999999999-12-31T00:00:00Z",
                "/api/v1/tasks?openOn=1899-12-31",
                "/api/v1/tasks?changedSince=2201-01-01"
            })
    void aDateOutsideTheSaneRangeIsABadRequest(String path) {
        assertProblem(givenInvalid().urlEncodingEnabled(false).when().get(path).then(), 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=%2B999999999-12-31", "to=%2B999999999-12-31", "from=0001-01-01&to=0002-01-01"})
    void aStatisticsDateOutsideTheSaneRangeIsABadRequest(String query) {
        assertProblem(
                as(SignIn.as("support"))
                        .urlEncodingEnabled(false)
                        .when()
                        .get("/api/v1/signals/statistics?" + query)
                        .then(),
                400);
    }

    @Test
    void aDateOutsideTheSaneRangeInABodyIsABadRequestNamingTheField() {
        Map<String, Object> body = new java.util.HashMap<>(Editor.item("tasks", Editor.uniqueWord()));
        body.put("periodStart", "+999999999-12-31");
        assertProblem(
                        as(new Editor().token())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/tasks")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("periodStart"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/organisations/%20",
                "/api/v1/organisations/%20%20",
                "/api/v1/regions/%20",
                "/api/v1/documents/%20"
            })
    void aWhitespaceOnlyCodeIsNotFound(String path) {
        assertProblem(givenInvalid().urlEncodingEnabled(false).when().get(path).then(), 404);
    }

    @Test
    void anEmptyIdempotencyKeyIsABadRequest() {
        assertProblem(
                        as(SignIn.as("municipality"))
                                .header("Idempotency-Key", "")
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "type",
                                        "signal",
                                        "theme",
                                        "other",
                                        "title",
                                        "Lege sleutel",
                                        "description",
                                        "x"))
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("Idempotency-Key"));
    }

    @Test
    void anAcceptOfJsonWithQualityZeroIsNotAcceptable() {
        assertProblem(
                givenInvalid()
                        .header("Accept", "application/json;q=0")
                        .when()
                        .get("/api/v1/domains")
                        .then(),
                406);
    }

    @Test
    void anUnsupportedMediaTypeNamesTheAcceptedTypes() {
        assertProblem(
                        as(SignIn.as("municipality"))
                                .contentType("text/plain")
                                .body("x")
                                .when()
                                .post("/api/v1/signals/00000000-0000-0000-0000-000000000000/attachments?fileName=a.pdf")
                                .then(),
                        415)
                .body("detail", containsString("application/octet-stream"));
        assertProblem(
                        givenInvalid()
                                .contentType("text/plain")
                                .body("x")
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        415)
                .body("detail", containsString("application/json"));
    }
}
