package nl.handreiking.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.handreiking.identity.Caller;

/** Who made a change: a person, another government system, or the application itself. */
@Embeddable
public record Actor(
        @Column(name = "actor_type") String type,
        @Column(name = "actor_id") String id,
        @Column(name = "actor_name") String name) {

    /** The person or system behind a request. */
    public static Actor of(Caller caller) {
        return new Actor(caller.actorType(), caller.id(), caller.name());
    }

    /** The application itself, under the name it acted as (loading the starting content, demo accounts). */
    public static Actor system(String name) {
        return new Actor("system", "handreiking", name);
    }
}
