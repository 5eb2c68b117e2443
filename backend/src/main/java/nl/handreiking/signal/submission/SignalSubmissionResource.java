package nl.handreiking.signal.submission;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.handreiking.common.Preconditions;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import nl.handreiking.signal.SignalView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitting a signal or question, safely retried by systems with an Idempotency-Key. */
@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
class SignalSubmissionResource {

    private final IdempotentSubmissions submissions;
    private final CurrentCaller caller;

    SignalSubmissionResource(IdempotentSubmissions submissions, CurrentCaller caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(
            operationId = "submitSignal",
            summary = "Signaal of vraag indienen",
            description = "Voor gemeenten, provincies en systemen met signals:write. Geeft een kenmerk en een "
                    + "antwoordtermijn. Met Idempotency-Key kan een systeem veilig opnieuw proberen: "
                    + "dezelfde sleutel met dezelfde inhoud geeft het eerste signaal terug, met andere "
                    + "inhoud een 422.")
    @APIResponse(
            responseCode = "201",
            description = "Ingediend (of, bij een herhaalde Idempotency-Key, het eerder ingediende signaal).",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "422", description = "Deze Idempotency-Key is al gebruikt met een andere inhoud.")
    public Response submit(
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            description =
                                    "Een unieke sleutel per signaal (bijvoorbeeld een UUID), 1 tot 255 zichtbare tekens.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            minLength = 1,
                                            maxLength = 255,
                                            pattern = "^[\\x21-\\x7E]+$"),
                            example = "0b6f2d1e-6a7c-4f5e-9b8a-1c2d3e4f5a6b")
                    String key,
            @Valid @NotNull SignalRequest request,
            @Context HttpServerRequest http) {
        // JAX-RS gives an empty header as null; the raw request tells an empty key from none
        var submitted = submissions.submit(request, http.getHeader("Idempotency-Key"), caller.get());
        return Response.created(URI.create("signals/" + submitted.shown().view().id()))
                .entity(submitted.shown().view())
                .tag(Preconditions.etag(submitted.shown().version()))
                .header("Idempotent-Replayed", submitted.replayed() ? "true" : null)
                .build();
    }
}
