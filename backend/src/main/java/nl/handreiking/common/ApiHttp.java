package nl.handreiking.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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
    private static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, Idempotency-Key";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    /**
     * The single-page app: only its own scripts, styles, fonts and images (data: for the icons its styles
     * carry), calls only to this origin, and no inline script at all; never framed.
     */
    static final String SPA_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI keeps its own, looser policy: its page starts with an inline script and inline styles. */
    static final String SWAGGER_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** API answers and other operations documents: nothing in them may load or run anything. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String SPA_ASSETS = "/assets/"; // the built SPA's scripts, styles and fonts

    private final HandreikingConfig config;
    private final HttpProblems problems;

    /** The largest request body Quarkus accepts; a larger one is refused here, as a problem, before it is read. */
    private final long maxBodySize;

    ApiHttp(
            HandreikingConfig config,
            HttpProblems problems,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
                    io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.config = config;
        this.problems = problems;
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
        ctx.addHeadersEndHandler(v -> securityHeaders(ctx.response(), path, api));
        if (!api) {
            ctx.next();
            return;
        }
        if (!cors(ctx, path)) {
            return;
        }
        if (declaredLength(ctx) > maxBodySize) {
            problems.refuse(ctx, 413, "title.tooLarge", "detail.requestLargerThan", null, maxBodySize / (1024 * 1024));
            return;
        }
        if (path.endsWith("/")) {
            problems.refuse(ctx, 404, "title.notFound", "detail.trailingSlash", null);
            return;
        }
        ctx.next();
    }

    private void securityHeaders(HttpServerResponse response, String path, boolean api) {
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Content-Security-Policy", policy(path, api));
        if (api) {
            headers.set("API-Version", config.apiVersion());
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                // unless HttpCaching found a public read: then its answer may be kept
                headers.set(HttpHeaders.CACHE_CONTROL, HttpCaching.NOT_STORED);
            }
        } else if (path.startsWith(SPA_ASSETS) && response.getStatusCode() == 200) {
            // Vite names each built file after a hash of its content: a changed file is a new name.
            headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        } else if (String.valueOf(headers.get(HttpHeaders.CONTENT_TYPE)).startsWith("text/html")) {
            headers.set(
                    HttpHeaders.CACHE_CONTROL,
                    "no-cache"); // the SPA's index must be revalidated; its hashed assets may be cached
        } else if (path.equals("/") && response.getStatusCode() == 200) {
            // Vert.x answers HEAD for a static file without its type, and would let it be cached for a day
            headers.set(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8");
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    private static String policy(String path, boolean api) {
        if (path.equals(SWAGGER_UI) || path.startsWith(SWAGGER_UI + "/")) {
            return SWAGGER_POLICY;
        }
        return api || path.startsWith("/q/") ? DATA_POLICY : SPA_POLICY;
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
            problems.refuse(ctx, 404, "title.notFound", "detail.noResource", null);
        } else if ((ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                && !path.equals("/")
                && !path.startsWith("/q/")
                && !path.contains(".")) {
            ctx.reroute("/"); // a route of the single-page app: serve index.html so the route survives a reload
        } else {
            ctx.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("Niet gevonden");
        }
    }
}
