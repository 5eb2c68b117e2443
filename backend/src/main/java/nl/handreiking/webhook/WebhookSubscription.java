package nl.handreiking.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An API client's wish to be told about events at a URL, signed with a secret only it and we know. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends PanacheEntityBase {

    static final String ACTIVE = "active";
    static final String PAUSED = "paused";

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> events;

    public String secret;

    @Column(name = "contact_email")
    public String contactEmail;

    public String status;

    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;

    @Column(name = "pause_reason")
    public String pauseReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The client's own subscription; another client's is as absent as one that does not exist. */
    static Optional<WebhookSubscription> owned(UUID id, String clientId) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id).filter(s -> s.clientId.equals(clientId));
    }
}
