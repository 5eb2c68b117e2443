package nl.handreiking.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change in the audit log: who (a person, another system, or the application itself), when, what, to which item. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    public String summary;
    /** The field that changed and its API values before and after (see {@link AuditChange}); null for other changes. */
    @Column(name = "change_field")
    public String changeField;

    @Column(name = "change_from")
    public String changeFrom;

    @Column(name = "change_to")
    public String changeTo;
}
