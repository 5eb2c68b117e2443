package nl.handreiking.mail;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The link in every subscribed mail: see what it stops, and stop it, without signing in. */
@Path("/unsubscriptions/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "unsubscriptions",
        description = "Afmelden voor e-mails met de link uit de e-mail zelf, zonder aan te melden (ook met één klik "
                + "vanuit het e-mailprogramma, RFC 8058).")
public class UnsubscriptionResource {

    private final Unsubscriptions unsubscriptions;

    UnsubscriptionResource(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @GET
    @Operation(
            operationId = "getUnsubscription",
            summary = "Afmeldlink bekijken",
            description = "Zegt welke e-mails de link stopt en of ze nog komen; verandert niets.")
    @APIResponse(
            responseCode = "200",
            description = "Wat de link stopt.",
            content = @Content(schema = @Schema(implementation = UnsubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "De link is niet van ons of is gewijzigd.")
    public UnsubscriptionView get(@PathParam("token") @Parameter(description = TOKEN) String token) {
        return unsubscriptions.show(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            operationId = "createUnsubscription",
            summary = "Afmelden",
            description = "Stopt de e-mails van de link. E-mailprogramma's sturen List-Unsubscribe=One-Click "
                    + "(RFC 8058); een tweede keer verandert niets en geeft hetzelfde antwoord.")
    @APIResponse(
            responseCode = "200",
            description = "Gestopt (active is false).",
            content = @Content(schema = @Schema(implementation = UnsubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "De link is niet van ons of is gewijzigd.")
    public UnsubscriptionView stop(
            @PathParam("token") @Parameter(description = TOKEN) String token,
            @FormParam("List-Unsubscribe")
                    @Parameter(description = "One-Click, zoals RFC 8058 het stuurt.", example = "One-Click")
                    String oneClick) {
        return unsubscriptions.stop(token);
    }

    private static final String TOKEN = "De ondertekende code uit de afmeldlink van de e-mail.";
}
