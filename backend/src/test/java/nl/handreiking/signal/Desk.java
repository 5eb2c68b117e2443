package nl.handreiking.signal;

import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.handreiking.common.SignIn;

/**
 * The people around a signal in tests: Utrecht submits, the support team handles, Amsterdam and
 * Gelderland are other regions. Each test makes its own desk (tokens) and its own signals.
 */
final class Desk {

    final String utrecht = SignIn.as("municipality");
    final String support = SignIn.as("support");
    final String amsterdam = SignIn.withPassword("gemeente.amsterdam@handreiking.test", SignIn.PASSWORD);
    final String gelderland = SignIn.as("province");

    /** An agenda item of the starting content (migration V6), which a forwarded signal feeds. */
    static final String AGENDA_ITEM = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04";

    /** The route from submitted to each status, as support-team moves with their texts. */
    static final Map<String, List<String>> ROUTE = Map.of(
            "submitted", List.of(),
            "in_progress", List.of("in_progress"),
            "answered", List.of("answered"),
            "forwarded", List.of("in_progress", "forwarded"),
            "rejected", List.of("rejected"),
            "closed", List.of("answered", "closed"));

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static RequestSpecification invalidAs(String token) {
        return givenInvalid().header("Authorization", "Bearer " + token);
    }

    static Map<String, Object> body(String theme, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "signal");
        body.put("theme", theme);
        body.put("title", title);
        body.put("description", "Beschrijving van " + title);
        return body;
    }

    static String unique() {
        return "Proefsignaal " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new signal of Utrecht; returns its id. */
    String submit() {
        return submit(utrecht, "ind-processing-times");
    }

    String submit(String token, String theme) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(body(theme, unique()))
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new signal of Utrecht, brought to this status by the support team. */
    String submittedAndMovedTo(String status) {
        String id = submit();
        ROUTE.get(status)
                .forEach(step ->
                        move(support, id, step, "Tekst bij " + step).then().statusCode(200));
        return id;
    }

    static Response move(String token, String id, String status, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("text", text);
        if (status.equals("forwarded")) {
            body.put("agendaItemId", AGENDA_ITEM);
        }
        return invalidAs(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals/" + id + "/transitions");
    }

    String statusOf(String id) {
        return as(support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }
}
