package nl.handreiking.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its client sees it; the secret only once, in the answer to its creation. */
@Schema(name = "Webhook", description = "Een webhookabonnement van een API-client.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
        @Schema(description = "Id.", examples = "3f0c9a52-7d1e-4b8a-9c33-5e2f1a7b6d40")
        UUID id,

        @Schema(
                description = "Adres dat de gebeurtenissen ontvangt.",
                examples = "https://zaaksysteem.utrecht.example/hook")
        String url,

        @Schema(description = "Soorten gebeurtenissen.", examples = "[\"catalogue.item.published\"]")
        List<String> events,

        @Schema(
                description = "active: er wordt afgeleverd; paused: gepauzeerd (na een dag mislukte afleveringen).",
                type = SchemaType.STRING,
                enumeration = {"active", "paused"})
        String status,

        @Schema(description = "Contact bij pauzeren.", nullable = true, examples = "beheer@zaaksysteem.utrecht.example")
        String contactEmail,

        @Schema(description = "Gepauzeerd op.", nullable = true, examples = "2021-03-02T09:30:00Z")
        OffsetDateTime pausedAt,

        @Schema(description = "Waarom gepauzeerd.", nullable = true, examples = "Een dag lang geen aflevering gelukt.")
        String pauseReason,

        @Schema(description = "Aangemaakt op.", examples = "2021-03-01T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(description = "Laatst gewijzigd op.", examples = "2021-03-01T09:30:00Z")
        OffsetDateTime updatedAt,

        @Schema(
                description =
                        "Het ondertekeningsgeheim (Standard Webhooks, whsec_ en base64): alleen in het antwoord op "
                                + "het aanmaken, daarna nooit meer.",
                nullable = true,
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static WebhookView from(WebhookSubscription subscription) {
        return withSecret(subscription, null);
    }

    static WebhookView withSecret(WebhookSubscription s, String secret) {
        return new WebhookView(
                s.id,
                s.url,
                List.copyOf(s.events),
                s.status,
                s.contactEmail,
                s.pausedAt,
                s.pauseReason,
                s.createdAt,
                s.updatedAt,
                secret);
    }
}
