package nl.handreiking.agenda;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an agenda item: who changed which fields, and when. */
@Entity
@Table(name = "agenda_item_change")
public class AgendaChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agenda_item_id")
    public UUID itemId;
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

    /** A field with its value before and after, as text. */
    public record Change(String field, String from, String to) {
    }
}
