package nl.handreiking.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the RFC 8288 Link header (first, prev, next, last) to every response that returns a {@link Paged} page. */
public class PageLinks {

    @ServerResponseFilter
    public void link(ContainerResponseContext response, UriInfo uri) {
        if (!(response.getEntity() instanceof Paged page)) {
            return;
        }
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, page.pageSize(), "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, page.totalPages()), page.pageSize(), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, page.pageSize(), "next"));
        }
        links.add(link(uri, page.totalPages(), page.pageSize(), "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriInfo uri, int page, int pageSize, String rel) {
        URI target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
