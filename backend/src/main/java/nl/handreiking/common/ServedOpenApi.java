package nl.handreiking.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * The document this server hands out lists itself first, so that Swagger UI tries calls against the
 * server it was opened on; the committed openapi.yaml keeps only the public https server.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServedOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Server> servers = new ArrayList<>(openAPI.getServers() == null ? List.of() : openAPI.getServers());
        servers.add(0, OASFactory.createServer().url(OpenApiConventions.BASE_PATH).description("Deze server"));
        openAPI.setServers(servers);
    }
}
