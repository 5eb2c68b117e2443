package nl.handreiking.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log: every change, newest first; for administrators. */
@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit-events", description = "Auditlog: wie wijzigde wat en wanneer (alleen beheerders).")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_ROLE)
public class AuditResource {

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Auditlog",
            description = "Alle wijzigingen, de nieuwste eerst; te filteren op soort en id van het item.")
    public Page<AuditEventView> list(
            @QueryParam("entityType")
                    @Parameter(description = "Soort item, zoals user of api-client.", example = "user")
                    String entityType,
            @QueryParam("entityId") @Parameter(description = "Id van het item.") String entityId,
            @BeanParam PageRequest paging) {
        QueryParams params = new QueryParams();
        var type = params.text("entityType", entityType, 50);
        var id = params.text("entityId", entityId, 100);
        var bounds = paging.read(params);
        params.throwIfInvalid();
        return log.list(type, id, bounds).map(AuditEventView::from);
    }
}
