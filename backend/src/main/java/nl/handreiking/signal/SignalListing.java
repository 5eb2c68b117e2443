package nl.handreiking.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The columns of a signal that a list shows, read as values and not as a {@link Signal}: a page of the support
 * queue (or an export of 50,000) then leaves out the description and the answer, and Hibernate keeps no entity
 * per row (reading whole entities was a fifth of the queue's JVM time in a profile, issue 13).
 */
public record SignalListing(
        UUID id,
        String reference,
        String type,
        String theme,
        String title,
        String regionCode,
        String ownerCode,
        String status,
        String priority,
        OffsetDateTime submittedAt,
        LocalDate dueOn,
        OffsetDateTime answeredAt,
        boolean example) {

    /** The select clause over {@code Signal s} that fills a listing; the query goes on with {@code from Signal s}. */
    public static final String SELECT = "select new nl.handreiking.signal.SignalListing(s.id, s.reference, s.type,"
            + " s.theme, s.title, s.regionCode, s.ownerCode, s.status, s.priority, s.submittedAt, s.dueOn,"
            + " s.answeredAt, s.example)";

    /** Still waiting for an answer after its due date, as {@link Signal#overdue} says it. */
    boolean overdue(LocalDate today) {
        return Signal.overdue(status, dueOn, today);
    }
}
