package nl.handreiking.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Several instances deliver one outbox: each message is taken by one of them, and taken again only when that one died. */
@QuarkusTest
class MailClaimTest {

    @Inject
    Outbox outbox;

    @Inject
    MailSender sender;

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameMessage() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 60; i++) {
                outbox.post("claim-" + batch + "-" + i + "@example.test", "Claim " + i, "Body");
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Set<String>>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                Set<String> mine = new HashSet<>();
                for (int round = 0; round < 6; round++) {
                    sender.claim(10).stream()
                            .map(message -> message.recipient)
                            .filter(recipient -> recipient.startsWith("claim-" + batch))
                            .forEach(mine::add);
                }
                return mine;
            }));
        }
        start.countDown();
        Set<String> first = instances.get(0).join();
        Set<String> second = instances.get(1).join();

        Set<String> both = new HashSet<>(first);
        both.retainAll(second); // one instance may take them all: an empty side is no failure
        assertThat(both).as("claimed by both instances").isEmpty();
        assertThat(first.size() + second.size()).as("claimed by one of them").isPositive();
    }

    @Test
    void aMessageHeldByAnInstanceThatDiedIsTakenAgainWhenItsLeaseEnds() {
        String recipient = "lease-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        // posted already held, in one transaction: this instance's scheduler must not send it before the test holds it
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.post(recipient, "Lease", "Body");
            hold(recipient, OffsetDateTime.now().plusMinutes(5));
        });
        sender.claim(1000);
        assertThat(holder(recipient)).as("still held by a living instance").isEqualTo("an instance that died");

        setLease(recipient, OffsetDateTime.now().minusSeconds(1));
        sender.claim(1000); // this instance's scheduler may be the one that takes it: either way, a living instance
        assertThat(holder(recipient)).as("taken again once the lease ended").isNotEqualTo("an instance that died");
    }

    private static String holder(String recipient) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        MailMessage.<MailMessage>find("recipient", recipient).firstResult().claimedBy);
    }

    private static void setLease(String recipient, OffsetDateTime until) {
        QuarkusTransaction.requiringNew().run(() -> hold(recipient, until));
    }

    private static void hold(String recipient, OffsetDateTime until) {
        MailMessage.update(
                "claimedUntil = ?1, claimedBy = 'an instance that died' where recipient = ?2", until, recipient);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
