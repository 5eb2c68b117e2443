package nl.handreiking.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one subscription: the outbox row, with its attempts so far. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends PanacheEntityBase {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public UUID eventId;

    public String state;
    public int attempts;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    @Column(name = "claimed_by")
    public String claimedBy;

    /** A new delivery of the event to the subscription, due now. */
    static WebhookDelivery queue(UUID subscriptionId, UUID eventId, OffsetDateTime now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.state = PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        delivery.persist();
        return delivery;
    }
}
