package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.handreiking.catalogue.Editor;
import nl.handreiking.common.SentStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The support team's triage: theme, priority and owner with If-Match, and links to tasks and measures. */
@QuarkusTest
class SignalTriageTest {

    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @Test
    void theTeamSetsThemePriorityAndOwnerAndTheTermFollowsTheTheme() {
        String id = desk.submit(); // ind-processing-times: 10 working days
        Response response =
                classify(id, "\"1\"", Map.of("theme", "public-support", "priority", "high", "owner", "VNG"));
        response.then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("theme", equalTo("public-support"))
                .body("priority", equalTo("high"))
                .body("owner.code", equalTo("VNG"))
                .body(
                        "dueOn",
                        equalTo(WorkingDays.after(LocalDate.now(ZoneId.of("Europe/Amsterdam")), 5)
                                .toString()));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .statusCode(200)
                .body("[1].action", equalTo("classified"))
                .body("[1].changes.field", hasItem("owner"))
                .body("[1].changes.to", hasItem("VNG"));
    }

    @Test
    void aClassificationNeedsTheCurrentETag() {
        String id = desk.submit();
        Map<String, String> body = Map.of("theme", "other", "priority", "low", "owner", "JENV");
        assertProblem(classify(id, null, body).then(), 428);
        Desk.move(desk.support, id, "in_progress", null).then().statusCode(200);
        assertProblem(classify(id, "\"1\"", body).then(), 412).header("ETag", "\"2\"");
    }

    @Test
    void anOwnerOutsideTheSupportTeamOrAnUnknownThemeIsRefusedAndChangesNothing() {
        String id = desk.submit();
        assertProblem(
                        classify(id, "\"1\"", Map.of("theme", "other", "priority", "low", "owner", "LRT"))
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("owner"));
        assertProblem(
                        classify(id, "\"1\"", Map.of("theme", "weather", "priority", "low", "owner", "JENV"))
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("theme"));
        Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .header("ETag", "\"1\"")
                .body("owner.code", equalTo("JENV"));
    }

    @Test
    void theTeamLinksTheMeasureThatAddressesASignal() {
        Editor editor = new Editor();
        String measure = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()))
                .path("id");
        String id = desk.submit();
        Desk.as(desk.support)
                .when()
                .put("/api/v1/signals/" + id + "/links/" + measure)
                .then()
                .statusCode(200)
                .body("links", hasSize(1))
                .body("links[0].id", equalTo(measure))
                .body("links[0].kind", equalTo("measure"));
        Desk.as(desk.support)
                .when()
                .put("/api/v1/signals/" + id + "/links/" + measure)
                .then()
                .statusCode(200)
                .body("links", hasSize(1));
        Desk.as(desk.support)
                .when()
                .delete("/api/v1/signals/" + id + "/links/" + measure)
                .then()
                .statusCode(200)
                .body("links", hasSize(0));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .body("action", hasItem("linked"))
                .body("action", hasItem("unlinked"));
    }

    @Test
    void onlyTasksAndMeasuresCanBeLinked() {
        Editor editor = new Editor();
        String funding = editor.create("funding", Editor.item("funding", Editor.uniqueWord()))
                .path("id");
        String id = desk.submit();
        assertProblem(
                        Desk.invalidAs(desk.support)
                                .when()
                                .put("/api/v1/signals/" + id + "/links/" + funding)
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("itemId"));
        assertProblem(
                Desk.invalidAs(desk.utrecht)
                        .when()
                        .put("/api/v1/signals/" + id + "/links/" + funding)
                        .then(),
                403);
    }

    @Test
    void overdueSignalsComeFirstInTheQueue() {
        String id = desk.submit();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> Signal.update(
                        "dueOn = ?1 where id = ?2", LocalDate.now().minusYears(3), java.util.UUID.fromString(id)));
        Desk.as(desk.support)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].overdue", equalTo(true));
        Desk.as(desk.support)
                .queryParam("overdue", "true")
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/signals")
                .then()
                .body("items.overdue", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .body("items.id", hasItem(id));
    }

    @Test
    void theQueueNamesEveryOwnerInTheStatementThatReadsThePage() {
        String vng = desk.submit();
        classify(vng, "\"1\"", Map.of("theme", "public-support", "priority", "high", "owner", "VNG"))
                .then()
                .statusCode(200);
        String other = desk.submit();
        SentStatements.clear();
        List<Map<String, String>> owners = Desk.as(desk.support)
                .queryParam("sort", "-submittedAt") // the two just submitted on the first page, however many others
                .queryParam("pageSize", 100)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(vng, other))
                .extract()
                .path("items.owner");
        // more than one owner on the page, so that one statement per owner would show
        assertThat(owners.stream().map(owner -> owner.get("code")).distinct())
                .contains("VNG")
                .hasSizeGreaterThan(1);
        assertThat(owners)
                .filteredOn(owner -> owner.get("code").equals("VNG"))
                .allSatisfy(owner -> assertThat(owner.get("name")).isEqualTo("Vereniging van Nederlandse Gemeenten"));
        // the names are joined into the page's own statement: none more for the owners, let alone one per owner
        assertThat(SentStatements.since())
                .filteredOn(sql -> sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b(from|join) organisation\\b.*"))
                .singleElement()
                .satisfies(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).contains("from signal"));
    }

    private static Response classify(String id, String ifMatch, Map<String, String> body) {
        var request = Desk.invalidAs(desk.support).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/signals/" + id + "/classification");
    }
}
