package nl.handreiking.signal;

import java.time.OffsetDateTime;

/**
 * When a change happens and whether it is announced by e-mail. Requests happen now and are announced;
 * the example signals are written with their past dates and announce nothing.
 */
public record Moment(OffsetDateTime at, boolean announce) {

    public static Moment now() {
        return new Moment(OffsetDateTime.now(), true);
    }

    public static Moment past(OffsetDateTime at) {
        return new Moment(at, false);
    }
}
