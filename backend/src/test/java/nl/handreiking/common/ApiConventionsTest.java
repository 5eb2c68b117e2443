package nl.handreiking.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ApiConventionsTest {

    @Test
    void everySuccessCarriesTheApiVersionAndSecurityHeaders() {
        given().when().get("/api/v1/domains").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void errorsCarryTheApiVersionAndSecurityHeadersToo() {
        assertProblem(RestAssured.given().when().get("/api/v1/regions/GM9999").then(), 404)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/regions/", "/api/v1/domains/", "/api/v1/regions/GM0363/"})
    void aTrailingSlashIsANotFoundProblem(String path) {
        assertProblem(RestAssured.given().when().get(path).then(), 404).body("detail", containsString("schuine streep"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v2/regions", "/api/v1/regions/GM0363/children"})
    void anUnknownApiPathIsANotFoundProblem(String path) {
        assertProblem(RestAssured.given().when().get(path).then(), 404).body("instance", equalTo(path));
    }

    @Test
    void aBodyAboveTheLimitIsA413ProblemBeforeItIsRead() {
        assertProblem(RestAssured.given().contentType("application/octet-stream").body(new byte[12 * 1024 * 1024])
                .when().post("/api/v1/signals/00000000-0000-0000-0000-000000000000/attachments?fileName=groot.pdf").then(), 413)
                .body("detail", containsString("10 MB"));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        assertProblem(givenInvalid().accept("application/xml").when().get("/api/v1/regions").then(), 406);
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        assertProblem(RestAssured.given().contentType("application/json").body("{}").when().post("/api/v1/regions").then(), 405);
    }

    @Test
    void allowedOriginsMayCallTheApiFromABrowser() {
        RestAssured.given().header("Origin", "http://localhost:5173").when().get("/api/v1/domains").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("API-Version"));
        RestAssured.given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/domains").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void otherOriginsGetNoCorsPermission() {
        RestAssured.given().header("Origin", "https://evil.example").when().get("/api/v1/domains").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        RestAssured.given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/domains").then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theOpenApiDocumentIsPublicAndOpenToEveryOrigin() {
        RestAssured.given().header("Origin", "https://developer.example").when().get("/api/v1/openapi.json").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("API-Version", "1.0.0")
                .body("openapi", containsString("3."))
                .body("info.version", equalTo("1.0.0"))
                .body("servers[0].url", equalTo("https://handreiking.example.nl/api/v1"))
                .body("paths.'/regions'.get.operationId", equalTo("listRegions"));
    }

    @Test
    void swaggerUiIsServedAndTriesCallsOnItsOwnServer() {
        RestAssured.given().when().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/api/v1/openapi"))
                .body(containsString("window.location.origin"));
    }

    @Test
    void routesOfTheSinglePageAppServeItsIndexSoAReloadWorks() {
        RestAssured.given().accept("text/html").when().get("/regios/GM0363").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<html"))
                .header("X-Frame-Options", "DENY").header("Cache-Control", "no-cache").header("API-Version", nullValue());
    }

    @Test
    void aMissingAssetIsAPlainNotFound() {
        RestAssured.given().when().get("/assets/missing.js").then().statusCode(404);
    }
}
