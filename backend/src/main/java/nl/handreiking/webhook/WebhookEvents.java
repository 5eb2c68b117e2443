package nl.handreiking.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues an event for every subscription that wants it, inside the transaction of the change: the event and its
 * deliveries exist exactly when the change is committed ({@link WebhookSender} sends them afterwards). What the
 * caller hands in is what receivers see, so it passes only what the audience may see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookEvents {

    /**
     * A signal the client {@code clientId} submitted changed status; only that client's subscriptions hear of it.
     * The data names the signal and both statuses, nothing of its content.
     */
    public void signalStatusChanged(String clientId, UUID signalId, String reference, String from, String to) {
        emit(
                EventType.SIGNAL_STATUS_CHANGED,
                "signals/" + signalId,
                Map.of(
                        "signalId", signalId.toString(),
                        "reference", reference,
                        "previousStatus", from,
                        "status", to,
                        "href", "/api/v1/signals/" + signalId),
                Optional.of(clientId),
                OffsetDateTime.now());
    }

    /** Housing quota figures were imported for these half years; public figures, so every subscriber hears of it. */
    public void quotaImported(List<String> periods, int lines) {
        emit(
                EventType.QUOTA_IMPORTED,
                "housing-quotas/" + String.join(",", periods),
                Map.of("periods", periods, "lines", lines, "href", "/api/v1/housing-quotas"),
                Optional.empty(),
                OffsetDateTime.now());
    }

    /** Keeps the event and queues it for each subscription of the type (and of the audience, when it has one). */
    void emit(
            EventType type,
            String subject,
            Map<String, Object> data,
            Optional<String> audience,
            OffsetDateTime occurredAt) {
        OffsetDateTime now = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<UUID> subscribers = WebhookSubscription.getEntityManager()
                .createNativeQuery("SELECT id FROM webhook_subscription WHERE CAST(?1 AS text) = ANY(events)"
                        + " AND (CAST(?2 AS text) = '' OR client_id = ?2)")
                .setParameter(1, type.apiValue())
                .setParameter(2, audience.orElse(""))
                .getResultList();
        if (subscribers.isEmpty()) {
            return; // nobody listens: nothing to keep
        }
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.type = type.apiValue();
        event.subject = subject;
        event.audience = audience.orElse(null);
        event.data = data;
        event.occurredAt = occurredAt;
        event.persist();
        subscribers.forEach(id -> WebhookDelivery.queue(id, event.id, now));
    }
}
