package nl.handreiking.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The digest of a refresh secret that its session has rotated away from: only its reuse ends the session. */
@Entity
@Table(name = "auth_session_rotated")
public class RotatedRefresh extends PanacheEntityBase {

    @Id
    @Column(name = "refresh_hash")
    public String refreshHash;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "rotated_at")
    public OffsetDateTime rotatedAt;

    static void keep(AuthSession session, OffsetDateTime now) {
        RotatedRefresh rotated = new RotatedRefresh();
        rotated.refreshHash = session.refreshHash;
        rotated.sessionId = session.id;
        rotated.rotatedAt = now;
        rotated.persist();
    }

    static boolean isRotatedFrom(AuthSession session, String digest) {
        return RotatedRefresh.<RotatedRefresh>findByIdOptional(digest)
                .filter(r -> r.sessionId.equals(session.id))
                .isPresent();
    }
}
