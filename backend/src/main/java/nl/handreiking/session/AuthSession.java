package nl.handreiking.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A signed-in session: its access tokens name it, and its single-use refresh token rotates on every refresh. */
@Entity
@Table(name = "auth_session")
public class AuthSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "refresh_hash")
    public String refreshHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "refreshed_at")
    public OffsetDateTime refreshedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    boolean isLive(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
