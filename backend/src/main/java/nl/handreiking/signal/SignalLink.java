package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A task or measure that addresses a signal. */
@Entity
@Table(name = "signal_link")
@IdClass(SignalLink.Key.class)
class SignalLink extends PanacheEntityBase {

    @Id
    @Column(name = "signal_id")
    public UUID signalId;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    /** The composite key: signal and item. */
    public static class Key implements Serializable {

        public UUID signalId;
        public UUID itemId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.signalId, signalId)
                    && Objects.equals(key.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(signalId, itemId);
        }
    }
}
