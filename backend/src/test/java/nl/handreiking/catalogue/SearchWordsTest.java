package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Search finds Dutch compounds and offers a correction when nothing is found (issue 15 item 6, decision 0020). */
@QuarkusTest
class SearchWordsTest {

    @Inject
    SearchMatches matches;

    @Inject
    SearchText text;

    @Inject
    EntityManager em;

    /** Signs in on first use: the application is not yet running when the test instance is made. */
    private Editor editor;

    private Editor editor() {
        if (editor == null) {
            editor = new Editor();
        }
        return editor;
    }

    @Test
    void woningbouwFindsWoningbouwimpuls() {
        given().queryParam("q", "woningbouw")
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("woningbouwimpuls"));
    }

    @Test
    void woningbouwFindsATaskThatOnlyHasItInACompound() {
        String word = Editor.madeUpWord();
        String id = publish("tasks", "Woningbouwversnelling " + word, "Gemeenten versnellen de bouw.");
        given().queryParam("q", "woningbouw " + word)
                .when()
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void opvangFindsNoodopvangAtTheEndOfACompound() {
        String word = Editor.madeUpWord();
        String id = publish("measures", "Proefitem " + word, "De noodopvang is voor korte tijd.");
        given().queryParam("q", "opvang " + word)
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].snippet", org.hamcrest.Matchers.containsString("⟦noodopvang⟧"));
    }

    @Test
    void compoundsBesideTheWordItselfStillRaiseAnItem() {
        // both hold the word once; only the second also holds compounds, which the widened query ranks (the
        // first is ranked by the word alone, as cheaper and equal for an item without compounds)
        String word = Editor.madeUpWord();
        String wordOnly = publish("measures", "Aaa " + word, "Eenmaal genoemd.");
        String withCompounds =
                publish("measures", "Zzz " + word, word + "regeling, " + word + "plan en " + word + "loket.");
        given().queryParam("q", word)
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(withCompounds, wordOnly)));
    }

    @Test
    @Transactional
    void theRankEqualsTheWidenedQuerysRankForEveryFoundItem() {
        String compound = Editor.madeUpWord();
        publish("measures", "Nood" + compound, "Alleen de samenstelling; opvang en huisvesting daarnaast.");
        for (String typed :
                List.of("opvang", "huisvesting", "inburgering", "woningbouw", "opvang gemeente", compound)) {
            SearchText.Match match = text.match(typed);
            Map<String, Object> params = new HashMap<>(Map.of("query", match.widened()));
            if (match.widens()) {
                params.put("exact", match.exact());
                params.put("added", match.added());
            }
            String sql = "SELECT count(*), count(*) FILTER (WHERE " + SearchFilters.rank(Optional.of(match))
                    + " <> ts_rank_cd(i.search, " + SearchFilters.TEXT + ")) FROM catalogue_search i WHERE i.search @@ "
                    + SearchFilters.TEXT;
            Query query = em.createNativeQuery(sql);
            params.forEach((name, value) -> {
                if (sql.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            Object[] counts = (Object[]) query.getSingleResult();
            assertThat(((Number) counts[0]).longValue()).as(typed).isPositive();
            assertThat(((Number) counts[1]).longValue())
                    .as("items ranked otherwise for " + typed)
                    .isZero();
        }
    }

    @Test
    void theWordItselfRanksAboveCompoundsThatContainIt() {
        String word = Editor.madeUpWord();
        String compound = publish("measures", "Nood" + word + " en " + word + "regeling", "Alleen samenstellingen.");
        String exact = publish("measures", "Proefitem", "Hier staat het woord zelf: " + word + ".");
        given().queryParam("q", word)
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(exact, compound)));
    }

    @Test
    void aSavedSearchsClosingAlertsFindCompoundsToo() {
        String word = Editor.madeUpWord();
        String exact = editor().publish("funding", Editor.item("funding", word)).path("id");
        String compound = editor().publish("funding", Editor.item("funding", word + "regeling"))
                .path("id");
        SearchQuery saved = SearchParams.saved(word, null, null, null, null, null, null);
        Set<UUID> ids = Set.of(UUID.fromString(exact), UUID.fromString(compound));

        assertThat(matches.among(Kind.FUNDING, saved, ids)).isEqualTo(ids);
    }

    @Test
    void aTypoGetsTheWordThatFindsSomething() {
        String word = Editor.madeUpWord();
        publish("measures", "Proefitem " + word, "Een maatregel voor huisvesting.");
        given().queryParam("q", "huisvesting " + typo(word))
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("suggestion", equalTo("huisvesting " + word));
        given().queryParam("q", "huisvesting " + word)
                .when()
                .get("/api/v1/measures")
                .then()
                .body("totalItems", equalTo(1))
                .body("suggestion", nullValue());
    }

    @Test
    void aMissingLetterInTheStartingContentGetsTheRightWord() {
        given().queryParam("q", "logeeregeling")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("suggestion", equalTo("logeerregeling"));
    }

    @Test
    void neverSuggestsAWordThatFindsNothingForTheReader() {
        String draftOnly = Editor.madeUpWord();
        editor().create("measures", body("Concept " + draftOnly, "Nog niet gepubliceerd."));
        given().queryParam("q", typo(draftOnly))
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("suggestion", nullValue());
        String housing = Editor.madeUpWord();
        publish("measures", "Proefitem " + housing, "Alleen over huisvesting.");
        given().queryParam("q", typo(housing))
                .queryParam("domain", "integration")
                .when()
                .get("/api/v1/measures")
                .then()
                .body("totalItems", equalTo(0))
                .body("suggestion", nullValue());
    }

    /** Two letters in the middle swapped: two edits apart, most trigrams kept. */
    static String typo(String word) {
        char[] letters = word.toCharArray();
        int at = letters.length / 2;
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        assertThat(new String(letters)).isNotEqualTo(word);
        return new String(letters);
    }

    private String publish(String collection, String title, String text) {
        return editor().publish(collection, body(title, text)).path("id");
    }

    private static Map<String, Object> body(String title, String text) {
        Map<String, Object> body = Editor.item("measures", "");
        body.put("title", title);
        body.put("summary", "Samenvatting.");
        body.put("body", text);
        return body;
    }
}
