package nl.handreiking.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One direction of an (undirected) link between two catalogue items; each link is stored both ways. */
@Entity
@Table(name = "catalogue_link")
@IdClass(CatalogueLink.Key.class)
public class CatalogueLink extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Id
    @Column(name = "linked_id")
    public UUID linkedId;

    /** The composite key. */
    public static class Key implements Serializable {

        public UUID itemId;
        public UUID linkedId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.itemId, itemId)
                    && Objects.equals(key.linkedId, linkedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, linkedId);
        }
    }
}
