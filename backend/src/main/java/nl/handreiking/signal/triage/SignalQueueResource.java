package nl.handreiking.signal.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.handreiking.common.Page;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import nl.handreiking.signal.SignalHttp;
import nl.handreiking.signal.SignalSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The list of signals, filtered and in the order the support team works through them, and the same as CSV. */
@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.MUNICIPALITY_ROLE, Role.PROVINCE_ROLE, Role.SUPPORT_ROLE, Scope.SIGNALS_WRITE_SCOPE})
class SignalQueueResource {

    private final SignalQueue queue;
    private final CurrentCaller caller;

    SignalQueueResource(SignalQueue queue, CurrentCaller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listSignals",
            summary = "Signalen",
            description = SignalHttp.WHO + " Standaard op urgentie: te laat eerst, dan de vroegste termijn.")
    public Page<SignalSummary> list(@BeanParam SignalFilter filter) {
        return queue.page(filter.read(), caller.get());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportSignals",
            summary = "Signalen als CSV",
            description =
                    "Dezelfde filters als de lijst, zonder paginering; zonder beschrijving, antwoord en notities. UTF-8 met BOM, puntkomma's.")
    public Response export(@BeanParam SignalFilter filter) {
        return Response.ok(queue.export(filter.read(), caller.get()))
                .header("Content-Disposition", "attachment; filename=\"signals.csv\"")
                .build();
    }
}
