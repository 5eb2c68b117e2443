package nl.handreiking.savedsearch;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.handreiking.catalogue.Editor;
import nl.handreiking.common.MailFolder;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A saved search's digest lists exactly what matched and changed, once, and stops when its link says so. */
@QuarkusTest
class SavedSearchDigestTest {

    private static final String UTRECHT = SignIn.DEMO_EMAIL.get("municipality");
    private static final Pattern ITEM = Pattern.compile("^- (.+)\\n  (\\w+), (.+)$", Pattern.MULTILINE);

    @Inject
    SavedSearchDigests digests;

    @Inject
    EntityManager em;

    private Editor editor;
    private String utrecht;

    @BeforeEach
    void signIn() {
        editor = new Editor();
        utrecht = SignIn.as("municipality");
    }

    @Test
    void digestContentEqualsARecountOfMatchingChanges() {
        String word = Editor.uniqueWord();
        Response before = editor.publish("funding", Editor.item("funding", word + " vooraf"));
        Response withdrawnLater = editor.publish("funding", Editor.item("funding", word + " later ingetrokken"));
        OffsetDateTime savedAt = OffsetDateTime.parse(
                SavedSearches.save(utrecht, SavedSearchResourceTest.search("Recount " + word, word))
                        .path("createdAt"));

        editor.publish("funding", Editor.item("funding", word + " nieuw"));
        Map<String, Object> elsewhere = Editor.item("funding", word + " opvang");
        elsewhere.put("domains", List.of("reception"));
        editor.publish("funding", elsewhere);
        editor.publish("measures", Editor.item("measures", word + " maatregel"));
        editor.create("funding", Editor.item("funding", word + " concept"));
        change(before, word + " vooraf gewijzigd");
        Response shortLived = editor.publish("funding", Editor.item("funding", word + " kort"));
        editor.status("funding", shortLived.path("id"), shortLived.header("ETag"), "archived");
        editor.status("funding", withdrawnLater.path("id"), withdrawnLater.header("ETag"), "archived");

        makeDue("Recount " + word);
        digests.sendDue();

        List<String> mails = mailsAbout("Recount " + word);
        assertThat(mails).hasSize(1);
        Map<String, String> listed = items(mails.get(0));
        Map<String, String> recount = recount(word, savedAt);
        assertThat(listed).isEqualTo(recount);
        assertThat(recount)
                .as("the recount is not empty by mistake")
                .containsEntry("Proefitem " + word + " nieuw", "financiering, nieuw gepubliceerd")
                .containsEntry("Proefitem " + word + " vooraf gewijzigd", "financiering, gewijzigd")
                .containsKey("Proefitem " + word + " later ingetrokken")
                .hasSize(4);
        assertThat(mails.get(0))
                .contains("/financiering/" + before.path("id"))
                .contains("/zoeken?kind=funding&q=" + word + "&domain=housing&organisation=BZK")
                .contains("/zoekopdrachten")
                .contains("/mail-afmelden/");
    }

    @Test
    void aWordThatCompoundsWidenListsTheCompoundsToo() {
        String word = Editor.madeUpWord();
        SavedSearches.save(utrecht, SavedSearchResourceTest.search("Samenstelling " + word, word));
        editor.publish("funding", Editor.item("funding", word));
        editor.publish("funding", Editor.item("funding", word + "regeling"));
        makeDue("Samenstelling " + word);
        digests.sendDue();

        List<String> mails = mailsAbout("Samenstelling " + word);
        assertThat(mails).hasSize(1);
        assertThat(items(mails.get(0)).keySet())
                .containsExactlyInAnyOrder("Proefitem " + word, "Proefitem " + word + "regeling");
    }

    @Test
    void aSearchWhoseDigestFailsWaitsAnHourWhileTheOthersGoAndLosesNothing() {
        String word = Editor.uniqueWord();
        SavedSearches.save(utrecht, SavedSearchResourceTest.search("Mislukt " + word, word));
        SavedSearches.save(utrecht, SavedSearchResourceTest.search("Gezond " + word, word));
        editor.publish("funding", Editor.item("funding", word));
        makeDue("Gezond " + word);
        makeDue("Mislukt " + word);
        sql("UPDATE saved_search SET next_digest_at = now() - interval '1 hour' WHERE name = 'Mislukt " + word + "'");

        // the database refuses the failing search's mail, as it would any write that breaks a rule
        sql("ALTER TABLE mail_message ADD CONSTRAINT refuse_" + word + " CHECK (subject NOT LIKE '%Mislukt " + word
                + "%') NOT VALID");
        try {
            digests.sendDue();
        } finally {
            sql("ALTER TABLE mail_message DROP CONSTRAINT refuse_" + word);
        }

        assertThat(mailsAbout("Gezond " + word))
                .as("the search after it still has its digest")
                .hasSize(1);
        assertThat(mailsAbout("Mislukt " + word)).isEmpty();
        assertThat(nextDigestAt("Mislukt " + word))
                .as("tried again in an hour, not at every run")
                .isBetween(
                        OffsetDateTime.now().plusMinutes(55),
                        OffsetDateTime.now().plusMinutes(65));

        makeDue("Mislukt " + word);
        digests.sendDue();
        List<String> mails = mailsAbout("Mislukt " + word);
        assertThat(mails).hasSize(1);
        assertThat(items(mails.get(0)).keySet())
                .as("the failed window is sent once it works")
                .containsExactly("Proefitem " + word);
    }

    @Test
    void noMailWhenNothingMatches() {
        String word = Editor.uniqueWord();
        String id = SavedSearches.save(utrecht, SavedSearchResourceTest.search("Niets " + word, word))
                .path("id");
        editor.publish("funding", Editor.item("funding", Editor.uniqueWord()));
        makeDue("Niets " + word);
        digests.sendDue();

        assertThat(mailsAbout("Niets " + word)).isEmpty();
        Response after = given().header("Authorization", "Bearer " + utrecht).get("/api/v1/saved-searches/" + id);
        assertThat(OffsetDateTime.parse(after.path("nextDigestAt")))
                .as("the next digest is a period on")
                .isAfter(OffsetDateTime.now().plusDays(6));
        assertThat(after.<String>path("lastDigestAt")).isNotNull();
    }

    @Test
    void neverTwiceForTheSamePeriodAlsoWithTwoInstancesAtOnce() {
        String word = Editor.uniqueWord();
        SavedSearches.save(utrecht, SavedSearchResourceTest.search("Eenmaal " + word, word));
        editor.publish("funding", Editor.item("funding", word));
        makeDue("Eenmaal " + word);
        List<CompletableFuture<Integer>> instances = List.of(
                CompletableFuture.supplyAsync(digests::sendDue), CompletableFuture.supplyAsync(digests::sendDue));
        instances.forEach(CompletableFuture::join);
        digests.sendDue();
        assertThat(mailsAbout("Eenmaal " + word)).hasSize(1);

        makeDue("Eenmaal " + word);
        digests.sendDue();
        assertThat(mailsAbout("Eenmaal " + word))
                .as("due again, but nothing changed since the last digest")
                .hasSize(1);
    }

    @Test
    void theLinkInTheMailStopsFurtherDigestsWithoutSigningInAndAForgedOneIsRefused() throws Exception {
        String word = Editor.uniqueWord();
        String id = SavedSearches.save(utrecht, SavedSearchResourceTest.search("Afmelden " + word, word))
                .path("id");
        editor.publish("funding", Editor.item("funding", word + " een"));
        makeDue("Afmelden " + word);
        digests.sendDue();
        List<String> mails = mailsAbout("Afmelden " + word);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/mail-afmelden/(\\S+)").matcher(mails.get(0));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(MailFolder.await(UTRECHT, "Zoekopdracht \"Afmelden " + word + "\""))
                .as("mail programs offer the same stop as a button (RFC 8058)")
                .contains("List-Unsubscribe: <http")
                .contains("/api/v1/unsubscriptions/" + token + ">\r\n")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");

        // a character inside the signature (the last one holds padding bits, which a decoder may ignore)
        int at = token.length() - 5;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertProblem(unsubscribe(givenInvalid(), forged).then(), 404);
        given().get("/api/v1/unsubscriptions/" + token)
                .then()
                .statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(true))
                .body("description", org.hamcrest.Matchers.containsString("Afmelden " + word));
        unsubscribe(given(), token).then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
        given().header("Authorization", "Bearer " + utrecht)
                .get("/api/v1/saved-searches/" + id)
                .then()
                .statusCode(200)
                .body("paused", org.hamcrest.Matchers.equalTo(true));

        editor.publish("funding", Editor.item("funding", word + " twee"));
        makeDue("Afmelden " + word);
        digests.sendDue();
        assertThat(mailsAbout("Afmelden " + word))
                .as("no digest after unsubscribing")
                .hasSize(1);
    }

    private static Response unsubscribe(io.restassured.specification.RequestSpecification request, String token) {
        return request.contentType(ContentType.URLENC)
                .body(SignIn.form("List-Unsubscribe", "One-Click"))
                .post("/api/v1/unsubscriptions/" + token);
    }

    private void change(Response item, String titleWord) {
        Map<String, Object> body = new HashMap<>(Editor.item("funding", titleWord));
        given().header("Authorization", "Bearer " + editor.token())
                .header("If-Match", item.header("ETag"))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/funding/" + item.path("id"))
                .then()
                .statusCode(200);
    }

    private void makeDue(String name) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE saved_search SET next_digest_at = now() - interval '1 minute' WHERE name = ?1")
                        .setParameter(1, name)
                        .executeUpdate());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private OffsetDateTime nextDigestAt(String name) {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime)
                em.createNativeQuery("SELECT next_digest_at FROM saved_search WHERE name = ?1", OffsetDateTime.class)
                        .setParameter(1, name)
                        .getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<String> mailsAbout(String name) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>)
                em.createNativeQuery("SELECT body FROM mail_message WHERE recipient = ?1 AND subject LIKE ?2")
                        .setParameter(1, UTRECHT)
                        .setParameter(2, "%\"" + name + "\"%")
                        .getResultList());
    }

    /** Title → "kind, what changed" as the mail lists them. */
    private static Map<String, String> items(String body) {
        Map<String, String> items = new HashMap<>();
        Matcher matcher = ITEM.matcher(body);
        while (matcher.find()) {
            items.put(matcher.group(1), matcher.group(2) + ", " + matcher.group(3));
        }
        return items;
    }

    /**
     * The same answer counted another way: by clock rather than by transaction, by the words of title and summary
     * rather than the search index, from the items' own rows.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> recount(String word, OffsetDateTime savedAt) {
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT i.title, i.status, bool_or(c.action = 'published'),
                                       bool_or(c.action = 'archived' AND c.was_public)
                                FROM catalogue_item i JOIN catalogue_change c ON c.item_id = i.id
                                WHERE i.kind = 'funding' AND 'housing' = ANY (i.domains) AND 'BZK' = ANY (i.organisation_codes)
                                  AND (i.title || ' ' || i.summary) LIKE ?1 AND c.occurred_at > ?2
                                  AND (c.status = 'published' OR c.was_public)
                                GROUP BY i.id, i.title, i.status
                                """)
                        .setParameter(1, "%" + word + "%")
                        .setParameter(2, savedAt)
                        .getResultList());
        Map<String, String> expected = new HashMap<>();
        for (Object[] row : rows) {
            String title = (String) row[0];
            if ("published".equals(row[1])) {
                expected.put(
                        title, "financiering, " + (Boolean.TRUE.equals(row[2]) ? "nieuw gepubliceerd" : "gewijzigd"));
            } else if ("archived".equals(row[1]) && Boolean.TRUE.equals(row[3])) {
                expected.put(title, "financiering, ingetrokken (niet meer in de Handreiking)");
            }
        }
        return expected;
    }
}
