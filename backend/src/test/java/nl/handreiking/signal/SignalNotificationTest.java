package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.handreiking.common.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail: the owning team hears of a new signal, the submitter of each status change, nobody of internal notes. */
@QuarkusTest
class SignalNotificationTest {

    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @Test
    void theOwningTeamHearsOfANewSignalAndTheSubmitterOfEachStatusChange() throws InterruptedException {
        String id = desk.submit(); // IND processing times: owned by JenV, whose demo team has an account
        String reference = Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .extract()
                .path("reference");
        assertThat(awaitMail("team@jenv.handreiking.test", "Nieuw: " + reference))
                .contains(reference, "Thema: Doorlooptijden IND", "/signalen/" + id);

        String secret = "Notitie " + Desk.unique();
        Desk.as(desk.support)
                .contentType(ContentType.JSON)
                .body(Map.of("text", secret))
                .when()
                .post("/api/v1/signals/" + id + "/notes")
                .then()
                .statusCode(201);
        Desk.move(desk.support, id, "answered", "Het openbare antwoord op " + reference)
                .then()
                .statusCode(200);
        String answered = awaitMail("gemeente.utrecht@handreiking.test", reference + ": beantwoord");
        assertThat(answered)
                .contains("Het openbare antwoord op " + reference, "/signalen/" + id, "heropenen")
                .doesNotContain(secret);
        assertThat(mails()).noneMatch(mail -> mail.contains(secret));
    }

    @Test
    void theOwningTeamHearsWhenTheSubmitterReopensASignal() throws InterruptedException {
        String id = desk.submittedAndMovedTo("answered");
        String reference = Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .extract()
                .path("reference");
        String why = "Het antwoord helpt niet voor " + reference;
        Desk.move(desk.utrecht, id, "in_progress", why).then().statusCode(200);
        assertThat(awaitMail("team@jenv.handreiking.test", "Heropend: " + reference))
                .contains(reference, why, "/signalen/" + id);
    }

    /** The first mail to {@code recipient} whose subject starts with {@code subject}, waiting up to 15 seconds for the outbox. */
    static String awaitMail(String recipient, String subject) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var found = mails().stream()
                    .filter(mail -> mail.contains("To: " + recipient + "\r\n") && mail.contains("Subject: " + subject))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "No mail to " + recipient + " with subject " + subject + " in " + TestEnvironment.MAIL_FOLDER);
    }

    static List<String> mails() {
        if (!Files.isDirectory(TestEnvironment.MAIL_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(TestEnvironment.MAIL_FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".eml"))
                    .map(SignalNotificationTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // being written: read again on the next round
        }
    }
}
