package nl.handreiking.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * The served OpenAPI document names the server it is served from first, so that Swagger UI's "Try it out"
 * calls this server on localhost and on every test or acceptance server alike. The URL is relative, which a
 * client resolves against the document's own address; only the served document gets it (this filter runs per
 * request, never at build time), so the committed openapi.yaml keeps its one https server (as the API Design
 * Rules want) and stays the same on every machine.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ServedFromFirst implements OASFilter {

    static final String THIS_SERVER = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Server> servers = new ArrayList<>();
        servers.add(OASFactory.createServer().url(THIS_SERVER).description("Deze server (waar u dit document opende)"));
        if (openAPI.getServers() != null) {
            openAPI.getServers().stream()
                    .filter(server -> !THIS_SERVER.equals(server.getUrl()))
                    .forEach(servers::add);
        }
        openAPI.setServers(servers);
    }
}
