package nl.handreiking.agenda;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A dated step of an agenda item, done or not. */
@Entity
@Table(name = "agenda_milestone")
@IdClass(AgendaMilestone.Key.class)
public class AgendaMilestone extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem item;

    @Id
    public int position;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public String title;
    public boolean done;

    /** The composite key: item and position. */
    public static class Key implements Serializable {

        public UUID item;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.item, item) && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, position);
        }
    }
}
