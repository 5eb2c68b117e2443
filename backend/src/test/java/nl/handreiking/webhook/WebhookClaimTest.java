package nl.handreiking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/** Several instances send one webhook outbox: each delivery is taken by one of them. */
@QuarkusTest
class WebhookClaimTest {

    @Inject
    WebhookSender sender;

    @Inject
    WebhookEvents events;

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameDelivery() {
        Map<String, String> client = SignIn.newClient(List.of("signals:write", "webhooks"));
        Set<UUID> queued = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription subscription = new WebhookSubscription();
            subscription.id = UUID.randomUUID();
            subscription.clientId = client.get("clientId");
            subscription.url =
                    "http://127.0.0.1:9/closed"; // the discard port: nothing listens, each attempt fails fast
            subscription.events = List.of(EventType.SIGNAL_STATUS_CHANGED.apiValue());
            subscription.secret = Signature.newSecret();
            subscription.status = WebhookSubscription.ACTIVE;
            subscription.createdAt = OffsetDateTime.now();
            subscription.updatedAt = subscription.createdAt;
            subscription.persist();
            for (int i = 0; i < 40; i++) {
                events.emit(
                        EventType.SIGNAL_STATUS_CHANGED,
                        "signals/" + i,
                        Map.of("n", i),
                        Optional.of(client.get("clientId")),
                        OffsetDateTime.now());
            }
            Set<UUID> ids = new HashSet<>();
            WebhookDelivery.<WebhookDelivery>list("subscriptionId", subscription.id)
                    .forEach(d -> ids.add(d.id));
            return ids;
        });
        assertThat(queued).hasSize(40);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Set<UUID>>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Set<UUID> mine = new HashSet<>();
                for (int round = 0; round < 4; round++) {
                    sender.claim(10).stream().filter(queued::contains).forEach(mine::add);
                }
                return mine;
            }));
        }
        start.countDown();
        Set<UUID> first = instances.get(0).join();
        Set<UUID> second = instances.get(1).join();

        Set<UUID> both = new HashSet<>(first);
        both.retainAll(second); // one instance may take them all: an empty side is no failure
        assertThat(both).as("claimed by both instances").isEmpty();
        assertThat(first.size() + second.size()).as("claimed by one of them").isPositive();
    }
}
