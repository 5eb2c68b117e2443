package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/** A published item shows a linked draft or archived item, even in its history, only to those who may see that item. */
@QuarkusTest
class CatalogueLinkVisibilityTest {

    @Test
    void linkingADraftToAPublishedItemLeavesNoTraceInWhatThePublicSees() {
        Editor editor = new Editor();
        Response task = editor.publish("tasks", Editor.item("tasks", Editor.uniqueWord()));
        String secret = Editor.uniqueWord();
        String draft = editor.create("funding", Editor.item("funding", secret)).path("id");
        String taskId = task.path("id");
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", task.header("ETag"))
                .when()
                .put("/api/v1/tasks/" + taskId + "/links/" + draft)
                .then()
                .statusCode(200);

        for (String token : new String[] {null, SignIn.as("municipality"), SignIn.as("support")}) {
            var request = token == null ? given() : given().header("Authorization", "Bearer " + token);
            request.when()
                    .get("/api/v1/tasks/" + taskId)
                    .then()
                    .statusCode(200)
                    .body("links", hasSize(0))
                    .body(not(containsString(secret)));
            (token == null ? given() : given().header("Authorization", "Bearer " + token))
                    .when()
                    .get("/api/v1/tasks/" + taskId + "/history")
                    .then()
                    .statusCode(200)
                    .body(not(containsString(secret)))
                    .body(not(containsString(draft)));
        }
        given().header("Authorization", "Bearer " + editor.token())
                .when()
                .get("/api/v1/tasks/" + taskId + "/history")
                .then()
                .statusCode(200)
                .body(containsString(secret));
    }
}
