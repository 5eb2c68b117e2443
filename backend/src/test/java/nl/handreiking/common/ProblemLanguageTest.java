package nl.handreiking.common;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problem texts follow Accept-Language: Dutch by default, English on request, with Content-Language saying which. */
@QuarkusTest
class ProblemLanguageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                 | nl | Ongeldige invoer | moet een geheel getal van 1 tot en met 100 zijn",
                "en                 | en | Invalid input    | must be a whole number from 1 to 100",
                "en-GB,en;q=0.9     | en | Invalid input    | must be a whole number from 1 to 100",
                "fr, en;q=0.5       | en | Invalid input    | must be a whole number from 1 to 100",
                "de                 | nl | Ongeldige invoer | moet een geheel getal van 1 tot en met 100 zijn",
                "en-US              | en | Invalid input    | must be a whole number from 1 to 100",
                "nl-NL, en;q=0.8    | nl | Ongeldige invoer | moet een geheel getal van 1 tot en met 100 zijn"
            })
    void aQueryProblemSpeaksTheAskedLanguage(String acceptLanguage, String language, String title, String reason) {
        var request = givenInvalid().queryParam("pageSize", 500);
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        assertProblem(request.when().get("/api/v1/regions").then(), 400)
                .header("Content-Language", language)
                .body("title", equalTo(title))
                .body("invalidParams[0].reason", equalTo(reason));
    }

    /** The SPA in Dutch asks for nl; the JVM's own locale (often English) must not win over it. */
    @ParameterizedTest
    @CsvSource({"nl", "nl-NL", "''"})
    void validationMessagesOfABodyAreInDutchWhenDutchIsAsked(String acceptLanguage) {
        var request = givenInvalid().header("Authorization", "Bearer " + SignIn.as("municipality"));
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        assertProblem(
                        request.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "type", "signal", "theme", "other", "title", "", "description", "Beschrijving"))
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .header("Content-Language", "nl")
                .body("invalidParams.reason", hasItem("is verplicht"))
                .body("detail", equalTo("De waarde van title is ongeldig: is verplicht."));
    }

    @Test
    void validationMessagesOfABodyAreInEnglishOnRequest() {
        assertProblem(
                        givenInvalid()
                                .header("Accept-Language", "en")
                                .header("Authorization", "Bearer " + SignIn.as("municipality"))
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "type", "signal", "theme", "other", "title", "", "description", "Beschrijving"))
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid input"))
                .body("invalidParams.reason", hasItem("is required"))
                .body("detail", equalTo("The value of title is invalid: is required."));
    }

    @Test
    void aServiceProblemAndAnHttpLayerProblemAreInEnglishOnRequest() {
        assertProblem(
                        givenInvalid()
                                .header("Accept-Language", "en")
                                .when()
                                .get("/api/v1/agenda-items/not-a-uuid")
                                .then(),
                        400)
                .header("Content-Language", "en")
                .body("invalidParams[0].reason", equalTo("is not a valid id (UUID)"));
        assertProblem(
                        givenInvalid()
                                .header("Accept-Language", "en")
                                .when()
                                .get("/api/v1/organisations/XYZ")
                                .then(),
                        404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no organisation with code XYZ."));
        assertProblem(
                        givenInvalid()
                                .header("Accept-Language", "en")
                                .when()
                                .get("/api/v1/nothing-here")
                                .then(),
                        404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no resource at this path."));
        var dutch = assertProblem(
                        givenInvalid()
                                .header("Origin", "https://developer.example")
                                .when()
                                .get("/api/v1/nothing-here")
                                .then(),
                        404)
                .header("Content-Language", "nl")
                .body("detail", equalTo("Er is geen resource op dit pad."));
        // a cache keeps answers apart by language, and by origin where CORS answers differ
        org.assertj.core.api.Assertions.assertThat(
                        String.join(",", dutch.extract().headers().getValues("Vary")))
                .contains("Accept-Language", "Origin");
    }

    @Test
    void anUnauthenticatedCallIsRefusedInEnglishOnRequest() {
        assertProblem(
                        givenInvalid()
                                .header("Accept-Language", "en")
                                .when()
                                .get("/api/v1/users")
                                .then(),
                        401)
                .header("Content-Language", "en")
                .body("title", equalTo("Not signed in"));
    }
}
