package nl.handreiking.webhook;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as a client asks for it: where, for which events, and whom to mail when it is paused. */
@Schema(name = "WebhookRequest", description = "Een webhookabonnement: adres, soorten gebeurtenissen en contact.")
public record WebhookRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 2000, message = "{hr.maxLength}")
        @Schema(
                required = true,
                description = "Een https://-adres met een openbaar IP-adres; interne adressen worden geweigerd.",
                examples = "https://zaaksysteem.utrecht.example/handreiking/webhook")
        String url,

        @NotEmpty(message = "{hr.required}")
        @Size(max = 10, message = "{hr.maxLength}")
        @Schema(
                required = true,
                description = "catalogue.item.published, catalogue.item.changed, catalogue.item.archived, "
                        + "signal.status_changed (alleen voor de eigen signalen) en/of quota.imported.",
                examples = "[\"catalogue.item.published\", \"signal.status_changed\"]")
        List<String> events,

        @SingleLine
        @Email(message = "{hr.email}")
        @Size(max = 254, message = "{hr.maxLength}")
        @Schema(
                nullable = true,
                description =
                        "Wie een e-mail krijgt als het abonnement na een dag mislukte afleveringen gepauzeerd wordt.",
                examples = "beheer@zaaksysteem.utrecht.example")
        String contactEmail) {}
