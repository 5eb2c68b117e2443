package nl.handreiking.follow;

import static nl.handreiking.common.Api.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.handreiking.catalogue.Editor;

/** Funding items to follow, each with a unique word in its title and, far in the future, its own closing date. */
final class Funding {

    final String id;
    final String word;
    private final Map<String, Object> body;
    private final Editor editor;
    private String etag;

    private Funding(Editor editor, String word, Map<String, Object> body, Response published) {
        this.editor = editor;
        this.word = word;
        this.body = body;
        this.id = published.path("id");
        this.etag = published.header("ETag");
    }

    /** A published funding item that closes on a day of its own, years ahead, so no other test's alert falls on it. */
    static Funding closingOn(LocalDate closesOn) {
        return published(closesOn);
    }

    /** A published funding item whose closing date no source gives. */
    static Funding withoutClosingDate() {
        return published(null);
    }

    /** A draft funding item. */
    static Funding draft() {
        Editor editor = new Editor();
        String word = Editor.uniqueWord();
        Map<String, Object> body = Editor.item("funding", word);
        return new Funding(editor, word, body, editor.create("funding", body));
    }

    static LocalDate someDayFarAhead() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    private static Funding published(LocalDate closesOn) {
        Editor editor = new Editor();
        String word = Editor.uniqueWord();
        Map<String, Object> body = Editor.item("funding", word);
        body.put("opensOn", null);
        body.put("closesOn", closesOn == null ? null : closesOn.toString());
        return new Funding(editor, word, body, editor.publish("funding", body));
    }

    /** The editor moves the closing date. */
    void closesOn(LocalDate closesOn) {
        body.put("closesOn", closesOn.toString());
        etag = given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/funding/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The person follows this item and gets the follow's id. */
    String followedBy(String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("fundingId", id))
                .when()
                .post("/api/v1/follows")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
