package nl.handreiking.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.PathId;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions of other systems (API clients with the webhooks scope), each client only its own. */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "webhooks",
        description = "Gebeurtenissen als ondertekende CloudEvents naar andere systemen (API-clients met scope "
                + "webhooks). Elke aflevering is een POST met Content-Type application/cloudevents+json en de headers "
                + "webhook-id, webhook-timestamp en webhook-signature (Standard Webhooks: v1, en base64 van "
                + "HMAC-SHA256 over id.timestamp.body met het geheim). Mislukte afleveringen worden een dag lang "
                + "opnieuw geprobeerd, steeds twee keer zo laat; daarna wordt het abonnement gepauzeerd.")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Scope.WEBHOOKS_SCOPE)
public class WebhookResource {

    private static final String ID = "Id van het webhookabonnement.";

    private final WebhookService service;
    private final CurrentCaller caller;

    WebhookResource(WebhookService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "Webhookabonnementen",
            description = "De eigen abonnementen, de nieuwste eerst.")
    public Page<WebhookView> list(@BeanParam PageRequest paging) {
        return service.list(paging.validated(), caller.get()).map(WebhookView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Eén webhookabonnement")
    public WebhookView get(@PathParam("id") @Parameter(description = ID) String id) {
        return service.find(PathId.parse(id), caller.get())
                .map(WebhookView::from)
                .orElseThrow(WebhookResource::none);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Webhookabonnement aanmaken",
            description =
                    "Alleen https naar een openbaar adres. Het antwoord bevat het ondertekeningsgeheim, alleen nu.")
    @APIResponse(
            responseCode = "201",
            description = "Aangemaakt, met het geheim.",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Valid @NotNull WebhookRequest request) {
        var created = service.create(request, caller.get());
        return Response.created(URI.create("webhooks/" + created.subscription().id))
                .entity(WebhookView.withSecret(created.subscription(), created.secret()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateWebhook",
            summary = "Webhookabonnement wijzigen",
            description = "Adres, gebeurtenissen en contact; het geheim blijft.")
    public WebhookView update(
            @PathParam("id") @Parameter(description = ID) String id, @Valid @NotNull WebhookRequest request) {
        return service.update(PathId.parse(id), request, caller.get())
                .map(WebhookView::from)
                .orElseThrow(WebhookResource::none);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Webhookabonnement opzeggen",
            description = "Met zijn afleveringen.")
    @APIResponse(responseCode = "204", description = "Opgezegd.")
    public Response delete(@PathParam("id") @Parameter(description = ID) String id) {
        service.delete(PathId.parse(id), caller.get()).orElseThrow(WebhookResource::none);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/resumptions")
    @Operation(
            operationId = "resumeWebhook",
            summary = "Gepauzeerd webhookabonnement hervatten",
            description =
                    "Wat tijdens de pauze wachtte wordt nu afgeleverd; een actief abonnement blijft zoals het is.")
    @APIResponse(
            responseCode = "200",
            description = "Het abonnement, actief.",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public WebhookView resume(@PathParam("id") @Parameter(description = ID) String id) {
        return service.resume(PathId.parse(id), caller.get())
                .map(WebhookView::from)
                .orElseThrow(WebhookResource::none);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Afleverlog",
            description =
                    "De afleveringen van het abonnement, de nieuwste eerst, met elke poging: tijd, duur, status en fout.")
    public Page<DeliveryView> deliveries(
            @PathParam("id") @Parameter(description = ID) String id, @BeanParam PageRequest paging) {
        return service.deliveries(PathId.parse(id), paging.validated(), caller.get())
                .orElseThrow(WebhookResource::none);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliveries")
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Opnieuw afleveren",
            description =
                    "Zet dezelfde gebeurtenis (zelfde webhook-id) opnieuw klaar voor het abonnement, als nieuwe aflevering.")
    @APIResponse(
            responseCode = "201",
            description = "De nieuwe aflevering.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(
            @PathParam("id") @Parameter(description = ID) String id,
            @PathParam("deliveryId") @Parameter(description = "Id van de aflevering.") String deliveryId) {
        DeliveryView again = service.redeliver(PathId.parse(id), PathId.parse(deliveryId, "deliveryId"), caller.get())
                .orElseThrow(() -> ProblemException.notFound(Messages.text("detail.noWebhookDelivery")));
        return Response.created(URI.create("webhooks/" + id + "/deliveries"))
                .entity(again)
                .build();
    }

    private static ProblemException none() {
        return ProblemException.notFound(Messages.text("detail.noWebhook"));
    }
}
