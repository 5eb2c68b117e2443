package nl.handreiking.mail;

import static io.restassured.RestAssured.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.handreiking.common.MailFolder;
import org.junit.jupiter.api.Test;

/**
 * Mail someone subscribed to says how to stop it, in the header a mail program shows as a button (RFC 8058),
 * and may carry a file; the link's token names one subscription and cannot be made for another.
 */
@QuarkusTest
class SubscribedMailTest {

    @Inject
    Outbox outbox;

    @Inject
    UnsubscribeLinks links;

    @Test
    void aSubscribedMailCarriesItsOneClickUnsubscribeAndItsAttachmentByteForByte() throws Exception {
        String recipient = "subscribed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String stop = links.oneClickUrl("saved-search", UUID.randomUUID());
        byte[] calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.post(Letter.of(recipient, "Sluit over 3 dagen", "Zie de bijlage.\nGroet")
                        .withUnsubscribe(stop)
                        .withAttachment("../sluiting\r\nBcc: x@evil.test.ics", "text/calendar", calendar)));

        String mail = MailFolder.await(recipient, "Sluit over 3 dagen");

        assertThat(mail)
                .contains("List-Unsubscribe: <" + stop + ">\r\n")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
                .contains("Content-Type: multipart/mixed")
                .contains("Zie de bijlage.\r\nGroet")
                .doesNotContain("\nBcc:");
        Matcher part = Pattern.compile("Content-Disposition: attachment; filename=\"([^\"]+)\"\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--")
                .matcher(mail);
        assertThat(part.find()).as("an attachment part in\n" + mail).isTrue();
        assertThat(part.group(1)).matches("[A-Za-z0-9._-]+").endsWith(".ics");
        assertThat(Base64.getMimeDecoder().decode(part.group(2))).isEqualTo(calendar);
    }

    @Test
    void aTokenNamesItsPurposeAndIdAndAnyChangeToItIsRefused() {
        UUID id = UUID.randomUUID();
        String token = links.token("follow", id);

        assertThat(links.read(token)).contains(new UnsubscribeLinks.Target("follow", id));
        assertThat(links.read("saved-search" + token.substring("follow".length())))
                .isEmpty();
        assertThat(links.read(links.token("follow", UUID.randomUUID()).substring(0, token.lastIndexOf('~'))
                        + token.substring(token.lastIndexOf('~'))))
                .isEmpty();
        // a character inside the signature (the last one partly carries padding bits a decoder ignores)
        int inside = token.lastIndexOf('~') + 5;
        char flipped = token.charAt(inside) == 'A' ? 'B' : 'A';
        assertThat(links.read(token.substring(0, inside) + flipped + token.substring(inside + 1)))
                .isEmpty();
        assertThat(links.read("follow~~" + token.substring(token.lastIndexOf('~') + 1)))
                .isEmpty();
        assertThat(links.pageUrl("follow", id)).isEqualTo("https://handreiking.example.nl/mail-afmelden/" + token);
    }

    @Test
    void theLinkInTheMailOpensTheConfirmationPageOfTheSinglePageApp() {
        given().get("/mail-afmelden/{token}", links.token("saved-search", UUID.randomUUID()))
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void aForgedLinkOrOneForMailNobodySendsIsNotFoundAndStopsNothing() {
        String forged =
                links.token("saved-search", UUID.randomUUID()).replaceFirst("~[^~]+$", "~AAAAAAAAAAAAAAAAAAAAAA");
        for (String token : new String[] {forged, links.token("nobody-sends-this", UUID.randomUUID()), "x"}) {
            givenInvalid()
                    .get("/api/v1/unsubscriptions/{token}", token)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("afmeldlink is niet van ons"));
            givenInvalid()
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("List-Unsubscribe", "One-Click")
                    .post("/api/v1/unsubscriptions/{token}", token)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }
}
