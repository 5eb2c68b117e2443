package nl.handreiking.session;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SessionResourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admin@handreiking.test, admin, BZK, ",
        "redacteur@bzk.handreiking.test, editor, BZK, ",
        "team@coa.handreiking.test, support, COA, ",
        "team@jenv.handreiking.test, support, JENV, ",
        "gemeente.utrecht@handreiking.test, municipality, , GM0344",
        "gemeente.amsterdam@handreiking.test, municipality, , GM0363",
        "provincie.gelderland@handreiking.test, province, , PV25"
    })
    void everyDemoAccountSignsInWithItsRoleAndMembership(
            String email, String role, String organisation, String region) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions");
        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/sessions/current"))
                .body("tokenType", equalTo("Bearer"))
                .body("caller.role", equalTo(role))
                .body("caller.organisationCode", equalTo(organisation))
                .body("caller.regionCode", equalTo(region));
        assertThat(response.header("Set-Cookie"))
                .contains("handreiking_refresh=", "HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/sessions");
        given().header("Authorization", "Bearer " + response.path("accessToken"))
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200)
                .body("role", equalTo(role))
                .body("kind", equalTo("user"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String wrongPassword = assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("email", "team@jenv.handreiking.test", "password", "not-the-password"))
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        401)
                .extract()
                .path("detail");
        String unknownEmail = assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("email", "nobody@handreiking.test", "password", "not-the-password"))
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        401)
                .extract()
                .path("detail");
        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    @Test
    void rejectsMissingFieldsWithTheirNames() {
        assertProblem(
                        givenInvalid()
                                .contentType(ContentType.JSON)
                                .body("{\"email\":\"\"}")
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("email", "password"));
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(
                givenInvalid()
                        .contentType(ContentType.JSON)
                        .body("{\"email\": ")
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                400);
    }

    @Test
    void rejectsUnknownFields() {
        assertProblem(
                        givenInvalid()
                                .contentType(ContentType.JSON)
                                .body(Map.of("email", "a@b.nl", "password", "x", "role", "admin"))
                                .when()
                                .post("/api/v1/sessions")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("role"));
    }

    @Test
    void rejectsAnotherMediaType() {
        assertProblem(
                givenInvalid()
                        .contentType(ContentType.XML)
                        .body("<a/>")
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                415);
    }

    @Test
    void refreshRotatesTheTokenAndASecondUseEndsTheSession() {
        Response signIn = given().contentType(ContentType.JSON)
                .body(Map.of("email", "gemeente.amsterdam@handreiking.test", "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions");
        String first = signIn.cookie("handreiking_refresh");
        Response refreshed = given().cookie("handreiking_refresh", first).when().post("/api/v1/sessions/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue());
        String second = refreshed.cookie("handreiking_refresh");
        assertThat(second).isNotEqualTo(first);

        assertProblem(
                given().cookie("handreiking_refresh", first)
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);
        assertProblem(
                given().cookie("handreiking_refresh", second)
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);
        assertProblem(
                given().header("Authorization", "Bearer " + refreshed.path("accessToken"))
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }

    @Test
    void aRefreshWithTheSessionIdAndAnUnknownSecretIsRefusedAndLeavesTheSessionAlone() {
        Response signIn = given().contentType(ContentType.JSON)
                .body(Map.of("email", "gemeente.amsterdam@handreiking.test", "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions");
        String cookie = signIn.cookie("handreiking_refresh");
        String sessionId = cookie.substring(0, cookie.indexOf('.'));

        assertProblem(
                        given().cookie("handreiking_refresh", sessionId + ".guessed-by-someone-else")
                                .when()
                                .post("/api/v1/sessions/refresh")
                                .then(),
                        401)
                .body("detail", org.hamcrest.Matchers.not(containsString("twee keer")));
        assertProblem(
                given().cookie("handreiking_refresh", sessionId + ".")
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);

        given().header("Authorization", "Bearer " + signIn.path("accessToken"))
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200);
        given().cookie("handreiking_refresh", cookie)
                .when()
                .post("/api/v1/sessions/refresh")
                .then()
                .statusCode(200)
                .body("accessToken", notNullValue());
    }

    @Test
    void refreshWithoutOrWithAForgedCookieIsRefused() {
        assertProblem(given().when().post("/api/v1/sessions/refresh").then(), 401);
        assertProblem(
                given().cookie("handreiking_refresh", "not-a-token")
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);
        assertProblem(
                given().cookie("handreiking_refresh", java.util.UUID.randomUUID() + ".x")
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);
    }

    @Test
    void signingOutEndsTheAccessTokenAndTheRefreshToken() {
        Response signIn = given().contentType(ContentType.JSON)
                .body(Map.of("email", "provincie.gelderland@handreiking.test", "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions");
        String token = signIn.path("accessToken");
        Response signOut =
                given().header("Authorization", "Bearer " + token).when().delete("/api/v1/sessions/current");
        signOut.then().statusCode(204).header("API-Version", "1.0.0");
        assertThat(signOut.header("Set-Cookie")).contains("handreiking_refresh=;", "Max-Age=0");
        assertProblem(
                        given().header("Authorization", "Bearer " + token)
                                .when()
                                .get("/api/v1/sessions/current")
                                .then(),
                        401)
                .header("WWW-Authenticate", "Bearer");
        assertProblem(
                given().cookie("handreiking_refresh", signIn.cookie("handreiking_refresh"))
                        .when()
                        .post("/api/v1/sessions/refresh")
                        .then(),
                401);
    }

    @Test
    void anonymousCallersHaveNoCurrentSession() {
        assertProblem(givenInvalid().when().get("/api/v1/sessions/current").then(), 401);
    }

    @Test
    void anApiClientIsNotAPersonWithASession() {
        given().header("Authorization", "Bearer " + SignIn.asClient())
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200)
                .body("kind", equalTo("client"))
                .body("role", nullValue());
    }
}
