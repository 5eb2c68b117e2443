package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import nl.handreiking.mail.Outbox;
import org.junit.jupiter.api.Test;

/** No text from a request ever becomes a header of an e-mail, whatever the input checks let through. */
@QuarkusTest
class MailHeaderInjectionTest {

    @Inject
    Outbox outbox;

    @Test
    void aSubjectWithLineBreaksStaysOneHeaderInTheOutbox() throws InterruptedException {
        String marker = Desk.unique();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.post(
                        "team@jenv.handreiking.test",
                        "Nieuw: " + marker + "\r\nBcc: attacker@example.com\nX-Injected: ja\rCc: ook@example.com",
                        "Tekst"));
        String mail = SignalNotificationTest.awaitMail("team@jenv.handreiking.test", "Nieuw: " + marker);
        assertHeadersSafe(mail);
    }

    @Test
    void aSignalTitleWithLineBreaksNeverAddsHeadersToTheTeamsMail() throws InterruptedException {
        Desk desk = new Desk();
        String marker = Desk.unique();
        var body = Desk.body("ind-processing-times", marker + "\r\nBcc: attacker@example.com\r\nX-Injected: ja");
        var response = Desk.invalidAs(desk.utrecht)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals");
        assertThat(response.statusCode())
                .as("refused as input, or accepted and made safe in the mail")
                .isIn(201, 400);
        if (response.statusCode() == 201) {
            assertHeadersSafe(SignalNotificationTest.awaitMail(
                    "team@jenv.handreiking.test", "Nieuw: " + response.path("reference") + " " + marker));
        }
    }

    private static void assertHeadersSafe(String mail) {
        String head = mail.substring(0, mail.indexOf("\r\n\r\n"));
        List<String> lines = Arrays.asList(head.split("\r\n", -1));
        assertThat(head)
                .as("no bare line breaks in the header block")
                .doesNotContain("\n\n")
                .doesNotContain("\r\r");
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain("\r")
                        .doesNotContain("\n")
                        .doesNotContain("\u2028"));
        assertThat(lines)
                .noneMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4))
                .noneMatch(line -> line.regionMatches(true, 0, "Cc:", 0, 3))
                .noneMatch(line -> line.regionMatches(true, 0, "X-Injected:", 0, 11));
        assertThat(lines).filteredOn(line -> line.startsWith("Subject:")).hasSize(1);
    }
}
