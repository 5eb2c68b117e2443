package nl.handreiking.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.mail.Outbox;

/**
 * Keeps the outcome of each attempt and decides what follows: done, another try after twice the last wait, or —
 * a day after the first attempt — given up, with the subscription paused and its contact mailed (in the same
 * transaction, through the outbox). Without a contact the pause says so, and the log too.
 */
@ApplicationScoped
class WebhookPauses {

    private final HandreikingConfig.Webhooks config;
    private final Outbox outbox;
    private final String publicUrl;

    WebhookPauses(HandreikingConfig config, Outbox outbox) {
        this.config = config.webhooks();
        this.outbox = outbox;
        this.publicUrl = config.publicUrlBase();
    }

    void record(UUID deliveryId, OffsetDateTime startedAt, int durationMs, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            delivery.attempts++;
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.deliveryId = deliveryId;
            attempt.attempt = delivery.attempts;
            attempt.startedAt = startedAt;
            attempt.durationMs = durationMs;
            attempt.statusCode = status;
            attempt.error = shortened(error);
            attempt.persist();
            delivery.claimedUntil = null;
            delivery.lastAttemptAt = startedAt;
            delivery.lastStatus = status;
            delivery.lastError = attempt.error;
            if (delivery.firstAttemptAt == null) {
                delivery.firstAttemptAt = startedAt;
            }
            if (error == null) {
                delivery.state = WebhookDelivery.DELIVERED;
                delivery.deliveredAt = OffsetDateTime.now();
                return;
            }
            OffsetDateTime next = OffsetDateTime.now().plus(wait(delivery.attempts));
            if (next.isAfter(delivery.firstAttemptAt.plus(config.retryFor()))) {
                delivery.state = WebhookDelivery.FAILED;
                Log.warnf("Webhook delivery %s given up after %d attempts: %s", deliveryId, delivery.attempts, error);
                pause(WebhookSubscription.findById(delivery.subscriptionId), delivery.attempts, error);
            } else {
                delivery.nextAttemptAt = next;
                Log.infof(
                        "Webhook delivery %s failed (attempt %d), again at %s: %s",
                        deliveryId, delivery.attempts, next, error);
            }
        });
    }

    /** Twice the last wait, from the first retry on, but never more than a quarter of the whole retry period. */
    private Duration wait(int attempts) {
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration cap = config.retryFor().dividedBy(4);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private void pause(WebhookSubscription subscription, int attempts, String error) {
        WebhookSubscription.getEntityManager().lock(subscription, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!subscription.status.equals(WebhookSubscription.ACTIVE)) {
            return; // paused already: one mail per pause
        }
        OffsetDateTime now = OffsetDateTime.now();
        subscription.status = WebhookSubscription.PAUSED;
        subscription.pausedAt = now;
        subscription.updatedAt = now;
        String reason = "Gepauzeerd: een aflevering mislukte " + attempts + " keer in " + hours() + " (laatste fout: "
                + shortened(error) + ").";
        if (subscription.contactEmail == null) {
            subscription.pauseReason = reason + " Er is geen contactadres, dus niemand is gemaild.";
            Log.warnf("Webhook %s paused; it has no contact address, so nobody was mailed", subscription.id);
            return;
        }
        subscription.pauseReason = reason + " " + subscription.contactEmail + " is gemaild.";
        outbox.post(
                subscription.contactEmail,
                "Webhook van de Handreiking gepauzeerd",
                "Uw webhook naar " + subscription.url + " is gepauzeerd: " + hours() + " lang lukte geen aflevering"
                        + " (laatste fout: " + shortened(error) + ").\n\n"
                        + "Nieuwe gebeurtenissen wachten tot u het abonnement hervat met\n"
                        + "POST " + publicUrl + "/api/v1/webhooks/" + subscription.id + "/resumptions\n"
                        + "Mislukte afleveringen staan in GET " + publicUrl + "/api/v1/webhooks/" + subscription.id
                        + "/deliveries en kunt u opnieuw laten afleveren.\n");
        Log.infof("Webhook %s paused; %s mailed", subscription.id, subscription.contactEmail);
    }

    private String hours() {
        Duration period = config.retryFor();
        return period.toHours() >= 1 ? period.toHours() + " uur" : period.toSeconds() + " seconden";
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
