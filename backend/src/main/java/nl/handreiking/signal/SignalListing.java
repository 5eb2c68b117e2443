package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The columns of a signal that a list shows, read as values and not as a {@link Signal}: a page of the support
 * queue (or an export of 50,000) then leaves out the description and the answer, and Hibernate keeps no entity
 * per row (reading whole entities was a fifth of the queue's JVM time in a profile, issue 13). Read with Panache's
 * {@code project(SignalListing.class)}, which selects the components by their names; the owner's name comes from the
 * organisation joined as {@code o} (null when the signal has no owner or its code is unknown), and {@code id} names
 * the signal's, as both entities have one.
 */
public record SignalListing(
        @ProjectedFieldName("s.id") UUID id,
        String reference,
        String type,
        String theme,
        String title,
        String regionCode,
        String ownerCode,
        @ProjectedFieldName("o.name") String ownerName,
        String status,
        String priority,
        OffsetDateTime submittedAt,
        LocalDate dueOn,
        OffsetDateTime answeredAt,
        boolean example) {

    /** Still waiting for an answer after its due date, as {@link Signal#overdue} says it. */
    boolean overdue(LocalDate today) {
        return Signal.overdue(status, dueOn, today);
    }
}
