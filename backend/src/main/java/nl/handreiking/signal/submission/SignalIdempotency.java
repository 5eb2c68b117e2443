package nl.handreiking.signal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A submission made with an Idempotency-Key: which caller, which key, which body, which signal. */
@Entity
@Table(name = "signal_idempotency")
@IdClass(SignalIdempotency.Key.class)
class SignalIdempotency extends PanacheEntityBase {

    @Id
    @Column(name = "caller_id")
    public String callerId;

    @Id
    public String key;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "signal_id")
    public UUID signalId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The composite key: caller and key. */
    public static class Key implements Serializable {

        public String callerId;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(k.callerId, callerId) && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callerId, key);
        }
    }
}
