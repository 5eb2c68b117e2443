package nl.handreiking.signal;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PathId;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signals and questions: submitted by municipalities, provinces and systems, handled by the support team. */
@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals", description = "Bestuurlijke signalen en vragen aan het ondersteuningsteam: indienen, volgen, behandelen.")
@SecurityRequirement(name = "bearer")
public class SignalResource {

    private static final String WHO = "Gemeenten en provincies zien hun eigen signalen, het ondersteuningsteam alle, systemen met signals:write die van hun regio of die ze zelf indienden.";

    private final SignalService service;
    private final IdempotentSubmissions submissions;
    private final SignalTriage triage;
    private final SignalQueue queue;
    private final SignalViews views;
    private final CurrentCaller caller;

    SignalResource(SignalService service, IdempotentSubmissions submissions, SignalTriage triage, SignalQueue queue, SignalViews views, CurrentCaller caller) {
        this.service = service;
        this.submissions = submissions;
        this.triage = triage;
        this.queue = queue;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(operationId = "listSignals", summary = "Signalen", description = WHO + " Standaard op urgentie: te laat eerst, dan de vroegste termijn.")
    public Page<SignalSummary> list(@BeanParam SignalFilter filter) {
        return queue.page(filter.read(), caller.get()).map(views::summary);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(operationId = "exportSignals", summary = "Signalen als CSV", description = "Dezelfde filters als de lijst, zonder paginering; zonder beschrijving, antwoord en notities. UTF-8 met BOM, puntkomma's.")
    public Response export(@BeanParam SignalFilter filter) {
        String csv = SignalCsv.write(queue.all(filter.read(), caller.get()).stream().map(views::summary).toList(), SignalTheme.dutchNames());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"signals.csv\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(operationId = "submitSignal", summary = "Signaal of vraag indienen",
            description = "Voor gemeenten, provincies en systemen met signals:write. Geeft een kenmerk en een antwoordtermijn. Met Idempotency-Key kan een systeem veilig opnieuw proberen: dezelfde sleutel met dezelfde inhoud geeft het eerste signaal terug, met andere inhoud een 422.")
    @APIResponse(responseCode = "201", description = "Ingediend (of, bij een herhaalde Idempotency-Key, het eerder ingediende signaal).",
            content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "422", description = "Deze Idempotency-Key is al gebruikt met een andere inhoud.")
    public Response submit(
            @HeaderParam("Idempotency-Key") @Parameter(description = "Een unieke sleutel per signaal (bijvoorbeeld een UUID), 1 tot 255 zichtbare tekens.",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255, pattern = "^[\\x21-\\x7E]+$"), example = "0b6f2d1e-6a7c-4f5e-9b8a-1c2d3e4f5a6b") String key,
            @Valid @NotNull SignalRequest request, @Context HttpServerRequest http) {
        // JAX-RS gives an empty header as null; the raw request tells an empty key from none
        var submitted = submissions.submit(request, idempotencyKey(http.getHeader("Idempotency-Key")), caller.get());
        Signal signal = submitted.signal();
        return Response.created(URI.create("signals/" + signal.id)).entity(views.detail(signal, SignalAccess.party(signal, caller.get()).orElseThrow(), caller.get()))
                .tag(Preconditions.etag(signal.version)).header("Idempotent-Replayed", submitted.replayed() ? "true" : null).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
    @Operation(operationId = "getSignal", summary = "Eén signaal", description = WHO + " Een signaal van een andere regio bestaat voor u niet (404). allowedTransitions zegt wat u nu kunt doen.")
    @APIResponse(responseCode = "200", description = "Het signaal.", content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Id van het signaal.") String id) {
        var seen = service.visible(PathId.parse(id), caller.get()).orElseThrow(SignalHttp::notFound);
        return SignalHttp.ok(views.detail(seen.signal(), seen.party(), caller.get()), seen.signal());
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPPORT_ROLE)
    @Operation(operationId = "classifySignal", summary = "Thema, prioriteit en eigenaar zetten",
            description = "Alleen het ondersteuningsteam. Vereist de ETag in If-Match (428 zonder, 412 als verouderd).")
    @APIResponse(responseCode = "200", description = "Gewijzigd.", content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response classify(@PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag van de versie die u wijzigt.", example = "\"3\"") String ifMatch,
            @Valid @NotNull ClassificationRequest request) {
        var seen = triage.classify(PathId.parse(id), ifMatch, request, caller.get()).orElseThrow(SignalHttp::notFound);
        return SignalHttp.ok(views.detail(seen.signal(), seen.party(), caller.get()), seen.signal());
    }

    @PUT
    @Path("/{id}/links/{itemId}")
    @RolesAllowed(Role.SUPPORT_ROLE)
    @Operation(operationId = "linkSignal", summary = "Opgave of maatregel koppelen", description = "Alleen het ondersteuningsteam: de opgave of maatregel die het signaal raakt of oplost.")
    @APIResponse(responseCode = "200", description = "Gekoppeld.", content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response link(@PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @PathParam("itemId") @Parameter(description = "Id van de opgave of maatregel.") String itemId) {
        return linked(id, itemId, true);
    }

    @DELETE
    @Path("/{id}/links/{itemId}")
    @RolesAllowed(Role.SUPPORT_ROLE)
    @Operation(operationId = "unlinkSignal", summary = "Koppeling opheffen", description = "Alleen het ondersteuningsteam.")
    @APIResponse(responseCode = "200", description = "Ontkoppeld.", content = @Content(schema = @Schema(implementation = SignalView.class)))
    public Response unlink(@PathParam("id") @Parameter(description = "Id van het signaal.") String id,
            @PathParam("itemId") @Parameter(description = "Id van de opgave of maatregel.") String itemId) {
        return linked(id, itemId, false);
    }

    private Response linked(String id, String itemId, boolean add) {
        var seen = triage.link(PathId.parse(id), PathId.parse(itemId, "itemId"), add, caller.get()).orElseThrow(SignalHttp::notFound);
        return SignalHttp.ok(views.detail(seen.signal(), seen.party(), caller.get()), seen.signal());
    }

    private static Optional<String> idempotencyKey(String key) {
        if (key != null && (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E))) {
            throw ProblemException.badRequest("Idempotency-Key", Messages.text("reason.idempotencyKey"));
        }
        return Optional.ofNullable(key);
    }
}
