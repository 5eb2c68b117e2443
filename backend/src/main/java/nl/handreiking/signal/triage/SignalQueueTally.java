package nl.handreiking.signal.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * How many signals there are per region, owner, theme, type and status; the database keeps it in the same
 * transaction as every change of a signal (migration V42), so it always equals a recount. The fields carry
 * the names of {@code Signal}'s, so that the queue's filters apply to it unchanged.
 */
@Entity
@Table(name = "signal_queue_tally")
@IdClass(SignalQueueTally.Key.class)
class SignalQueueTally extends PanacheEntityBase {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    @Column(name = "owner_code")
    public String ownerCode;

    @Id
    public String theme;

    @Id
    public String type;

    @Id
    public String status;

    public long n;

    /** The composite key: every counted property. */
    public static class Key implements Serializable {

        public String regionCode;
        public String ownerCode;
        public String theme;
        public String type;
        public String status;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.regionCode, regionCode)
                    && Objects.equals(key.ownerCode, ownerCode)
                    && Objects.equals(key.theme, theme)
                    && Objects.equals(key.type, type)
                    && Objects.equals(key.status, status);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, ownerCode, theme, type, status);
        }
    }
}
