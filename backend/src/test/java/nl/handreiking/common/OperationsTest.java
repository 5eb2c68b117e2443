package nl.handreiking.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health and metrics live on the management interface, its own port; the public port does not serve them. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void readinessChecksTheDatabase() {
        RestAssured.given()
                .when()
                .get(readiness)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        RestAssured.given().when().get("/api/v1/regions/GM0363").then().statusCode(200);
        RestAssured.given()
                .when()
                .get(metrics)
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics"})
    void thePublicPortServesNeitherHealthNorMetrics(String path) {
        RestAssured.given().when().get(path).then().statusCode(404);
    }

    @Test
    void metricsNameRouteTemplatesNeverIdentifiers() {
        String support = SignIn.as("support");
        String id = UUID.randomUUID().toString();
        RestAssured.given()
                .header("Authorization", "Bearer " + support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(404);
        RestAssured.given()
                .header("Authorization", "Bearer " + support)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .statusCode(404);
        RestAssured.given().when().get("/api/v1/unknown/" + id).then().statusCode(404);
        RestAssured.given().when().get("/signalen/" + id); // a route of the single-page app
        RestAssured.given().when().get("/assets/" + id + ".js").then().statusCode(404);
        RestAssured.given()
                .when()
                .get(metrics)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body(containsString("uri=\"/signals/{id}\""))
                .body(not(containsString(id)));
    }
}
