package nl.handreiking.webhook;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.handreiking.catalogue.Editor;
import nl.handreiking.common.SignIn;
import nl.handreiking.mail.MailMessage;
import org.junit.jupiter.api.Test;

/** Webhooks end to end: a receiver on this machine gets signed CloudEvents, retries, a pause, and only its own news. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookSender sender;

    @Inject
    CatalogueEvents catalogueEvents;

    /** An API client with a token. */
    record Client(String clientId, String token) {

        static Client with(String... scopes) {
            Map<String, String> created = SignIn.newClient(List.of(scopes));
            return new Client(
                    created.get("clientId"), SignIn.clientToken(created.get("clientId"), created.get("secret")));
        }

        RequestSpecification as() {
            return given().header("Authorization", "Bearer " + token);
        }

        /** Subscribes; returns id and secret. */
        Map<String, String> subscribe(String url, List<String> events, String contact) {
            Map<String, Object> body = new HashMap<>();
            body.put("url", url);
            body.put("events", events);
            body.put("contactEmail", contact);
            Map<String, Object> created = as().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("active"))
                    .body("secret", startsWith("whsec_"))
                    .extract()
                    .jsonPath()
                    .getMap("$");
            return Map.of("id", (String) created.get("id"), "secret", (String) created.get("secret"));
        }

        void unsubscribe(String id) {
            as().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }

        String submitSignal() {
            Map<String, Object> body = Map.of(
                    "type", "signal",
                    "theme", "ind-processing-times",
                    "title", "Webhooksignaal " + UUID.randomUUID(),
                    "description", "Een signaal om webhooks te proberen.",
                    "regionCode", "GM0344");
            return as().header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/signals")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }

    private static void startWork(String signalId) {
        given().header("Authorization", "Bearer " + SignIn.as("support"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "in_progress", "text", "We kijken ernaar."))
                .when()
                .post("/api/v1/signals/" + signalId + "/transitions")
                .then()
                .statusCode(200);
    }

    @Test
    void aDeliveryIsASignedCloudEventAsStandardWebhooksPrescribes() throws Exception {
        Client client = Client.with("quotas:write", "webhooks");
        try (Receiver receiver = new Receiver(204)) {
            Map<String, String> hook = client.subscribe(receiver.url(), List.of("quota.imported"), null);
            client.as()
                    .contentType("text/csv")
                    .body("municipality;period;target;realised;arrearsIn\nGM0034;2061-H1;10;5;0\n")
                    .when()
                    .post("/api/v1/housing-quotas/imports")
                    .then()
                    .statusCode(200);

            assertThat(Receiver.await(
                            10_000,
                            sender::deliverDue,
                            () -> !receiver.received().isEmpty()))
                    .isTrue();
            Receiver.Received delivery = receiver.received().get(0);
            String id = delivery.header("webhook-id");
            String timestamp = delivery.header("webhook-timestamp");
            assertThat(delivery.header("Content-Type")).isEqualTo("application/cloudevents+json");
            assertThat(delivery.header("webhook-signature"))
                    .isEqualTo(Signature.sign(hook.get("secret"), id, Long.parseLong(timestamp), delivery.body()))
                    .startsWith("v1,");
            assertThat(Long.parseLong(timestamp))
                    .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
            JsonNode event = JSON.readTree(delivery.body());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(id);
            assertThat(event.path("type").asText()).isEqualTo("quota.imported");
            assertThat(event.path("source").asText()).isEqualTo("https://handreiking.example.nl/api/v1");
            assertThat(event.path("subject").asText()).isEqualTo("housing-quotas/2061-H1");
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("time").asText()).isNotBlank();
            assertThat(event.path("data").path("periods").get(0).asText()).isEqualTo("2061-H1");

            client.as()
                    .when()
                    .get("/api/v1/webhooks/" + hook.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("delivered"))
                    .body("items[0].eventId", equalTo(id))
                    .body("items[0].attempts[0].statusCode", equalTo(204));
            client.unsubscribe(hook.get("id"));
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithGrowingWaitsThenPausedAndItsContactMailed() {
        Client client = Client.with("signals:write", "webhooks");
        String contact = "beheer-" + UUID.randomUUID().toString().substring(0, 8) + "@zaaksysteem.example";
        try (Receiver receiver = new Receiver(500)) {
            Map<String, String> hook = client.subscribe(receiver.url(), List.of("signal.status_changed"), contact);
            startWork(client.submitSignal());

            assertThat(Receiver.await(40_000, sender::deliverDue, () -> paused(client, hook.get("id"))))
                    .as("paused after a failing retry period (12 s in tests)")
                    .isTrue();
            List<Receiver.Received> tries = receiver.received();
            assertThat(tries).hasSizeGreaterThanOrEqualTo(4);
            assertThat(tries.stream().map(r -> r.header("webhook-id")).distinct())
                    .hasSize(1);
            Duration first = Duration.between(tries.get(0).at(), tries.get(1).at());
            Duration second = Duration.between(tries.get(1).at(), tries.get(2).at());
            Duration third = Duration.between(tries.get(2).at(), tries.get(3).at());
            // waits of at least 0.5, 1 and 2 s (first-retry 0.5 s in tests, doubling), never earlier
            assertThat(first).as("first wait").isGreaterThanOrEqualTo(Duration.ofMillis(500));
            assertThat(second)
                    .as("second wait")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1000))
                    .isGreaterThan(first);
            assertThat(third)
                    .as("third wait")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2000))
                    .isGreaterThan(second);
            assertThat(QuarkusTransaction.requiringNew().call(() -> MailMessage.count("recipient", contact)))
                    .as("the contact is told once")
                    .isEqualTo(1);

            client.as()
                    .when()
                    .get("/api/v1/webhooks/" + hook.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("failed"))
                    .body("items[0].attempts.statusCode", hasItem(500));

            // the receiver is mended: resumed and redelivered, the same event arrives
            receiver.answer(200);
            String failed = client.as()
                    .when()
                    .get("/api/v1/webhooks/" + hook.get("id") + "/deliveries")
                    .then()
                    .extract()
                    .path("items[0].id");
            client.as()
                    .when()
                    .post("/api/v1/webhooks/" + hook.get("id") + "/resumptions")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"));
            client.as()
                    .when()
                    .post("/api/v1/webhooks/" + hook.get("id") + "/deliveries/" + failed + "/redeliveries")
                    .then()
                    .statusCode(201)
                    .body("state", equalTo("pending"));
            int before = tries.size();
            assertThat(Receiver.await(10_000, sender::deliverDue, () -> delivered(client, hook.get("id"))))
                    .isTrue();
            assertThat(receiver.received().get(before).header("webhook-id"))
                    .isEqualTo(tries.get(0).header("webhook-id"));
            client.unsubscribe(hook.get("id"));
        }
    }

    @Test
    void aClientNeverReceivesAnotherClientsSignalEvent() throws Exception {
        Client submitter = Client.with("signals:write", "webhooks");
        Client other = Client.with("signals:write", "webhooks");
        try (Receiver mine = new Receiver(204);
                Receiver theirs = new Receiver(204)) {
            Map<String, String> myHook = submitter.subscribe(mine.url(), List.of("signal.status_changed"), null);
            Map<String, String> theirHook = other.subscribe(theirs.url(), List.of("signal.status_changed"), null);
            String signal = submitter.submitSignal();
            startWork(signal);

            assertThat(Receiver.await(
                            10_000, sender::deliverDue, () -> !mine.received().isEmpty()))
                    .isTrue();
            JsonNode data = JSON.readTree(mine.received().get(0).body()).path("data");
            assertThat(data.path("signalId").asText()).isEqualTo(signal);
            assertThat(data.path("previousStatus").asText()).isEqualTo("submitted");
            assertThat(data.path("status").asText()).isEqualTo("in_progress");
            sender.deliverDue();
            assertThat(theirs.received()).isEmpty();
            other.as()
                    .when()
                    .get("/api/v1/webhooks/" + theirHook.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
            // nor does it see the other's subscription
            assertProblem(
                    givenInvalid()
                            .header("Authorization", "Bearer " + other.token())
                            .when()
                            .get("/api/v1/webhooks/" + myHook.get("id"))
                            .then(),
                    404);
            submitter.unsubscribe(myHook.get("id"));
            other.unsubscribe(theirHook.get("id"));
        }
    }

    @Test
    void publishedAndArchivedItemsBecomeEventsButADraftNever() throws Exception {
        Client client = Client.with("webhooks");
        Editor editor = new Editor();
        catalogueEvents.readOn(); // the feed is followed from here on (a first run starts at its end)
        try (Receiver receiver = new Receiver(204)) {
            Map<String, String> hook = client.subscribe(
                    receiver.url(),
                    List.of("catalogue.item.published", "catalogue.item.changed", "catalogue.item.archived"),
                    null);
            String draft = editor.create("measures", Editor.item("measures", Editor.uniqueWord()))
                    .path("id");
            var published = editor.publish("measures", Editor.item("measures", Editor.uniqueWord()));
            String id = published.path("id");
            editor.status("measures", id, published.header("ETag"), "archived");

            assertThat(Receiver.await(
                            15_000,
                            sender::deliverDue,
                            () -> typesAbout(receiver, id).size() >= 2))
                    .isTrue();
            assertThat(typesAbout(receiver, id)).containsExactly("catalogue.item.published", "catalogue.item.archived");
            assertThat(typesAbout(receiver, draft)).isEmpty();
            client.unsubscribe(hook.get("id"));
        }
    }

    @Test
    void anUnsafeUrlOrAnUnknownEventIsRefusedNamingTheFieldAndNothingIsStored() {
        Client client = Client.with("webhooks");
        for (String url : List.of(
                "https://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.1/hook",
                "https://[fd00::1]/hook",
                "http://example.org/hook",
                "ftp://example.org/hook",
                "https://user:pw@example.org/hook")) {
            assertProblem(invalid(client, url, List.of("quota.imported")), 400)
                    .body("invalidParams.name", hasItem("url"));
        }
        assertProblem(invalid(client, "https://93.184.215.14/hook", List.of("quota.imported", "signal.deleted")), 400)
                .body("invalidParams.name", equalTo(List.of("events")));
        client.as().when().get("/api/v1/webhooks").then().statusCode(200).body("totalItems", equalTo(0));
    }

    static io.restassured.response.ValidatableResponse invalid(Client client, String url, List<String> events) {
        return givenInvalid()
                .header("Authorization", "Bearer " + client.token())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", events))
                .when()
                .post("/api/v1/webhooks")
                .then();
    }

    /** The types of the events about an item, in the order of their time (deliveries may overtake each other). */
    private static List<String> typesAbout(Receiver receiver, String itemId) {
        return receiver.received().stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.body());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .filter(event -> event.path("data").path("itemId").asText().equals(itemId))
                .sorted(java.util.Comparator.comparing(
                        event -> java.time.Instant.parse(event.path("time").asText())))
                .map(event -> event.path("type").asText())
                .toList();
    }

    private static boolean paused(Client client, String id) {
        return "paused"
                .equals(client.as()
                        .when()
                        .get("/api/v1/webhooks/" + id)
                        .then()
                        .extract()
                        .path("status"));
    }

    private static boolean delivered(Client client, String id) {
        return "delivered"
                .equals(client.as()
                        .when()
                        .get("/api/v1/webhooks/" + id + "/deliveries")
                        .then()
                        .extract()
                        .path("items[0].state"));
    }
}
