package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sees which signal: the own region and the support team; others get a 404, the public only figures. */
@QuarkusTest
class SignalVisibilityTest {

    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "utrecht, 200",
        "support, 200",
        "amsterdam, 404",
        "gelderland, 404",
        "client-without-region, 404",
        "editor, 403",
        "admin, 403",
        "anonymous, 401"
    })
    void aSignalOfUtrechtIsSeenByUtrechtAndTheSupportTeamOnly(String caller, int status) {
        String id = desk.submit();
        var request = givenInvalid();
        token(caller).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        for (String path : List.of("", "/history", "/transitions")) {
            var response = request.when().get("/api/v1/signals/" + id + path).then();
            if (status == 200) {
                response.statusCode(200);
            } else {
                assertProblem(response, status);
            }
        }
    }

    @Test
    void listsHoldOnlyTheSignalsACallerMaySee() {
        String marker = Desk.unique();
        String utrechts = submitTitled(desk.utrecht, "ind-processing-times", marker + " Utrecht");
        String amsterdams = submitTitled(desk.amsterdam, "housing-quota", marker + " Amsterdam");
        Desk.as(desk.utrecht)
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items.region.code", everyItem(equalTo("GM0344")));
        Desk.as(desk.utrecht)
                .queryParam("q", marker)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(utrechts))
                .body("items.id", not(hasItem(amsterdams)));
        Desk.as(desk.gelderland)
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items.region.code", everyItem(equalTo("PV25")));
        Desk.as(desk.support)
                .queryParam("q", marker)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(utrechts))
                .body("items.id", hasItem(amsterdams));
        String csv = Desk.as(desk.amsterdam)
                .when()
                .get("/api/v1/signals/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(csv).contains(amsterdams).doesNotContain(utrechts);
    }

    /** Other tests fill the same database, so a list is searched by a title only this test uses. */
    private static String submitTitled(String token, String theme, String title) {
        return Desk.as(token)
                .contentType(ContentType.JSON)
                .body(Desk.body(theme, title))
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void internalNotesNeverReachTheSubmitter() {
        String id = desk.submit();
        String secret = "Intern: " + Desk.unique();
        Desk.as(desk.support)
                .contentType(ContentType.JSON)
                .body(Map.of("text", secret))
                .when()
                .post("/api/v1/signals/" + id + "/notes")
                .then()
                .statusCode(201)
                .body("text", equalTo(secret));
        Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id + "/notes")
                .then()
                .statusCode(200)
                .body("text", hasItem(secret));
        assertProblem(
                Desk.invalidAs(desk.utrecht)
                        .when()
                        .get("/api/v1/signals/" + id + "/notes")
                        .then(),
                403);
        for (String path : List.of("", "/history", "/transitions")) {
            Desk.as(desk.utrecht)
                    .when()
                    .get("/api/v1/signals/" + id + path)
                    .then()
                    .statusCode(200)
                    .body(not(containsString(secret)));
        }
    }

    @Test
    void aSystemWithoutARegionSeesTheSignalsItSubmittedAndNamesTheirRegion() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write"));
        String token = SignIn.clientToken(client.get("clientId"), client.get("secret"));
        assertProblem(
                        Desk.invalidAs(token)
                                .contentType(ContentType.JSON)
                                .body(Desk.body("other", Desk.unique()))
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("regionCode"));
        Map<String, Object> body = Desk.body("other", Desk.unique());
        body.put("regionCode", "GM0363");
        String id = Desk.as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .body("region.code", equalTo("GM0363"))
                .body("submittedBy", equalTo("Testsysteem"))
                .extract()
                .path("id");
        Desk.as(token)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id));
        Desk.as(desk.amsterdam).when().get("/api/v1/signals/" + id).then().statusCode(200);
        assertProblem(
                Desk.invalidAs(desk.utrecht).when().get("/api/v1/signals/" + id).then(), 404);
    }

    @Test
    void aMunicipalitySubmitsOnlyForItself() {
        Map<String, Object> body = Desk.body("other", Desk.unique());
        body.put("regionCode", "GM0363");
        assertProblem(
                        Desk.invalidAs(desk.utrecht)
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("regionCode"));
    }

    @Test
    void thePublicSeesFiguresOnly() {
        given().when()
                .get("/api/v1/signals/statistics")
                .then()
                .statusCode(200)
                .body(not(containsString("Proefsignaal")));
        assertProblem(givenInvalid().when().get("/api/v1/signals").then(), 401);
    }

    private static java.util.Optional<String> token(String caller) {
        return switch (caller) {
            case "utrecht" -> java.util.Optional.of(desk.utrecht);
            case "support" -> java.util.Optional.of(desk.support);
            case "amsterdam" -> java.util.Optional.of(desk.amsterdam);
            case "gelderland" -> java.util.Optional.of(desk.gelderland);
            case "client-without-region" -> java.util.Optional.of(SignIn.asClient());
            case "editor", "admin" -> java.util.Optional.of(SignIn.as(caller));
            default -> java.util.Optional.empty();
        };
    }
}
