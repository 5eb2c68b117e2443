package nl.handreiking.follow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a closing-date alert is due: 14 days before the closing date and 3 days before. An alert the job missed
 * (no instance ran that day) still goes out late, the 14-day one only while more than 3 days remain and the
 * 3-day one up to the closing day itself; an alert whose day came before the person followed the item is
 * never sent. See docs/decisions/0017-closing-alerts-once.md.
 */
final class AlertRule {

    /** Days before the closing date, the latest first. */
    static final List<Integer> DAYS_BEFORE = List.of(14, 3);

    /** The furthest ahead a closing date can be for an alert to be due today. */
    static final int HORIZON = DAYS_BEFORE.get(0);

    private AlertRule() {}

    /** The alert due on {@code today} for a follow made on {@code followedOn}, as its days before closing. */
    static Optional<Integer> due(LocalDate closesOn, LocalDate today, LocalDate followedOn) {
        long left = ChronoUnit.DAYS.between(today, closesOn);
        return DAYS_BEFORE.stream()
                .filter(days -> left >= 0 && left <= days)
                .reduce((later, nearer) -> nearer) // the nearest threshold passed: 3 once 3 days or fewer remain
                .filter(days -> !closesOn.minusDays(days).isBefore(followedOn));
    }
}
