package nl.handreiking.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one place that decides how long an API answer may be kept. A successful anonymous GET of a
 * {@link PublicRead} is {@code public} with its max-age and stale-while-revalidate, a strong ETag (the version
 * where the resource set one, else a digest of the bytes, computed once here) and 304 without a body when
 * If-None-Match names it. Everything else (signed-in callers, personal data, errors) keeps the default that
 * {@link ApiHttp} sets: {@code private, no-store}.
 */
public class HttpCaching {

    /** The answer for anything personal, signed in or failed. */
    public static final String NOT_STORED = "private, no-store";

    /**
     * A public read answers a signed-in caller privately (an editor also sees drafts), and its bytes are
     * compressed for whoever asks: a shared cache must keep those apart.
     */
    private static final String VARIES_BY = "Authorization, Accept-Encoding";

    private final HandreikingConfig.Caching config;
    private final ObjectMapper json;
    private final CurrentVertxRequest http;

    HttpCaching(HandreikingConfig config, ObjectMapper json, CurrentVertxRequest http) {
        this.config = config.caching();
        this.json = json;
        this.http = http;
    }

    /** Response filters run from the highest priority down: this one last, on the answer as the others left it. */
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void decide(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource)
            throws IOException {
        Optional<PublicRead> read = publicRead(resource);
        if (read.isEmpty() || !isRead(request)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, vary(response));
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NOT_STORED);
            return;
        }
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return; // an error keeps private, no-store
        }
        response.getHeaders()
                .putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(read.get().value()));
        boolean versioned = response.getEntityTag() != null;
        if (versioned && response.getEntity() instanceof PublicRead.ShowsMoreThanItsVersion) {
            return; // its version alone cannot confirm a cached copy: always sent whole
        }
        EntityTag etag = versioned ? response.getEntityTag() : digest(response);
        if (Preconditions.noneMatchNames(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** The ETag of an unversioned answer; its bytes replace the entity, so that they are written as hashed. */
    private EntityTag digest(ContainerResponseContext response) throws IOException {
        byte[] bytes = bytes(response.getEntity());
        response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
        EntityTag etag = Preconditions.etag(bytes);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        return etag;
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof InputStream in) {
            try (in) {
                return in.readAllBytes();
            }
        }
        return json.writeValueAsBytes(entity);
    }

    private String cacheControl(PublicRead.Freshness freshness) {
        return switch (freshness) {
            case CATALOGUE -> kept(config.catalogueMaxAge(), config.catalogueStaleWhileRevalidate());
            case FIGURES -> kept(config.figuresMaxAge(), config.figuresStaleWhileRevalidate());
            case REFERENCE -> kept(config.referenceMaxAge(), config.referenceStaleWhileRevalidate());
            case FIXED -> kept(config.fixedMaxAge(), config.fixedStaleWhileRevalidate());
        };
    }

    private static String kept(Duration maxAge, Duration staleWhileRevalidate) {
        return "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    /** One Vary header with what CORS (Origin) and the resource already named, and ours. */
    private String vary(ContainerResponseContext response) {
        Set<String> names = new LinkedHashSet<>();
        var routing = http.getCurrent();
        if (routing != null) {
            routing.response().headers().getAll(HttpHeaders.VARY).forEach(value -> add(names, value));
        }
        response.getStringHeaders()
                .getOrDefault(HttpHeaders.VARY, java.util.List.of())
                .forEach(v -> add(names, v));
        add(names, VARIES_BY);
        return String.join(", ", names);
    }

    private static void add(Set<String> names, String value) {
        Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .forEach(names::add);
    }

    private static boolean isRead(ContainerRequestContext request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }

    private static Optional<PublicRead> publicRead(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(resource.getResourceMethod().getAnnotation(PublicRead.class))
                .or(() -> Optional.ofNullable(resource.getResourceClass().getAnnotation(PublicRead.class)));
    }
}
