package nl.handreiking.common;

import static nl.handreiking.common.Api.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Signs in as the demo accounts and other government systems, for tests that need a caller. */
public final class SignIn {

    public static final String PASSWORD = "demo-wachtwoord";
    public static final Map<String, String> DEMO_EMAIL = Map.of(
            "admin", "admin@handreiking.test",
            "editor", "redacteur@bzk.handreiking.test",
            "support", "team@coa.handreiking.test",
            "municipality", "gemeente.utrecht@handreiking.test",
            "province", "provincie.gelderland@handreiking.test");

    private SignIn() {}

    /** A fresh access token of the demo account with this role. */
    public static String as(String role) {
        return withPassword(DEMO_EMAIL.get(role), PASSWORD);
    }

    public static String withPassword(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("accessToken");
    }

    /** Creates an API client with these scopes (as the demo admin) and returns its id and secret. */
    public static Map<String, String> newClient(List<String> scopes) {
        Map<String, Object> created = given().header("Authorization", "Bearer " + as("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Testsysteem", "scopes", scopes))
                .when()
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
        return Map.of("id", (String) created.get("id"), "clientId", (String) created.get("clientId"), "secret", (String)
                created.get("clientSecret"));
    }

    /** A token of a new API client with every scope. */
    public static String asClient() {
        Map<String, String> client = newClient(List.of("catalogue:write", "signals:write", "quotas:write", "webhooks"));
        return clientToken(client.get("clientId"), client.get("secret"));
    }

    /** An application/x-www-form-urlencoded body from name, value pairs (sent as a body, so the contract check sees it). */
    public static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(namesAndValues[i])
                    .append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    public static String clientToken(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .body(form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when()
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
