package nl.handreiking.catalogue.funding;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.handreiking.catalogue.Editor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A funding item is open only when its window says so; unknown is never open. */
@QuarkusTest
class FundingWindowTest {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    private static Editor editor;

    @BeforeEach
    void signIn() {
        if (editor == null) {
            editor = new Editor();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                // what, opensOn, closesOn, openEnded, windowEnded, status, returned by openOn today
                "no dates at all,          -,          -,          false, false, unknown,  false",
                "opened without a close,   2021-03-22, -,          false, false, unknown,  false",
                "a standing scheme,        2021-03-22, -,          true,  false, open,     true",
                "a past scheme,            2021-10-28, -,          false, true,  closed,   false",
                "closing date passed,      2021-05-27, 2021-06-11, false, false, closed,   false",
                "closing date ahead,       2021-05-27, 2099-06-11, false, false, open,     true",
                "opens later,              2099-01-01, 2099-06-11, false, false, upcoming, false"
            })
    void anItemIsOpenOnlyWhenItsWindowSaysSo(
            String what,
            String opensOn,
            String closesOn,
            boolean openEnded,
            boolean windowEnded,
            String status,
            boolean openToday) {
        String word = Editor.uniqueWord();
        Map<String, Object> body = Editor.item("funding", word);
        body.put("opensOn", opensOn);
        body.put("closesOn", closesOn);
        body.put("openEnded", openEnded);
        body.put("windowEnded", windowEnded);
        String id = editor.publish("funding", body)
                .then()
                .body("windowStatus", equalTo(status))
                .extract()
                .path("id");
        List<String> open = given().queryParam("q", word)
                .queryParam("openOn", TODAY)
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(open.contains(id)).as(what + " returned by openOn").isEqualTo(openToday);
    }

    @Test
    void aSchemeCannotBeOpenEndedAndEndedAtOnce() {
        Map<String, Object> body = Editor.item("funding", Editor.uniqueWord());
        body.put("openEnded", true);
        body.put("windowEnded", true);
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + editor.token())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/funding")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("windowEnded"));
    }

    @Test
    void nothingOfTheStartingContentWithoutAKnownWindowIsOpenToday() {
        List<Map<String, Object>> open = given().queryParam("openOn", TODAY)
                .queryParam("audience", "municipality")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(open)
                .allSatisfy(item -> assertThat(item.get("windowStatus"))
                        .as((String) item.get("title"))
                        .isEqualTo("open"));
        assertThat(open)
                .extracting(item -> (String) item.get("slug"))
                .doesNotContain(
                        "verhoogde-logeervergoeding-vergunninghouders-2021",
                        "bijdrage-13-gemeenten-woningen-vergunninghouders",
                        "spuk-huisvesting-aandachtsgroepen-tweede-tranche-2021",
                        "extra-geld-ondertussengroep-inburgering-2021");
        given().queryParam("q", "logeerregeling")
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.slug == 'verhoogde-logeervergoeding-vergunninghouders-2021' }.windowStatus",
                        equalTo("closed"));
        given().queryParam("q", "faciliteitenbesluit")
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == 'faciliteitenbesluit-opvangcentra' }.openEnded", equalTo(true));
    }

    @Test
    void startingContentShowsWhenItsContentChangedNotWhenTheDatabaseWasFilled() {
        List<String> changed = given().queryParam("pageSize", 100)
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.slug == 'financiele-impuls-huisvesting-grote-gezinnen-2021' }.updatedAt");
        assertThat(changed).singleElement().asString().startsWith("2021-");
    }
}
