package nl.handreiking.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.handreiking.identity.SecretBox;
import nl.handreiking.identity.ServiceSecret;

/**
 * A subscription's signing secret as the database keeps it: sealed ({@link SecretBox}, the subscription's id as
 * associated data), because we must sign with it and so cannot keep a hash. A dump of the database alone lets no
 * one sign as us. A secret stored before sealing (it still starts with {@code whsec_}) is sealed at start-up.
 */
@ApplicationScoped
class WebhookSecrets {

    static final String SEALED = "sealed:";

    private final ServiceSecret secret;
    private volatile SecretBox box;

    WebhookSecrets(ServiceSecret secret) {
        this.secret = secret;
    }

    String seal(UUID subscription, String plain) {
        return SEALED
                + Base64.getEncoder()
                        .encodeToString(box().seal(subscription.toString(), plain.getBytes(StandardCharsets.UTF_8)));
    }

    String open(UUID subscription, String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        return new String(box().open(subscription.toString(), sealed), StandardCharsets.UTF_8);
    }

    /** Seals what was stored before secrets were sealed; a second instance doing the same finds nothing left. */
    void sealOldSecrets(@Observes StartupEvent start) {
        int sealed = QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookSubscription> plain = WebhookSubscription.list("secret not like ?1", SEALED + "%");
            plain.forEach(subscription -> subscription.secret = seal(subscription.id, subscription.secret));
            return plain.size();
        });
        if (sealed > 0) {
            Log.infof("Sealed the signing secrets of %d webhook subscriptions", sealed);
        }
    }

    private SecretBox box() {
        if (box == null) {
            box = secret.box("webhook-secret");
        }
        return box;
    }
}
