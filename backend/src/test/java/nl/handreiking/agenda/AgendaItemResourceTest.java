package nl.handreiking.agenda;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.CsvFile;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The implementation agenda: items with milestones and history, and the signals forwarded to them. */
@QuarkusTest
class AgendaItemResourceTest {

    @Test
    void theAgendaExportsInDutchWordsWithFormulasDisarmed() {
        String title = "=HYPERLINK(\"https://evil.example\") " + System.nanoTime();
        Map<String, Object> body = item(title, List.of(milestone("2021-04-01", "Eerste stap", true)));
        given().header("Authorization", "Bearer " + support)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/agenda-items")
                .then()
                .statusCode(201);
        CsvFile csv = CsvFile.fetch(
                given().queryParam("domain", "housing"), "/api/v1/agenda-items/export", "uitvoeringsagenda");
        List<String> titles = given().queryParam("domain", "housing")
                .when()
                .get("/api/v1/agenda-items")
                .then()
                .statusCode(200)
                .extract()
                .path("title");
        assertThat(csv.header).startsWith("Titel", "Beleidsterrein", "Eigenaar", "Status", "Mijlpalen");
        assertThat(csv.rows)
                .extracting(row -> row.get("Titel"))
                .containsExactlyElementsOf(
                        titles.stream().map(CsvFile::spreadsheetSafe).toList());
        var row = csv.rows.stream()
                .filter(r -> r.get("Titel").equals("'" + title))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("Beleidsterrein")).isEqualTo("Huisvesting vergunninghouders");
        assertThat(row.get("Status")).isEqualTo("Gepland");
        assertThat(row.get("Eigenaar")).startsWith("Ministerie van Binnenlandse Zaken");
        assertThat(row.get("Mijlpalen")).isEqualTo("2021-04-01 Eerste stap (afgerond)");
        assertThat(csv.rows).extracting(r -> r.get("Beleidsterrein")).containsOnly("Huisvesting vergunninghouders");
    }

    private static final String FIRST_IUA = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c01";
    private static String support;

    @BeforeEach
    void signIn() {
        if (support == null) {
            support = SignIn.as("support");
        }
    }

    @Test
    void theStartingAgendaHasTheFirstIuaDueOnTheFirstOfApril2021() {
        given().when()
                .get("/api/v1/agenda-items/" + FIRST_IUA)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("owner.code", equalTo("LRT"))
                .body("milestones.dueOn", hasItem("2021-04-01"));
        given().when()
                .get("/api/v1/agenda-items")
                .then()
                .statusCode(200)
                .body("title", hasItem("Integrale financiële paragraaf op huisvesting"));
    }

    @Test
    void theTeamAddsAnItemAndChangesItsMilestonesWithEveryVersionKept() {
        Map<String, Object> body =
                item("Proefactie " + System.nanoTime(), List.of(milestone("2021-06-01", "Eerste stap", false)));
        Response created = given().header("Authorization", "Bearer " + support)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/agenda-items");
        created.then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("milestones", hasSize(1))
                .body("financialEur", equalTo(2500000));
        String id = created.path("id");
        body.put(
                "milestones",
                List.of(milestone("2021-09-01", "Tweede stap", false), milestone("2021-06-01", "Eerste stap", true)));
        body.put("status", "in_progress");
        given().header("Authorization", "Bearer " + support)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/agenda-items/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("milestones.title", equalTo(List.of("Eerste stap", "Tweede stap")))
                .body("milestones[0].done", equalTo(true));
        body.put("milestones", List.of());
        given().header("Authorization", "Bearer " + support)
                .header("If-Match", "\"2\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/agenda-items/" + id)
                .then()
                .statusCode(200)
                .body("milestones", hasSize(0));
        given().when()
                .get("/api/v1/agenda-items/" + id + "/history")
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(3, 2, 1)))
                .body("[1].changes.field", hasItem("status"))
                .body("[1].changes.field", hasItem("milestones"));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        Map<String, Object> body = item("Proefactie", List.of(milestone("2021-06-01", "Stap", false)));
        body.put("owner", "XYZ");
        body.put("financialEur", -5);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + support)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/v1/agenda-items")
                        .then(),
                400);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + SignIn.as("municipality"))
                        .contentType(ContentType.JSON)
                        .body(item("Proefactie", List.of()))
                        .when()
                        .post("/api/v1/agenda-items")
                        .then(),
                403);
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + support)
                        .contentType(ContentType.JSON)
                        .body(item("Zonder etag", List.of()))
                        .when()
                        .put("/api/v1/agenda-items/" + FIRST_IUA)
                        .then(),
                428);
    }

    @Test
    void aForwardedSignalFeedsTheAgendaItemItNames() {
        String utrecht = SignIn.as("municipality");
        String signal = given().header("Authorization", "Bearer " + utrecht)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "type",
                        "signal",
                        "theme",
                        "other",
                        "title",
                        "Doorgestuurd " + System.nanoTime(),
                        "description",
                        "Beschrijving"))
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        move(signal, Map.of("status", "in_progress")).then().statusCode(200);
        assertProblem(move(signal, Map.of("status", "forwarded")).then(), 400)
                .body("invalidParams[0].name", equalTo("agendaItemId"));
        assertProblem(
                move(signal, Map.of("status", "forwarded", "agendaItemId", "00000000-0000-0000-0000-000000000000"))
                        .then(),
                400);
        move(signal, Map.of("status", "forwarded", "agendaItemId", FIRST_IUA))
                .then()
                .statusCode(200)
                .body("status", equalTo("forwarded"))
                .body("agendaItem.id", equalTo(FIRST_IUA));
        given().header("Authorization", "Bearer " + support)
                .when()
                .get("/api/v1/agenda-items/" + FIRST_IUA)
                .then()
                .body("signals.id", hasItem(signal));
        int count = given().when()
                .get("/api/v1/agenda-items/" + FIRST_IUA)
                .then()
                .body("signals", hasSize(0))
                .extract()
                .path("signalCount");
        org.assertj.core.api.Assertions.assertThat(count).isPositive();
    }

    private static Response move(String signal, Map<String, Object> body) {
        return givenInvalid()
                .header("Authorization", "Bearer " + support)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals/" + signal + "/transitions");
    }

    private static Map<String, Object> item(String title, List<Map<String, Object>> milestones) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Beschrijving van " + title);
        body.put("domain", "housing");
        body.put("owner", "BZK");
        body.put("status", "planned");
        body.put("milestones", milestones);
        body.put("financialEur", 2500000);
        body.put("financialNote", "Raming");
        return body;
    }

    private static Map<String, Object> milestone(String dueOn, String title, boolean done) {
        return Map.of("dueOn", dueOn, "title", title, "done", done);
    }
}
