package nl.handreiking.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.audit.Recorded;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an agenda item: who changed which fields, and when. */
@Entity
@Table(name = "agenda_item_change")
public class AgendaChange extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agenda_item_id")
    public UUID itemId;

    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;
}
