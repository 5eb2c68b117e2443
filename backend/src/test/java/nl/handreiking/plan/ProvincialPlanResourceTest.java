package nl.handreiking.plan;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import nl.handreiking.auth.SignIn;
import org.junit.jupiter.api.Test;

/** One plan per province: public to read, kept by the province itself and the support team. */
@QuarkusTest
class ProvincialPlanResourceTest {

    @Test
    void everyProvinceHasAPlanThatWasRequested() {
        given().when().get("/api/v1/provincial-plans").then().statusCode(200).body("", hasSize(12))
                .body("find { it.provinceCode == 'PV20' }.note", org.hamcrest.Matchers.containsString("geen nieuwe opvanglocaties"));
    }

    @Test
    void aProvinceReportsItsOwnPlanAsDeliveredButNotAnothers() {
        String gelderland = SignIn.as("province");
        String etag = given().when().get("/api/v1/provincial-plans/PV25").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", "Bearer " + gelderland).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("delivered", "2021-03-31")).when().put("/api/v1/provincial-plans/PV25").then().statusCode(200)
                .body("status", equalTo("delivered")).body("deliveredOn", equalTo("2021-03-31")).body("provinceName", equalTo("Gelderland"));
        String other = given().when().get("/api/v1/provincial-plans/PV26").then().extract().header("ETag");
        assertProblem(givenInvalid().header("Authorization", "Bearer " + gelderland).header("If-Match", other).contentType(ContentType.JSON)
                .body(plan("delivered", "2021-03-31")).when().put("/api/v1/provincial-plans/PV26").then(), 403);
        given().when().get("/api/v1/provincial-plans/PV26").then().body("status", equalTo("requested"));
    }

    @Test
    void deliveredNeedsADateNotBeforeTheRequestAndChangesNothingOtherwise() {
        String support = SignIn.as("support");
        String etag = given().when().get("/api/v1/provincial-plans/PV27").then().extract().header("ETag");
        assertProblem(givenInvalid().header("Authorization", "Bearer " + support).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("delivered", null)).when().put("/api/v1/provincial-plans/PV27").then(), 400).body("invalidParams[0].name", equalTo("deliveredOn"));
        assertProblem(givenInvalid().header("Authorization", "Bearer " + support).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("delivered", "2019-01-01")).when().put("/api/v1/provincial-plans/PV27").then(), 400);
        assertProblem(givenInvalid().header("Authorization", "Bearer " + support).contentType(ContentType.JSON)
                .body(plan("in_progress", null)).when().put("/api/v1/provincial-plans/PV27").then(), 428);
        given().when().get("/api/v1/provincial-plans/PV27").then().body("status", equalTo("requested")).header("ETag", etag);
        assertProblem(given().when().get("/api/v1/provincial-plans/PV99").then(), 404);
    }

    private static Map<String, Object> plan(String status, String deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("deliveredOn", deliveredOn);
        body.put("documentUrl", "https://www.example.nl/plan.pdf");
        body.put("note", "Besproken aan de provinciale regietafel.");
        return body;
    }
}
