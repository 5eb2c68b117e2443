package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A signal or question from a municipality, province or other system to the support team. */
@Entity
@Table(name = "signal")
public class Signal extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;
    public String type;
    public String theme;
    public String title;
    public String description;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "submitter_type")
    public String submitterType;

    @Column(name = "submitter_id")
    public String submitterId;

    @Column(name = "submitter_name")
    public String submitterName;

    @Column(name = "owner_code")
    public String ownerCode;

    public String status;
    public String priority;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public String answer;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "first_answered_at")
    public OffsetDateTime firstAnsweredAt;

    @Column(name = "answered_on_time")
    public Boolean answeredOnTime;

    public boolean example;
    /** The agenda item a forwarded signal feeds. */
    @Column(name = "agenda_item_id")
    public UUID agendaItemId;
    /** Raised by every change; the ETag of the signal. */
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Marks a change: a new version (ETag) at this moment. */
    public void touch(Moment moment) {
        version++;
        updatedAt = moment.at();
    }

    public SignalStatus statusValue() {
        return SignalStatus.of(status);
    }

    String etag() {
        return "\"" + version + "\"";
    }

    /** Still waiting for an answer after its due date. */
    public boolean overdue(LocalDate today) {
        return overdue(status, dueOn, today);
    }

    static boolean overdue(String status, LocalDate dueOn, LocalDate today) {
        return SignalStatus.of(status).awaitsAnswer() && dueOn.isBefore(today);
    }
}
