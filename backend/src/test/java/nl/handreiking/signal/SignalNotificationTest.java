package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.MailFolder;
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

    static String awaitMail(String recipient, String subject) throws InterruptedException {
        return MailFolder.await(recipient, subject);
    }

    static List<String> mails() {
        return MailFolder.all();
    }
}
