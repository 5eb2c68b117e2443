package nl.handreiking.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a subscription, with every attempt: the delivery log. */
@Schema(name = "WebhookDelivery", description = "Aflevering van één gebeurtenis aan een abonnement, met elke poging.")
public record DeliveryView(
        @Schema(description = "Id van de aflevering.", examples = "8d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")
        UUID id,

        @Schema(
                description = "Id van de gebeurtenis (CloudEvents id en webhook-id).",
                examples = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID eventId,

        @Schema(description = "Soort gebeurtenis.", examples = "catalogue.item.published")
        String eventType,

        @Schema(
                description = "Waarover (CloudEvents subject).",
                examples = "measures/5d2e9b7a-4c3f-3a61-8f1b-0e6c9a2d4b55")
        String subject,

        @Schema(
                description = "pending: wacht op (een volgende) poging; delivered: afgeleverd; failed: opgegeven.",
                type = SchemaType.STRING,
                enumeration = {"pending", "delivered", "failed"})
        String state,

        @Schema(description = "Gemaakt op.", examples = "2021-03-01T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(description = "Volgende poging.", nullable = true, examples = "2021-03-01T09:31:00Z")
        OffsetDateTime nextAttemptAt,

        @Schema(description = "Afgeleverd op.", nullable = true, examples = "2021-03-01T09:30:01Z")
        OffsetDateTime deliveredAt,

        @Schema(description = "De pogingen, de eerste eerst.")
        List<Attempt> attempts) {

    /** One try, as the log shows it. */
    @Schema(name = "WebhookAttempt", description = "Eén afleverpoging.")
    public record Attempt(
            @Schema(description = "Volgnummer.", examples = "1")
            int attempt,

            @Schema(description = "Begonnen op.", examples = "2021-03-01T09:30:00Z")
            OffsetDateTime startedAt,

            @Schema(description = "Duur in milliseconden.", examples = "120")
            int durationMs,

            @Schema(description = "HTTP-status van de ontvanger.", nullable = true, examples = "500")
            Integer statusCode,

            @Schema(description = "Wat er misging.", nullable = true, examples = "HTTP 500")
            String error) {}

    static DeliveryView from(WebhookDelivery delivery, WebhookEvent event, List<WebhookAttempt> attempts) {
        return new DeliveryView(
                delivery.id,
                event.id,
                event.type,
                event.subject,
                delivery.state,
                delivery.createdAt,
                delivery.state.equals(WebhookDelivery.PENDING) ? delivery.nextAttemptAt : null,
                delivery.deliveredAt,
                attempts.stream()
                        .map(a -> new Attempt(a.attempt, a.startedAt, a.durationMs, a.statusCode, a.error))
                        .toList());
    }
}
