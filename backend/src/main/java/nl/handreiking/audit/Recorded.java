package nl.handreiking.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * The one shape of "who changed what, when": each history (catalogue versions, agenda changes, signal events,
 * the audit log) is a row with these columns plus what it is about.
 */
@MappedSuperclass
public abstract class Recorded extends PanacheEntityBase {

    @Column(name = "occurred_at")
    public OffsetDateTime at;

    @Embedded
    public Actor actor;
    /** What happened, as the API names it: created, updated, a transition, linked… */
    public String action;

    /** Fills in who did what, when; the subclass adds what it was done to. */
    public void stamp(Actor actor, OffsetDateTime at, String action) {
        this.actor = actor;
        this.at = at;
        this.action = action;
    }
}
