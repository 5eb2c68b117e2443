package nl.handreiking.common;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Absolute links come from handreiking.public-url (https://handreiking.example.nl in tests), never from the request's Host. */
@QuarkusTest
class PublicUrlTest {

    private static final String PUBLIC = "https://handreiking.example.nl";

    @Test
    void locationIsBuiltFromTheConfiguredPublicUrlNotFromTheHostHeader() {
        given().header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("email", SignIn.DEMO_EMAIL.get("province"), "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .header("Location", equalTo(PUBLIC + "/api/v1/sessions/current"));
    }

    @Test
    void forwardedHostHeadersDoNotChangeTheLocationEither() {
        given().header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=http")
                .contentType(ContentType.JSON)
                .body(Map.of("email", SignIn.DEMO_EMAIL.get("province"), "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .header("Location", equalTo(PUBLIC + "/api/v1/sessions/current"));
    }

    @Test
    void calendarLinksAreBuiltFromTheConfiguredPublicUrl() {
        String ics = given().header("Host", "evil.example")
                .when()
                .get("/api/v1/funding/calendar")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Item titles are text another test may fill with any address; the links are the URL lines.
        assertThat(ics.lines().filter(line -> line.startsWith("URL:")).toList())
                .isNotEmpty()
                .allMatch(line -> line.startsWith("URL:" + PUBLIC + "/"));
    }
}
