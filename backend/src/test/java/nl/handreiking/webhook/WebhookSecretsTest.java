package nl.handreiking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signing secret of a subscription is in the database only sealed: a dump alone signs nothing. */
@QuarkusTest
class WebhookSecretsTest {

    @Inject
    WebhookSecrets secrets;

    @Inject
    EntityManager em;

    @Test
    void theDatabaseKeepsTheSecretSealedAndItOpensOnlyForItsOwnSubscription() {
        WebhookDeliveryTest.Client client = WebhookDeliveryTest.Client.with("webhooks");
        Map<String, String> hook = client.subscribe("http://localhost:9/hook", List.of("quota.imported"), null);
        UUID id = UUID.fromString(hook.get("id"));

        String stored = stored(id);
        assertThat(stored)
                .startsWith(WebhookSecrets.SEALED)
                .doesNotContain(hook.get("secret").substring(6));
        assertThat(secrets.open(id, stored)).isEqualTo(hook.get("secret"));
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), stored)).isInstanceOf(IllegalStateException.class);
        client.unsubscribe(hook.get("id"));
    }

    @Test
    void aSecretStoredBeforeSealingIsSealedAtStartAndStillSigns() {
        WebhookDeliveryTest.Client client = WebhookDeliveryTest.Client.with("webhooks");
        Map<String, String> hook = client.subscribe("http://localhost:9/old", List.of("quota.imported"), null);
        UUID id = UUID.fromString(hook.get("id"));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE webhook_subscription SET secret = ?2 WHERE id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, hook.get("secret"))
                        .executeUpdate());

        secrets.sealOldSecrets(null);

        assertThat(stored(id)).startsWith(WebhookSecrets.SEALED);
        assertThat(secrets.open(id, stored(id))).isEqualTo(hook.get("secret"));
        client.unsubscribe(hook.get("id"));
    }

    private String stored(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT secret FROM webhook_subscription WHERE id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
    }
}
