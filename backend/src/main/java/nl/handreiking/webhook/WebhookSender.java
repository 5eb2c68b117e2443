package nl.handreiking.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.handreiking.common.ClusterJobs;
import nl.handreiking.common.HandreikingConfig;

/**
 * Delivers the webhook outbox as signed CloudEvents. Every instance runs this; each due delivery is claimed by one
 * of them ({@link #claim}, as mail is), so it is sent once however many instances there are. A failure is logged
 * and retried, waiting twice as long each time, until a day after the first attempt; then the delivery fails and
 * {@link WebhookPauses} pauses the subscription. Redirects are never followed and every attempt checks the target
 * again, so that no answer and no DNS change can point a delivery inside the network.
 */
@ApplicationScoped
class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final String CLAIM = """
            UPDATE webhook_delivery SET claimed_until = now() + make_interval(secs => :lease), claimed_by = :instance
            WHERE id IN (SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                         WHERE d.state = 'pending' AND s.status = 'active' AND d.next_attempt_at <= now()
                           AND (d.claimed_until IS NULL OR d.claimed_until < now())
                         ORDER BY d.next_attempt_at LIMIT :limit
                         FOR UPDATE OF d SKIP LOCKED)
            RETURNING id, next_attempt_at
            """;

    /** What one attempt sends: read in a short transaction, sent outside any. */
    record Message(UUID deliveryId, String url, String secret, String eventId, String body) {}

    private final HandreikingConfig.Webhooks config;
    private final String source;
    private final Targets targets;
    private final HttpClient http;
    private final ObjectMapper json;
    private final ClusterJobs jobs;
    private final CatalogueEvents catalogue;
    private final WebhookPauses pauses;
    private final WebhookSecrets secrets;

    WebhookSender(
            HandreikingConfig config,
            ObjectMapper json,
            ClusterJobs jobs,
            CatalogueEvents catalogue,
            WebhookPauses pauses,
            WebhookSecrets secrets) {
        this.config = config.webhooks();
        this.source = config.publicUrlBase() + "/api/v1";
        this.targets = new Targets(this.config.allowLocalhost());
        this.json = json;
        this.jobs = jobs;
        this.catalogue = catalogue;
        this.pauses = pauses;
        this.secrets = secrets;
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    @Scheduled(
            every = "${handreiking.webhooks.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void tick() {
        Duration every = Duration.parse("PT" + config.interval().toUpperCase(java.util.Locale.ROOT));
        jobs.runIfDue("webhook-catalogue-events", every, Duration.ofMinutes(2), catalogue::readOn);
        deliverDue();
    }

    /** Sends what is due now; tests call it to move faster than the scheduler. */
    void deliverDue() {
        claim(BATCH).forEach(this::deliver);
    }

    /** Takes up to {@code limit} due deliveries for this instance, in their own committed transaction. */
    List<UUID> claim(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = WebhookDelivery.getEntityManager()
                    .createNativeQuery(CLAIM)
                    .setParameter("limit", limit)
                    .setParameter("lease", LEASE.toSeconds())
                    .setParameter("instance", INSTANCE)
                    .getResultList();
            // RETURNING keeps no order: oldest due first, so that one instance sends a subscription's events in order
            List<UUID> claimed = rows.stream()
                    .sorted(java.util.Comparator.comparing(row -> moment(row[1])))
                    .map(row -> (UUID) row[0])
                    .toList();
            return claimed;
        });
    }

    private void deliver(UUID deliveryId) {
        Message message = QuarkusTransaction.requiringNew().call(() -> message(deliveryId));
        Instant started = Instant.now();
        Integer status = null;
        String error = null;
        try {
            targets.check(message.url());
            status = send(message, started.getEpochSecond());
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (Targets.Refused e) {
            error = "URL geweigerd: " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int duration = (int) Duration.between(started, Instant.now()).toMillis();
        pauses.record(deliveryId, started.atOffset(java.time.ZoneOffset.UTC), duration, status, error);
    }

    private static Instant moment(Object value) {
        return value instanceof java.time.OffsetDateTime moment ? moment.toInstant() : (Instant) value;
    }

    private int send(Message message, long timestamp) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(message.url()))
                .timeout(config.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Handreiking-Webhooks/1")
                .header("webhook-id", message.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        Signature.sign(message.secret(), message.eventId(), timestamp, message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Message message(UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        WebhookEvent event = WebhookEvent.findById(delivery.eventId);
        return new Message(
                deliveryId,
                subscription.url,
                secrets.open(subscription.id, subscription.secret),
                event.id.toString(),
                cloudEvent(event));
    }

    /** The event in CloudEvents 1.0 structured mode (JSON). */
    private String cloudEvent(WebhookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("specversion", "1.0");
        body.put("id", event.id.toString());
        body.put("source", source);
        body.put("type", event.type);
        body.put("time", event.occurredAt.toInstant().toString());
        body.put("subject", event.subject);
        body.put("datacontenttype", "application/json");
        body.put("data", event.data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's data is plain JSON", e);
        }
    }
}
