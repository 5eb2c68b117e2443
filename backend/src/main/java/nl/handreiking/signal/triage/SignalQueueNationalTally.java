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
 * {@link SignalQueueTally} without the region: a few hundred rows instead of a hundred thousand, for the queue
 * of whoever sees every region and filters on none (migration V116, kept by the same trigger).
 */
@Entity
@Table(name = "signal_queue_national_tally")
@IdClass(SignalQueueNationalTally.Key.class)
class SignalQueueNationalTally extends PanacheEntityBase {

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

        public String ownerCode;
        public String theme;
        public String type;
        public String status;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.ownerCode, ownerCode)
                    && Objects.equals(key.theme, theme)
                    && Objects.equals(key.type, type)
                    && Objects.equals(key.status, status);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerCode, theme, type, status);
        }
    }
}
