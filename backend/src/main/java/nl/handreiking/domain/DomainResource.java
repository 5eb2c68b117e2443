package nl.handreiking.domain;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policy domains: reception, housing and integration. */
@Path("/domains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "domains", description = "Beleidsterreinen: opvang, huisvesting en inburgering.")
@PublicRead(PublicRead.Freshness.REFERENCE)
public class DomainResource {

    private final DomainService service;

    DomainResource(DomainService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listDomains",
            summary = "Beleidsterreinen",
            description = "De drie beleidsterreinen van de Integrale Handreiking, in vaste volgorde.")
    public Page<DomainView> list(@BeanParam PageRequest paging) {
        return service.list(paging.validated()).map(DomainView::from);
    }
}
