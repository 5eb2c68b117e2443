package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import nl.handreiking.catalogue.Editor;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/** A signal shows a linked task or measure only to callers who may see that item; others see nothing of it. */
@QuarkusTest
class SignalLinkVisibilityTest {

    @Test
    void aLinkedMeasureThatIsArchivedLaterLeavesNoTraceForThoseWhoCannotSeeIt() {
        Desk desk = new Desk();
        Editor editor = new Editor();
        String word = Editor.uniqueWord();
        Response published = editor.publish("measures", Editor.item("measures", word));
        String measure = published.path("id");
        String id = desk.submit();
        Desk.as(desk.support)
                .when()
                .put("/api/v1/signals/" + id + "/links/" + measure)
                .then()
                .statusCode(200)
                .body("links", hasSize(1));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .body("links[0].title", containsString(word));

        editor.status("measures", measure, published.header("ETag"), "archived");

        for (String caller : new String[] {desk.utrecht, desk.support}) {
            Desk.as(caller)
                    .when()
                    .get("/api/v1/signals/" + id)
                    .then()
                    .statusCode(200)
                    .body("links", hasSize(0))
                    .body(not(containsString(word)))
                    .body(not(containsString(measure)));
            Desk.as(caller)
                    .when()
                    .get("/api/v1/signals/" + id + "/history")
                    .then()
                    .statusCode(200)
                    .body(not(containsString(word)))
                    .body(not(containsString(measure)));
        }
    }

    @Test
    void aCallerWhoMayEditTheCatalogueSeesTheArchivedLinkOfItsOwnSignal() {
        Desk desk = new Desk();
        Editor editor = new Editor();
        String word = Editor.uniqueWord();
        Response published = editor.publish("tasks", Editor.item("tasks", word));
        String client = SignIn.asClient(); // catalogue:write and signals:write
        Map<String, Object> body = Desk.body("ind-processing-times", Desk.unique());
        body.put("regionCode", "GM0344");
        String id = Desk.as(client)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Desk.as(desk.support)
                .when()
                .put("/api/v1/signals/" + id + "/links/" + published.path("id"))
                .then()
                .statusCode(200);
        editor.status("tasks", published.path("id"), published.header("ETag"), "archived");

        Desk.as(client)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .body("links", hasSize(1))
                .body("links[0].status", equalTo("archived"))
                .body("links[0].title", containsString(word));
        Desk.as(client)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .statusCode(200)
                .body(containsString(word));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .body("links", hasSize(0))
                .body(not(containsString(word)));
    }

    @Test
    void theTeamCannotLinkADraftItCannotSee() {
        Desk desk = new Desk();
        String word = Editor.uniqueWord();
        String draft =
                new Editor().create("measures", Editor.item("measures", word)).path("id");
        String id = desk.submit();
        assertProblem(
                        Desk.invalidAs(desk.support)
                                .when()
                                .put("/api/v1/signals/" + id + "/links/" + draft)
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("itemId"))
                .body(not(containsString(word)));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .statusCode(200)
                .body(not(containsString(word)));
    }
}
