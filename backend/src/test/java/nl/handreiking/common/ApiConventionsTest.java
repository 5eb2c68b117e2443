package nl.handreiking.common;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ApiConventionsTest {

    @Test
    void everySuccessCarriesTheApiVersionAndSecurityHeaders() {
        given().when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .header("API-Version", "1.0.0")
                .header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void errorsCarryTheApiVersionAndSecurityHeadersToo() {
        assertProblem(RestAssured.given().when().get("/api/v1/regions/GM9999").then(), 404)
                .header("Cache-Control", "private, no-store")
                .header("X-Frame-Options", "DENY");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/regions/", "/api/v1/domains/", "/api/v1/regions/GM0363/"})
    void aTrailingSlashIsANotFoundProblem(String path) {
        assertProblem(RestAssured.given().when().get(path).then(), 404)
                .body("detail", containsString("schuine streep"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v2/regions", "/api/v1/regions/GM0363/children"})
    void anUnknownApiPathIsANotFoundProblem(String path) {
        assertProblem(RestAssured.given().when().get(path).then(), 404).body("instance", equalTo(path));
    }

    @Test
    void aBodyAboveTheLimitIsA413ProblemBeforeItIsRead() {
        assertProblem(
                        RestAssured.given()
                                .contentType("application/octet-stream")
                                .body(new byte[12 * 1024 * 1024])
                                .when()
                                .post(
                                        "/api/v1/signals/00000000-0000-0000-0000-000000000000/attachments?fileName=groot.pdf")
                                .then(),
                        413)
                .body("detail", containsString("10 MB"));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        assertProblem(
                givenInvalid()
                        .accept("application/xml")
                        .when()
                        .get("/api/v1/regions")
                        .then(),
                406);
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        assertProblem(
                RestAssured.given()
                        .contentType("application/json")
                        .body("{}")
                        .when()
                        .post("/api/v1/regions")
                        .then(),
                405);
    }

    @Test
    void allowedOriginsMayCallTheApiFromABrowser() {
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("API-Version"));
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/domains")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void otherOriginsGetNoCorsPermission() {
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/domains")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theOpenApiDocumentIsPublicAndOpenToEveryOrigin() {
        RestAssured.given()
                .header("Origin", "https://developer.example")
                .when()
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("API-Version", "1.0.0")
                .body("openapi", containsString("3."))
                .body("info.version", equalTo("1.0.0"))
                .body("servers.url", equalTo(java.util.List.of("/api/v1", "https://handreiking.example.nl/api/v1")))
                .body("paths.'/regions'.get.operationId", equalTo("listRegions"));
    }

    @Test
    void swaggerUiIsServedAndOffersTheServerItIsServedFromFirst() {
        RestAssured.given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/api/v1/openapi"));
        // a relative server URL is resolved against the document's own address: this server, on any machine
        RestAssured.given()
                .when()
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("servers[0].url", equalTo("/api/v1"));
    }

    @Test
    void theCommittedContractNamesOnlyTheHttpsProductionServerSoItIsTheSameOnEveryMachine() throws java.io.IOException {
        String contract = java.nio.file.Files.readString(java.nio.file.Path.of("..", "openapi.yaml"));
        assertThat(contract)
                .contains("servers:\n- url: https://handreiking.example.nl/api/v1\n")
                .doesNotContain("url: /api/v1");
    }

    /** Swagger UI fills "Try it out" with param.example, schema.example and defaults: an optional parameter must have none of them. */
    @Test
    @SuppressWarnings("unchecked")
    void tryItOutStartsWithEmptyOptionalParametersAndShowsTheirExamples() {
        io.restassured.path.json.JsonPath doc = RestAssured.given()
                .when()
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = doc.getMap("paths");
        java.util.List<java.util.Map<String, Object>> optional = paths.values().stream()
                .flatMap(item -> item.values().stream())
                .filter(java.util.Map.class::isInstance)
                .map(operation -> ((java.util.Map<?, ?>) operation).get("parameters"))
                .filter(java.util.List.class::isInstance)
                .flatMap(parameters -> ((java.util.List<?>) parameters).stream())
                .map(parameter -> (java.util.Map<String, Object>) parameter)
                .filter(parameter -> !Boolean.TRUE.equals(parameter.get("required")))
                .toList();
        assertThat(optional).isNotEmpty().allSatisfy(parameter -> {
            assertThat(parameter).doesNotContainKeys("example", "examples", "default");
            java.util.Map<String, Object> schema =
                    (java.util.Map<String, Object>) parameter.getOrDefault("schema", java.util.Map.of());
            assertThat(schema)
                    .as("schema of %s", parameter.get("name"))
                    .doesNotContainKeys("example", "examples", "default");
        });
        assertThat(doc.<String>get("paths.'/regions'.get.parameters.find { it.name == 'type' }.x-example"))
                .isEqualTo("municipality");
        assertThat(doc.<String>get("paths.'/regions'.get.parameters.find { it.name == 'pageSize' }.description"))
                .contains("Standaard: 20");
    }

    @Test
    void theSinglePageAppRunsUnderAStrictContentSecurityPolicy() {
        String policy = RestAssured.given()
                .accept("text/html")
                .when()
                .get("/regios/GM0363")
                .then()
                .statusCode(200)
                .extract()
                .header("Content-Security-Policy");
        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "base-uri 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("*");
    }

    @Test
    void apiAnswersMayLoadNothingAndSwaggerUiKeepsItsOwnPolicy() {
        given().when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        RestAssured.given()
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void routesOfTheSinglePageAppServeItsIndexSoAReloadWorks() {
        RestAssured.given()
                .accept("text/html")
                .when()
                .get("/regios/GM0363")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html"))
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-cache")
                .header("API-Version", nullValue());
    }

    @Test
    void aHeadRequestForARouteOfTheSinglePageAppAnswersAsItsGetWould() {
        // link checkers and uptime monitors ask with HEAD; a 404 would report a working page as gone
        RestAssured.given()
                .accept("text/html")
                .when()
                .head("/taakstelling")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void aMissingAssetIsAPlainNotFound() {
        RestAssured.given().when().get("/assets/missing.js").then().statusCode(404);
    }
}
