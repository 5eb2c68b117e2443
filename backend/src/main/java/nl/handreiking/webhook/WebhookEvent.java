package nl.handreiking.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that happened, kept once for all its deliveries; its id is the CloudEvents id and the webhook-id. */
@Entity
@Table(name = "webhook_event")
class WebhookEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;
    public String subject;
    /** The only client whose subscriptions receive it, or null for every subscriber of the type. */
    public String audience;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
