package nl.handreiking.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a catalogue item: who changed what, and when. */
@Entity
@Table(name = "catalogue_version")
@IdClass(CatalogueVersion.Key.class)
public class CatalogueVersion extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;
    @Id
    public int version;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "actor_type")
    public String actorType;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_name")
    public String actorName;
    public String action;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Change> changes;

    /**
     * A field that changed, with its value before and after (as text); for a link, {@code linked} is the
     * other item, so that its title is shown only to those who may see that item.
     */
    public record Change(String field, String from, String to, UUID linked) {
    }

    /** The composite key: item and version number. */
    public static class Key implements Serializable {

        public UUID itemId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && java.util.Objects.equals(key.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(itemId, version);
        }
    }
}
