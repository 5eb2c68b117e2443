package nl.handreiking.follow;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.catalogue.funding.FundingDeadline;
import nl.handreiking.catalogue.funding.FundingDeadlines;
import nl.handreiking.common.ClusterJobs;
import nl.handreiking.mail.Outbox;
import nl.handreiking.savedsearch.ClosingAlertSearches;
import nl.handreiking.user.MailAddresses;

/**
 * Mails each person who follows a published funding item, or whose saved search with alerts on finds it, 14 and 3
 * days before it closes ({@link AlertRule}), once an hour by one instance of the cluster. Each alert is recorded
 * in {@code closing_alert} in the transaction that posts its mail, under a unique key (person, item, closing date,
 * days before): a person hears it once, however many ways they follow the item, even when a run is repeated or
 * two instances run at once. See docs/decisions/0017-closing-alerts-once.md.
 */
@ApplicationScoped
class ClosingAlerts {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** Alerts failing one after another with none sent between: the database, not one alert, is in trouble. */
    private static final int MAX_FAILED_IN_A_ROW = 3;

    private static final String RECORD =
            "INSERT INTO closing_alert (account_id, funding_id, closing_date, days_before, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4, now()) ON CONFLICT DO NOTHING";

    private final ClusterJobs jobs;
    private final FundingDeadlines deadlines;
    private final ClosingAlertSearches searches;
    private final MailAddresses addresses;
    private final ClosingAlertLetter letters;
    private final Outbox outbox;
    private final EntityManager em;

    ClosingAlerts(
            ClusterJobs jobs,
            FundingDeadlines deadlines,
            ClosingAlertSearches searches,
            MailAddresses addresses,
            ClosingAlertLetter letters,
            Outbox outbox,
            EntityManager em) {
        this.jobs = jobs;
        this.deadlines = deadlines;
        this.searches = searches;
        this.addresses = addresses;
        this.letters = letters;
        this.outbox = outbox;
        this.em = em;
    }

    @Scheduled(every = "15m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        jobs.runIfDue(
                "closing-alerts",
                Duration.ofHours(1),
                Duration.ofMinutes(30),
                () -> sendDue(LocalDate.now(NETHERLANDS)));
    }

    /** Posts every alert due on {@code today} that was not sent yet; returns how many. Safe to run anywhere at once. */
    int sendDue(LocalDate today) {
        Map<UUID, FundingDeadline> closing = QuarkusTransaction.requiringNew()
                .call(() -> deadlines.closingBetween(today, today.plusDays(AlertRule.HORIZON)).stream()
                        .collect(Collectors.toMap(FundingDeadline::id, Function.identity())));
        if (closing.isEmpty()) {
            return 0;
        }
        List<Reminder> reminders = QuarkusTransaction.requiringNew().call(() -> reminders(closing.keySet()));
        int sent = 0;
        int failedInARow = 0;
        for (Reminder reminder : reminders) {
            FundingDeadline funding = closing.get(reminder.fundingId());
            LocalDate closesOn = funding.closesOn().orElseThrow();
            Optional<Integer> due = AlertRule.due(closesOn, today, reminder.since());
            if (due.isEmpty()) {
                continue;
            }
            try {
                if (QuarkusTransaction.requiringNew().call(() -> send(reminder, funding, closesOn, due.get(), today))) {
                    sent++;
                }
                failedInARow = 0;
            } catch (RuntimeException e) {
                // one alert that cannot be sent must not hold back the others; it is not recorded, so the next run
                // tries it again. Several failing in a row means the database itself is in trouble: stop the run.
                if (++failedInARow == MAX_FAILED_IN_A_ROW) {
                    throw e;
                }
                Log.errorf(
                        e,
                        "Closing alert for %s %s failed; tried again at the next run",
                        reminder.purpose(),
                        reminder.subscription());
            }
        }
        Log.infof("Closing alerts for %s: %d sent", today, sent);
        return sent;
    }

    /** Direct follows first, so that a person who also has a search finding the item is told as its follower. */
    private List<Reminder> reminders(Set<UUID> fundingIds) {
        List<Reminder> reminders = new ArrayList<>();
        Follow.<Follow>list("fundingId in ?1", fundingIds).stream()
                .map(Reminder::of)
                .forEach(reminders::add);
        searches.finding(fundingIds).stream().map(Reminder::of).forEach(reminders::add);
        return reminders;
    }

    /** Records the alert and posts its mail in one transaction; false when it was sent before or no one receives it. */
    private boolean send(
            Reminder reminder, FundingDeadline funding, LocalDate closesOn, int daysBefore, LocalDate today) {
        Optional<String> recipient = addresses.activePerson(reminder.accountId());
        if (recipient.isEmpty()) {
            return false;
        }
        int recorded = em.createNativeQuery(RECORD)
                .setParameter(1, reminder.accountId())
                .setParameter(2, funding.id())
                .setParameter(3, closesOn)
                .setParameter(4, daysBefore)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        outbox.post(letters.of(recipient.get(), reminder, funding, closesOn, today));
        Log.infof(
                "Closing alert (%d days before %s) posted for %s %s",
                daysBefore, closesOn, reminder.purpose(), reminder.subscription());
        return true;
    }
}
