package nl.handreiking.webhook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Caller;

/** A client's webhook subscriptions: registered with a checked URL and a secret shown once, their log and redelivery. */
@ApplicationScoped
@Transactional
class WebhookService {

    /** A new subscription with its secret, which the client sees only now. */
    record Created(WebhookSubscription subscription, String secret) {}

    private final Targets targets;
    private final AuditLog audit;
    private final WebhookSecrets secrets;

    WebhookService(HandreikingConfig config, AuditLog audit, WebhookSecrets secrets) {
        this.targets = new Targets(config.webhooks().allowLocalhost());
        this.audit = audit;
        this.secrets = secrets;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<WebhookSubscription> list(PageRequest.Bounds bounds, Caller caller) {
        var query =
                WebhookSubscription.<WebhookSubscription>find("clientId = ?1 order by createdAt desc, id", caller.id());
        return Page.of(query.range(bounds.offset(), bounds.lastIndex()).list(), bounds, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<WebhookSubscription> find(UUID id, Caller caller) {
        return WebhookSubscription.owned(id, caller.id());
    }

    Created create(WebhookRequest request, Caller caller) {
        List<String> events = checked(request);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.clientId = caller.id();
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.createdAt = OffsetDateTime.now();
        String secret = Signature.newSecret();
        subscription.secret = secrets.seal(subscription.id, secret);
        fill(subscription, request, events);
        subscription.persist();
        audit.record(caller, "created", "webhook", subscription.id.toString(), "Webhook naar " + subscription.url);
        Log.infof("Webhook %s of client %s created for %s", subscription.id, caller.id(), subscription.events);
        return new Created(subscription, secret);
    }

    Optional<WebhookSubscription> update(UUID id, WebhookRequest request, Caller caller) {
        List<String> events = checked(request);
        return WebhookSubscription.owned(id, caller.id()).map(subscription -> {
            fill(subscription, request, events);
            audit.record(caller, "changed", "webhook", id.toString(), "Webhook naar " + subscription.url);
            return subscription;
        });
    }

    Optional<WebhookSubscription> delete(UUID id, Caller caller) {
        return WebhookSubscription.owned(id, caller.id()).map(subscription -> {
            subscription.delete();
            audit.record(caller, "deleted", "webhook", id.toString(), "Webhook naar " + subscription.url);
            return subscription;
        });
    }

    /** Active again: what waited during the pause is due now; given-up deliveries stay so until redelivered. */
    Optional<WebhookSubscription> resume(UUID id, Caller caller) {
        return WebhookSubscription.owned(id, caller.id()).map(subscription -> {
            if (subscription.status.equals(WebhookSubscription.PAUSED)) {
                OffsetDateTime now = OffsetDateTime.now();
                subscription.status = WebhookSubscription.ACTIVE;
                subscription.pausedAt = null;
                subscription.pauseReason = null;
                subscription.updatedAt = now;
                WebhookDelivery.update(
                        "nextAttemptAt = ?1, firstAttemptAt = null where subscriptionId = ?2 and state = ?3",
                        now,
                        id,
                        WebhookDelivery.PENDING);
                audit.record(caller, "resumed", "webhook", id.toString(), "Webhook naar " + subscription.url);
            }
            return subscription;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Page<DeliveryView>> deliveries(UUID id, PageRequest.Bounds bounds, Caller caller) {
        return WebhookSubscription.owned(id, caller.id()).map(subscription -> {
            var query = WebhookDelivery.<WebhookDelivery>find(
                    "subscriptionId = ?1 order by createdAt desc, id", subscription.id);
            List<DeliveryView> views = query.range(bounds.offset(), bounds.lastIndex()).list().stream()
                    .map(WebhookService::view)
                    .toList();
            return Page.of(views, bounds, query.count());
        });
    }

    /** A new delivery of a logged event to the same subscription, due now (or when the subscription resumes). */
    Optional<DeliveryView> redeliver(UUID id, UUID deliveryId, Caller caller) {
        return WebhookSubscription.owned(id, caller.id())
                .flatMap(subscription -> WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                        .filter(delivery -> delivery.subscriptionId.equals(subscription.id)))
                .map(delivery -> {
                    WebhookDelivery again = WebhookDelivery.queue(id, delivery.eventId, OffsetDateTime.now());
                    Log.infof("Webhook %s: event %s queued again as delivery %s", id, delivery.eventId, again.id);
                    return view(again);
                });
    }

    private static DeliveryView view(WebhookDelivery delivery) {
        return DeliveryView.from(
                delivery,
                WebhookEvent.findById(delivery.eventId),
                WebhookAttempt.list("deliveryId = ?1 order by attempt", delivery.id));
    }

    /** The event types, each known; the URL safe. Every fault is named before anything is stored. */
    private List<String> checked(WebhookRequest request) {
        QueryParams check = new QueryParams();
        TreeSet<String> events = new TreeSet<>();
        for (String name : request.events()) {
            EventType.of(name)
                    .ifPresentOrElse(
                            type -> events.add(type.apiValue()),
                            () -> check.reject("events", Messages.text("reason.notAnEventType", name)));
        }
        try {
            targets.check(request.url());
        } catch (Targets.Refused refused) {
            check.reject("url", refused.getMessage());
        }
        check.throwIfInvalid();
        return List.copyOf(events);
    }

    private static void fill(WebhookSubscription subscription, WebhookRequest request, List<String> events) {
        subscription.url = request.url().strip();
        subscription.events = events;
        subscription.contactEmail = request.contactEmail() == null
                        || request.contactEmail().isBlank()
                ? null
                : request.contactEmail().strip();
        subscription.updatedAt = OffsetDateTime.now();
    }
}
