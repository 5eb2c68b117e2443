package nl.handreiking.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes every {@code Location} header absolute on the configured public address
 * ({@code handreiking.public-url}), never on the Host (or X-Forwarded-Host) a request names: a forged
 * Host would otherwise send clients, and whatever they post next, elsewhere.
 */
public class PublicLocations {

    private final String publicUrl;

    PublicLocations(HandreikingConfig config) {
        this.publicUrl = config.publicUrlBase();
    }

    @ServerResponseFilter
    public void location(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = URI.create(location.toString());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        response.getHeaders()
                .putSingle(
                        HttpHeaders.LOCATION,
                        publicUrl + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
