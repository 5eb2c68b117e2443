package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mail server that does not answer never blocks or loses a transition: the mail waits in the outbox. */
@QuarkusTest
@TestProfile(SignalMailFailureTest.UnreachableMailServer.class)
class SignalMailFailureTest {

    /** SMTP to a port where nothing listens. */
    public static class UnreachableMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "handreiking.mail.delivery",
                    "smtp",
                    "quarkus.mailer.host",
                    "127.0.0.1",
                    "quarkus.mailer.port",
                    "9",
                    "quarkus.mailer.start-tls",
                    "DISABLED");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void aTransitionSucceedsAndItsMailIsKeptForALaterAttempt() throws InterruptedException {
        Desk desk = new Desk();
        String id = desk.submit();
        String reference = Desk.move(desk.support, id, "answered", "Antwoord terwijl de mailserver plat ligt")
                .then()
                .statusCode(200)
                .body("status", equalTo("answered"))
                .extract()
                .path("reference");
        Object[] mail = null;
        for (int i = 0; i < 150 && mail == null; i++) {
            Thread.sleep(100);
            mail = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                            "SELECT attempts, sent_at, last_error FROM mail_message WHERE subject LIKE ?1 AND attempts > 0")
                    .setParameter(1, reference + ":%")
                    .getResultStream()
                    .findFirst()
                    .orElse(null));
        }
        assertThat(mail).as("the answer's mail, tried and failed").isNotNull();
        assertThat(mail[1]).as("not sent").isNull();
        assertThat((String) mail[2]).as("the failure is kept").isNotBlank();
        assertThat(desk.statusOf(id)).isEqualTo("answered");
    }
}
