package nl.handreiking.apiclient;

import static nl.handreiking.common.Api.assertOAuthError;
import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OAuthTokenTest {

    @Test
    void aClientGetsATokenWithItsScopes() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write", "quotas:write"));
        String token = given().contentType(ContentType.URLENC)
                .body(SignIn.form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        client.get("clientId"),
                        "client_secret",
                        client.get("secret")))
                .when()
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("token_type", equalTo("Bearer"))
                .body("scope", equalTo("quotas:write signals:write"))
                .body("expires_in", greaterThan(800))
                .extract()
                .path("access_token");
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200)
                .body("kind", equalTo("client"))
                .body("scopes", equalTo(List.of("quotas:write", "signals:write")));
    }

    @Test
    void aClientMayAuthenticateWithHttpBasicAndNarrowItsScopes() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write", "quotas:write"));
        given().auth()
                .preemptive()
                .basic(client.get("clientId"), client.get("secret"))
                .contentType(ContentType.URLENC)
                .body(SignIn.form("grant_type", "client_credentials", "scope", "signals:write"))
                .when()
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .body("scope", equalTo("signals:write"));
    }

    @Test
    void aScopeTheClientWasNotGrantedIsRefused() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write"));
        assertOAuthError(
                        given().contentType(ContentType.URLENC)
                                .body(SignIn.form(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        client.get("clientId"),
                                        "client_secret",
                                        client.get("secret"),
                                        "scope",
                                        "quotas:write"))
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        400,
                        "invalid_scope")
                .body("error_description", containsString("quotas:write"));
    }

    @Test
    void aWrongSecretIsRefused() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write"));
        assertOAuthError(
                        given().contentType(ContentType.URLENC)
                                .body(SignIn.form(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        client.get("clientId"),
                                        "client_secret",
                                        "wrong"))
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        401,
                        "invalid_client")
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void anUnknownOrMissingGrantTypeIsABadRequest() {
        assertOAuthError(
                        given().contentType(ContentType.URLENC)
                                .body(SignIn.form("grant_type", "password"))
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        400,
                        "unsupported_grant_type")
                .body("error_description", containsString("grant_type"));
        assertOAuthError(
                        givenInvalid()
                                .contentType(ContentType.URLENC)
                                .body(SignIn.form("client_id", "x"))
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        400,
                        "invalid_request")
                .body("error_description", containsString("grant_type"));
    }

    @Test
    void aRevokedClientIsRefusedFromItsNextCallAndGetsNoNewToken() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write"));
        String token = SignIn.clientToken(client.get("clientId"), client.get("secret"));
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200); // used once, so the instance keeps it as verified (decision 0024)
        given().header("Authorization", "Bearer " + SignIn.as("admin"))
                .when()
                .delete("/api/v1/api-clients/" + client.get("id"))
                .then()
                .statusCode(204);
        assertProblem(
                        given().header("Authorization", "Bearer " + token)
                                .when()
                                .get("/api/v1/sessions/current")
                                .then(),
                        401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        assertOAuthError(
                        given().contentType(ContentType.URLENC)
                                .body(SignIn.form(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        client.get("clientId"),
                                        "client_secret",
                                        client.get("secret")))
                                .when()
                                .post("/api/v1/oauth/token")
                                .then(),
                        401,
                        "invalid_client")
                .header("WWW-Authenticate", startsWith("Basic"));
    }
}
