package nl.handreiking.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.audit.Recorded;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a catalogue item: who changed what, and when; a link change names the other item. */
@Entity
@Table(name = "catalogue_version")
@IdClass(CatalogueVersion.Key.class)
public class CatalogueVersion extends Recorded {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    /** The composite key: item and version number. */
    public static class Key implements Serializable {

        public UUID itemId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, version);
        }
    }
}
