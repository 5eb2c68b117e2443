package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A system keeps a copy of the catalogue by reading its changes in order, withdrawals included. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    AgroalDataSource dataSource;

    private Editor editor;

    @org.junit.jupiter.api.BeforeEach
    void signInAsEditor() {
        editor = new Editor();
    }

    @Test
    void aSystemLearnsOfPublicationChangeAndWithdrawalButNeverOfADraft() {
        String publicEnd = end(null);
        String editorEnd = end(editor.token());
        Response created = editor.create("measures", Editor.item("measures", Editor.uniqueWord()));
        String id = created.path("id");

        assertThat(actions(changesOf(id, publicEnd, null)))
                .as("a draft is not public")
                .isEmpty();
        List<Map<String, Object>> forEditors = changesOf(id, editorEnd, editor.token());
        assertThat(actions(forEditors)).containsExactly("created");
        assertThat(forEditors.get(0)).containsEntry("status", "draft");

        Response published = editor.status("measures", id, created.header("ETag"), "published");
        Map<String, Object> body = Editor.item("measures", Editor.uniqueWord());
        Response changed = given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", published.header("ETag"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/measures/" + id);
        changed.then().statusCode(200);
        editor.status("measures", id, changed.header("ETag"), "archived");

        List<Map<String, Object>> seen = changesOf(id, publicEnd, null);
        assertThat(actions(seen)).containsExactly("published", "changed", "archived");
        assertThat(seen.get(0)).containsEntry("status", "published");
        assertThat(seen.get(2))
                .as("the withdrawal is a tombstone: no address to fetch")
                .containsEntry("status", "archived")
                .containsEntry("href", null);
        assertThat(seen.get(0).get("href"))
                .as("no address for any change of an item that is no longer public")
                .isNull();
    }

    @Test
    void aChangeCommittedLaterIsNeverPassedByACursor() throws Exception {
        Response first = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()));
        String firstId = first.path("id");
        String start = end(null);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (var update = slow.prepareStatement(
                    "UPDATE catalogue_item SET summary = summary || ' (bijgewerkt)' WHERE id = ?::uuid")) {
                update.setString(1, firstId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            // a later change, committed while the first is still open
            Response second = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()));
            String secondId = second.path("id");

            List<Map<String, Object>> meanwhile = read(start, null);
            assertThat(meanwhile)
                    .as("nothing after the open transaction is listed yet, or its change would fall behind the cursor")
                    .noneMatch(change -> secondId.equals(change.get("itemId")));
            slow.commit();

            List<String> order = new ArrayList<>();
            for (Map<String, Object> change : read(start, null)) {
                if (firstId.equals(change.get("itemId")) || secondId.equals(change.get("itemId"))) {
                    order.add(change.get("itemId") + " " + change.get("action"));
                }
            }
            assertThat(order)
                    .as("the slow change first: it began first (the second item's draft is not public)")
                    .containsExactly(firstId + " changed", secondId + " published");
        }
    }

    @Test
    void aCursorThatIsNotOneOfOursOrAPageSizeOutOfBoundsIsABadRequest() {
        assertProblem(
                        givenInvalid()
                                .queryParam("after", "niet-van-ons")
                                .when()
                                .get("/api/v1/changes")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("after"));
        assertProblem(
                        givenInvalid()
                                .queryParam("pageSize", "0")
                                .when()
                                .get("/api/v1/changes")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("pageSize"));
    }

    /** Reads from {@code after} to the end of the feed, page by page; returns every change. */
    private static List<Map<String, Object>> read(String after, String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given();
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            if (cursor != null) {
                request = request.queryParam("after", cursor);
            }
            JsonPath page = request.queryParam("pageSize", 200)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            all.addAll(items);
            cursor = page.getString("next");
            if (items.size() < 200) {
                return all;
            }
        }
    }

    /** The cursor at the end of the feed as this caller sees it now. */
    private static String end(String token) {
        List<Map<String, Object>> all = read(null, token);
        return all.isEmpty() ? null : (String) all.get(all.size() - 1).get("cursor");
    }

    private static List<Map<String, Object>> changesOf(String id, String after, String token) {
        return read(after, token).stream()
                .filter(change -> id.equals(change.get("itemId")))
                .toList();
    }

    private static List<Object> actions(List<Map<String, Object>> changes) {
        return changes.stream().map(change -> change.get("action")).toList();
    }
}
