package nl.handreiking.signal.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An internal note of the support team on a signal; never shown to the submitter. */
@Entity
@Table(name = "signal_note")
class SignalNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "signal_id")
    public UUID signalId;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    public String text;
}
