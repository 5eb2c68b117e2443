package nl.handreiking.plan;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.CsvFile;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/** One plan per province: public to read, kept by the province itself and the support team. */
@QuarkusTest
class ProvincialPlanResourceTest {

    @Test
    void everyProvinceWasAskedForAPlanButWhetherItWasDeliveredIsUnknown() {
        given().when()
                .get("/api/v1/provincial-plans")
                .then()
                .statusCode(200)
                .body("", hasSize(12))
                .body(
                        "find { it.provinceCode == 'PV20' }.note",
                        org.hamcrest.Matchers.containsString("geen nieuwe opvanglocaties"))
                .body(
                        "findAll { it.provinceCode != 'PV25' && it.provinceCode != 'PV27' }.status",
                        org.hamcrest.Matchers.everyItem(equalTo("unknown")))
                .body("find { it.provinceCode == 'PV26' }.requestedOn", equalTo("2020-06-19"))
                .body(
                        "find { it.provinceCode == 'PV26' }.note",
                        org.hamcrest.Matchers.containsString("staat niet in de bronnen"));
    }

    @Test
    void aProvinceReportsItsOwnPlanAsDeliveredButNotAnothers() {
        String gelderland = SignIn.as("province");
        String etag = given().when()
                .get("/api/v1/provincial-plans/PV25")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("Authorization", "Bearer " + gelderland)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(plan("delivered", "2021-03-31"))
                .when()
                .put("/api/v1/provincial-plans/PV25")
                .then()
                .statusCode(200)
                .body("status", equalTo("delivered"))
                .body("deliveredOn", equalTo("2021-03-31"))
                .body("provinceName", equalTo("Gelderland"));
        String other = given().when()
                .get("/api/v1/provincial-plans/PV26")
                .then()
                .extract()
                .header("ETag");
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + gelderland)
                        .header("If-Match", other)
                        .contentType(ContentType.JSON)
                        .body(plan("delivered", "2021-03-31"))
                        .when()
                        .put("/api/v1/provincial-plans/PV26")
                        .then(),
                403);
        given().when().get("/api/v1/provincial-plans/PV26").then().body("status", equalTo("unknown"));
    }

    @Test
    void deliveredNeedsADateNotBeforeTheRequestAndChangesNothingOtherwise() {
        String support = SignIn.as("support");
        String etag = given().when()
                .get("/api/v1/provincial-plans/PV27")
                .then()
                .extract()
                .header("ETag");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + support)
                                .header("If-Match", etag)
                                .contentType(ContentType.JSON)
                                .body(plan("delivered", null))
                                .when()
                                .put("/api/v1/provincial-plans/PV27")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("deliveredOn"));
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + support)
                        .header("If-Match", etag)
                        .contentType(ContentType.JSON)
                        .body(plan("delivered", "2019-01-01"))
                        .when()
                        .put("/api/v1/provincial-plans/PV27")
                        .then(),
                400);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + support)
                        .contentType(ContentType.JSON)
                        .body(plan("in_progress", null))
                        .when()
                        .put("/api/v1/provincial-plans/PV27")
                        .then(),
                428);
        given().when()
                .get("/api/v1/provincial-plans/PV27")
                .then()
                .body("status", equalTo("unknown"))
                .header("ETag", etag);
        assertProblem(given().when().get("/api/v1/provincial-plans/PV99").then(), 404);
    }

    @Test
    void thePlansExportInDutchWordsOneRowPerProvince() {
        CsvFile csv = CsvFile.fetch(given(), "/api/v1/provincial-plans/export", "provinciale-plannen");
        List<Map<String, Object>> plans = given().when()
                .get("/api/v1/provincial-plans")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(csv.header).startsWith("Provincie", "Provinciecode", "Stand");
        assertThat(csv.rows)
                .extracting(r -> r.get("Provinciecode"))
                .containsExactlyElementsOf(
                        plans.stream().map(p -> (String) p.get("provinceCode")).toList());
        Map<String, String> words = Map.of(
                "unknown", "Onbekend", "requested", "Gevraagd", "in_progress", "In de maak", "delivered", "Opgeleverd");
        assertThat(csv.rows)
                .extracting(r -> r.get("Stand"))
                .containsExactlyElementsOf(plans.stream()
                        .map(p -> words.get((String) p.get("status")))
                        .toList());
        assertThat(csv.rows).extracting(r -> r.get("Provincie")).contains("Fryslân", "Gelderland");
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
