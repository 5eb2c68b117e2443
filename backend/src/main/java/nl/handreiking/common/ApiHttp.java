package nl.handreiking.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * HTTP conventions of the Dutch API Design Rules that hold for every response, whatever produced it:
 * the API-Version and security headers, CORS by allowlist (open for the OpenAPI document), 404 for a
 * trailing slash or an unknown API path, and the single-page app for every other unknown path.
 */
@ApplicationScoped
public class ApiHttp {

    static final String API_ROOT = "/api/";
    static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";
    private static final String EXPOSED_HEADERS = "API-Version, Link, Location, ETag, Retry-After";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, Idempotency-Key";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

    private final HandreikingConfig config;
    private final ObjectMapper json;

    /** The largest request body Quarkus accepts; a larger one is refused here, as a problem, before it is read. */
    private final long maxBodySize;

    ApiHttp(HandreikingConfig config, ObjectMapper json,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.config = config;
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void filters(@Observes Filters filters) {
        filters.register(this::conventions, 100);
    }

    void fallback(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void conventions(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean api = path.startsWith(API_ROOT);
        ctx.addHeadersEndHandler(v -> securityHeaders(ctx.response(), api));
        if (!api) {
            ctx.next();
            return;
        }
        if (!cors(ctx, path)) {
            return;
        }
        if (declaredLength(ctx) > maxBodySize) {
            problem(ctx, 413, "Aanvraag te groot", "De aanvraag is groter dan " + maxBodySize / (1024 * 1024)
                    + " MB. Een bijlage mag ten hoogste 10 MB zijn.");
            return;
        }
        if (path.endsWith("/")) {
            problem(ctx, 404, "Niet gevonden", "Paden van deze API eindigen nooit op een schuine streep; laat de laatste / weg.");
            return;
        }
        ctx.next();
    }

    private void securityHeaders(HttpServerResponse response, boolean api) {
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        }
        if (api) {
            headers.set("API-Version", config.apiVersion());
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (String.valueOf(headers.get(HttpHeaders.CONTENT_TYPE)).startsWith("text/html")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache"); // the SPA's index must be revalidated; its hashed assets may be cached
        }
    }

    private static long declaredLength(RoutingContext ctx) {
        try {
            return Long.parseLong(String.valueOf(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)));
        } catch (NumberFormatException e) {
            return -1; // no or no valid length: the REST layer enforces the limit while reading
        }
    }

    /** Applies the CORS policy; returns false when the request was answered here (a preflight). */
    private boolean cors(RoutingContext ctx, String path) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        boolean open = path.equals(OPENAPI_DOCUMENT);
        boolean allowed = origin != null && (open || config.cors().origins().contains(origin));
        var headers = ctx.response().headers();
        headers.add(HttpHeaders.VARY, "Origin");
        if (allowed) {
            headers.set("Access-Control-Allow-Origin", open ? "*" : origin);
            headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            return true;
        }
        if (allowed) {
            headers.set("Access-Control-Allow-Methods", open ? "GET, OPTIONS" : ALLOWED_METHODS);
            headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.set("Access-Control-Max-Age", "3600");
        }
        ctx.response().setStatusCode(204).end();
        return false;
    }

    private void notFound(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith(API_ROOT)) {
            problem(ctx, 404, "Niet gevonden", "Er is geen resource op dit pad.");
        } else if (ctx.request().method() == HttpMethod.GET && !path.equals("/") && !path.startsWith("/q/") && !path.contains(".")) {
            ctx.reroute("/"); // a route of the single-page app: serve index.html so the route survives a reload
        } else {
            ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end("Niet gevonden");
        }
    }

    private void problem(RoutingContext ctx, int status, String title, String detail) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, URI.create(ctx.request().path()), null);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
