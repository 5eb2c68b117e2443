package nl.handreiking.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One try to deliver: when, how long, and what the receiver answered (or why there was no answer). */
@Entity
@Table(name = "webhook_attempt")
class WebhookAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int attempt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "duration_ms")
    public int durationMs;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;
}
