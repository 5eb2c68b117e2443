package nl.handreiking.user;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class UserResourceTest {

    private static final String PASSWORD = "zeven-zachte-zeilboten-zwaaien";

    private static Map<String, Object> newUser(String role, String organisation, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "user-" + UUID.randomUUID() + "@zwolle.example");
        body.put("displayName", "A. de Vries");
        body.put("role", role);
        body.put("organisationCode", organisation);
        body.put("regionCode", region);
        body.put("password", PASSWORD);
        return body;
    }

    private static String create(String admin, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("email", equalTo(body.get("email")))
                .body("active", equalTo(true))
                .body("demo", equalTo(false))
                .extract()
                .path("id");
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignInAndIsAudited() {
        String admin = SignIn.as("admin");
        Map<String, Object> body = newUser("municipality", null, "GM0193");
        String id = create(admin, body);
        String token = SignIn.withPassword((String) body.get("email"), PASSWORD);
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200)
                .body("regionCode", equalTo("GM0193"));
        given().header("Authorization", "Bearer " + admin)
                .queryParam("entityType", "user")
                .queryParam("entityId", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("created"))
                .body("items[0].actorType", equalTo("user"))
                .body("items[0].summary", equalTo("Account aangemaakt voor " + body.get("email") + " (GM0193)"))
                .body("items[0].change.field", equalTo("role"))
                .body("items[0].change.to", equalTo("municipality"))
                .body("items[0].actorName", equalTo("Beheerder Handreiking (demo)"));
    }

    @Test
    void aDuplicateEmailIsAConflictAndWritesNothing() {
        String admin = SignIn.as("admin");
        Map<String, Object> body = newUser("editor", "SZW", null);
        create(admin, body);
        int before = given().header("Authorization", "Bearer " + admin)
                .when()
                .get("/api/v1/users")
                .then()
                .extract()
                .path("totalItems");
        assertProblem(
                given().header("Authorization", "Bearer " + admin)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/v1/users")
                        .then(),
                409);
        given().header("Authorization", "Bearer " + admin)
                .when()
                .get("/api/v1/users")
                .then()
                .body("totalItems", equalTo(before));
    }

    @ParameterizedTest(name = "{0} with organisation {1} and region {2}: {3} is rejected")
    @CsvSource({
        "municipality, , PV25, regionCode",
        "municipality, BZK, GM0344, organisationCode",
        "province, , GM0344, regionCode",
        "support, IND, , organisationCode",
        "editor, NOPE, , organisationCode",
        "admin, BZK, GM0344, regionCode",
        "mayor, BZK, , role"
    })
    void membershipMustFitTheRole(String role, String organisation, String region, String rejected) {
        String admin = SignIn.as("admin");
        int before = given().header("Authorization", "Bearer " + admin)
                .when()
                .get("/api/v1/users")
                .then()
                .extract()
                .path("totalItems");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + admin)
                                .contentType(ContentType.JSON)
                                .body(newUser(role, organisation, region))
                                .when()
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem(rejected));
        given().header("Authorization", "Bearer " + admin)
                .when()
                .get("/api/v1/users")
                .then()
                .body("totalItems", equalTo(before));
    }

    @Test
    void aShortPasswordAndABadEmailAreRejected() {
        Map<String, Object> body = newUser("editor", "BZK", null);
        body.put("password", "kort");
        body.put("email", "geen-adres");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + SignIn.as("admin"))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("email"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "aaaaaaaaaaaa | twelve times the same letter",
                "password1234 | a common password",
                "Welkom123456 | a common Dutch password",
                "handreiking2025 | the name of the service",
                "1234567890123 | a sequence",
                "qwertyuiopasdf | a keyboard row",
                "zeven-zachte-zeilboten-zwaaien-zeven-zachte-zeilboten-zwaaien-zzz | 65 characters",
                "€₤¥₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿ | 25 characters that need 74 bytes, more than bcrypt reads",
                "zeven-zachte-zeilboten-zwaaien-op-de-grote-rivier-bij-de-stad-Zwolle-in-het-voorjaar-2025 | 89 "
                        + "characters, which bcrypt would cut at 72"
            })
    void aWeakOrTooLongPasswordIsRefusedNeverCut(String password, String what) {
        Map<String, Object> body = newUser("editor", "BZK", null);
        body.put("password", password);
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + SignIn.as("admin"))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("password"));
    }

    @Test
    void aPasswordMadeOfTheAccountsNameIsRefused() {
        Map<String, Object> body = newUser("editor", "BZK", null);
        body.put("displayName", "Wendelmoed Oosterkamphuis");
        body.put("password", "Oosterkamphuis.Wendelmoed");
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + SignIn.as("admin"))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("password"));
    }

    @Test
    void aLongPasswordCountsToItsLastCharacter() {
        String admin = SignIn.as("admin");
        Map<String, Object> body = newUser("editor", "BZK", null);
        String password = "zeven-zachte-zeilboten-zwaaien-op-de-rivier-bij-Zwolle-in-mei-25";
        body.put("password", password);
        create(admin, body);
        SignIn.withPassword((String) body.get("email"), password);
        assertProblem(
                givenInvalid()
                        .contentType(ContentType.JSON)
                        .body(Map.of("email", body.get("email"), "password", password.substring(0, 63) + "x"))
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                401);
        assertProblem(
                givenInvalid()
                        .contentType(ContentType.JSON)
                        .body(Map.of("email", body.get("email"), "password", password + "-en-nog-veel-meer-tekens"))
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                401);
    }

    @Test
    void aDeactivatedAccountIsRefusedFromItsNextCallAndCannotSignIn() {
        String admin = SignIn.as("admin");
        Map<String, Object> body = newUser("province", null, "PV21");
        String id = create(admin, body);
        String token = SignIn.withPassword((String) body.get("email"), PASSWORD);
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200); // used once, so the instance keeps it as verified (decision 0024)
        given().header("Authorization", "Bearer " + admin)
                .contentType("application/merge-patch+json")
                .body(Map.of("active", false))
                .when()
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("email", body.get("email"), "password", PASSWORD))
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                401);
    }

    @Test
    void aPasswordResetGivesATemporaryPasswordAndEndsOldSessions() {
        String admin = SignIn.as("admin");
        Map<String, Object> body = newUser("support", "VNG", null);
        String id = create(admin, body);
        String token = SignIn.withPassword((String) body.get("email"), PASSWORD);
        String temporary = given().header("Authorization", "Bearer " + admin)
                .when()
                .post("/api/v1/users/" + id + "/password-resets")
                .then()
                .statusCode(201)
                .body("temporaryPassword", notNullValue())
                .extract()
                .path("temporaryPassword");
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
        SignIn.withPassword((String) body.get("email"), temporary);
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        String admin = SignIn.as("admin");
        String id = given().header("Authorization", "Bearer " + admin)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .extract()
                .path("id");
        assertProblem(
                        given().header("Authorization", "Bearer " + admin)
                                .contentType(ContentType.JSON)
                                .body(Map.of("active", false))
                                .when()
                                .patch("/api/v1/users/" + id)
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("active"));
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        String admin = SignIn.as("admin");
        assertProblem(
                given().header("Authorization", "Bearer " + admin)
                        .when()
                        .get("/api/v1/users/" + UUID.randomUUID())
                        .then(),
                404);
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + admin)
                                .when()
                                .get("/api/v1/users/42")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("id"));
    }

    @Test
    void usersCanBeFilteredByRole() {
        given().header("Authorization", "Bearer " + SignIn.as("admin"))
                .queryParam("role", "province")
                .when()
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("items.role", org.hamcrest.Matchers.everyItem(equalTo("province")))
                .body("items.email", hasItem("provincie.gelderland@handreiking.test"));
    }

    @Test
    void anApiClientSecretIsShownOnlyOnce() {
        Map<String, String> client = SignIn.newClient(List.of("quotas:write"));
        given().header("Authorization", "Bearer " + SignIn.as("admin"))
                .when()
                .get("/api/v1/api-clients/" + client.get("id"))
                .then()
                .statusCode(200)
                .body("clientId", equalTo(client.get("clientId")))
                .body("clientSecret", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anApiClientWithAnUnknownScopeIsRejected() {
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + SignIn.as("admin"))
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", "X", "scopes", List.of("everything")))
                                .when()
                                .post("/api/v1/api-clients")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("scopes"));
    }
}
