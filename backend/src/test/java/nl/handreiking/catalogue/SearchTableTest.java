package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The finder reads a narrow copy of the catalogue (V122): after every kind of change, made through the API or
 * in SQL, the copy must equal what the catalogue says, and the finder must find the item as it is now.
 */
@QuarkusTest
class SearchTableTest {

    /** The rows where the copy differs from the catalogue: missing, left over, or with other values. */
    private static final String DIFFERENCES = """
            SELECT count(*) FROM catalogue_item i FULL JOIN catalogue_search s ON s.id = i.id
            WHERE s.id IS NULL OR i.id IS NULL
               OR (i.kind, i.status, i.updated_at, i.period_start, i.period_end, i.valid_from, i.valid_to, i.opens_on,
                   i.closes_on, i.open_ended, i.window_ended, i.title,
                   catalogue_facet_keys(i.domains, i.audiences, i.organisation_codes, i.status), i.search)
                  IS DISTINCT FROM
                  (s.kind, s.status, s.updated_at, s.period_start, s.period_end, s.valid_from, s.valid_to, s.opens_on,
                   s.closes_on, s.open_ended, s.window_ended, s.title, s.facet_keys, s.search)
            """;

    private Editor editor;

    @BeforeEach
    void signInAsEditor() {
        editor = new Editor();
    }

    @Test
    void aChangedItemIsFoundByItsNewWordsAndFiltersOnly() {
        String before = Editor.uniqueWord();
        String after = Editor.uniqueWord();
        Response published = editor.publish("measures", Editor.item("measures", before));
        String id = published.path("id");
        Map<String, Object> changed = Editor.item("measures", after);
        changed.put("domains", List.of("integration"));
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", published.header("ETag"))
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put("/api/v1/measures/" + id)
                .then()
                .statusCode(200);

        assertThat(found("measures", before, "integration")).isZero();
        assertThat(found("measures", after, "housing")).isZero();
        assertThat(found("measures", after, "integration")).isEqualTo(1);
        assertThat(differences()).isZero();
    }

    @Test
    void anArchivedItemLeavesThePublicSearch() {
        String word = Editor.uniqueWord();
        Response published = editor.publish("funding", Editor.item("funding", word));
        assertThat(found("funding", word, "housing")).isEqualTo(1);

        editor.status("funding", published.path("id"), published.header("ETag"), "archived");

        assertThat(found("funding", word, "housing")).isZero();
        assertThat(differences()).isZero();
    }

    @Test
    void anItemWrittenInSqlIsCopiedInTheSameTransaction() {
        String word = Editor.uniqueWord();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = CatalogueItem.getEntityManager();
            em.createNativeQuery("INSERT INTO catalogue_item (id, kind, slug, title, summary, domains, audiences,"
                            + " organisation_codes, status, version, created_at, updated_at) VALUES"
                            + " (gen_random_uuid(), 'task', :slug, :title, 'Met de hand', '{reception}', '{coa}',"
                            + " '{COA}', 'published', 1, now(), now())")
                    .setParameter("slug", "met-de-hand-" + word)
                    .setParameter("title", "Met de hand " + word)
                    .executeUpdate();
            assertThat(differences()).as("in the writing transaction").isZero();
        });
        assertThat(found("tasks", word, "reception")).isEqualTo(1);

        String renamed = Editor.uniqueWord();
        QuarkusTransaction.requiringNew()
                .run(() -> CatalogueItem.getEntityManager()
                        .createNativeQuery("UPDATE catalogue_item SET title = :title WHERE slug = :slug")
                        .setParameter("title", "Met de hand " + renamed)
                        .setParameter("slug", "met-de-hand-" + word)
                        .executeUpdate());
        assertThat(found("tasks", word, "reception")).isZero();
        assertThat(found("tasks", renamed, "reception")).isEqualTo(1);
        assertThat(differences()).isZero();
    }

    private static int found(String collection, String word, String domain) {
        return given().queryParam("q", word)
                .queryParam("domain", domain)
                .get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    private static long differences() {
        return QuarkusTransaction.joiningExisting()
                .call(() -> ((Number) CatalogueItem.getEntityManager()
                                .createNativeQuery(DIFFERENCES)
                                .getSingleResult())
                        .longValue());
    }
}
