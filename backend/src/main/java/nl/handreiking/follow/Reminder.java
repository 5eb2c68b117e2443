package nl.handreiking.follow;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.savedsearch.ClosingAlertSearches;

/**
 * Why a person hears that a funding item closes: they follow it, or a saved search of theirs with alerts on finds
 * it. The unsubscribe link of the alert stops what brought it (the follow, or that search's alerts).
 */
record Reminder(
        UUID accountId, UUID fundingId, LocalDate since, String purpose, UUID subscription, Optional<String> search) {

    static Reminder of(Follow follow) {
        return new Reminder(
                follow.accountId,
                follow.fundingId,
                follow.createdAt.atZoneSameInstant(ClosingAlerts.NETHERLANDS).toLocalDate(),
                ClosingAlertLetter.PURPOSE,
                follow.id,
                Optional.empty());
    }

    static Reminder of(ClosingAlertSearches.Watch watch) {
        return new Reminder(
                watch.accountId(),
                watch.fundingId(),
                watch.since().atZoneSameInstant(ClosingAlerts.NETHERLANDS).toLocalDate(),
                ClosingAlertSearches.PURPOSE,
                watch.searchId(),
                Optional.of(watch.searchName()));
    }
}
