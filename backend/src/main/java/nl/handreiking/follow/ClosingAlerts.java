package nl.handreiking.follow;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.catalogue.funding.FundingDeadline;
import nl.handreiking.catalogue.funding.FundingDeadlines;
import nl.handreiking.common.ClusterJobs;
import nl.handreiking.mail.Outbox;
import nl.handreiking.user.MailAddresses;

/**
 * Mails each follower of a published funding item 14 and 3 days before it closes ({@link AlertRule}), once an
 * hour by one instance of the cluster. Each alert is recorded in {@code follow_alert} in the transaction that
 * posts its mail, under a unique key (follow, closing date, days before): an alert is sent once, even when a
 * run is repeated or two instances run at once. See docs/decisions/0017-closing-alerts-once.md.
 */
@ApplicationScoped
class ClosingAlerts {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final String RECORD = "INSERT INTO follow_alert (follow_id, closing_date, days_before, sent_at)"
            + " SELECT id, ?2, ?3, now() FROM follow WHERE id = ?1"
            + " ON CONFLICT (follow_id, closing_date, days_before) DO NOTHING";

    private final ClusterJobs jobs;
    private final FundingDeadlines deadlines;
    private final MailAddresses addresses;
    private final ClosingAlertLetter letters;
    private final Outbox outbox;
    private final EntityManager em;

    ClosingAlerts(
            ClusterJobs jobs,
            FundingDeadlines deadlines,
            MailAddresses addresses,
            ClosingAlertLetter letters,
            Outbox outbox,
            EntityManager em) {
        this.jobs = jobs;
        this.deadlines = deadlines;
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
        List<Follow> follows =
                QuarkusTransaction.requiringNew().call(() -> Follow.<Follow>list("fundingId in ?1", closing.keySet()));
        int sent = 0;
        for (Follow follow : follows) {
            FundingDeadline funding = closing.get(follow.fundingId);
            LocalDate closesOn = funding.closesOn().orElseThrow();
            Optional<Integer> due = AlertRule.due(
                    closesOn,
                    today,
                    follow.createdAt.atZoneSameInstant(NETHERLANDS).toLocalDate());
            if (due.isPresent()
                    && QuarkusTransaction.requiringNew()
                            .call(() -> send(follow, funding, closesOn, due.get(), today))) {
                sent++;
            }
        }
        Log.infof("Closing alerts for %s: %d sent", today, sent);
        return sent;
    }

    /** Records the alert and posts its mail in one transaction; false when it was sent before or no one receives it. */
    private boolean send(Follow follow, FundingDeadline funding, LocalDate closesOn, int daysBefore, LocalDate today) {
        Optional<String> recipient = addresses.activePerson(follow.accountId);
        if (recipient.isEmpty()) {
            return false;
        }
        int recorded = em.createNativeQuery(RECORD)
                .setParameter(1, follow.id)
                .setParameter(2, closesOn)
                .setParameter(3, daysBefore)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        outbox.post(letters.of(recipient.get(), follow.id, funding, closesOn, today));
        Log.infof("Closing alert (%d days before %s) posted for follow %s", daysBefore, closesOn, follow.id);
        return true;
    }
}
