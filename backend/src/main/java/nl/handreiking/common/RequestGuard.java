package nl.handreiking.common;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses requests that are malformed as HTTP before any resource runs, each with a problem: no Host, an
 * address that is no URI, an overlong address or header block, and on the API a path or query parameter
 * that does not decode or holds a control character (PostgreSQL refuses NUL; the others forge logs).
 * Netty's own limits are set far higher (application.properties), so that these limits answer with a body
 * rather than an empty 414 or 431; beyond those, {@link HttpProblems} answers for Netty.
 */
@ApplicationScoped
class RequestGuard {

    static final int MAX_URI_LENGTH = 4096;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final HttpProblems problems;

    RequestGuard(HttpProblems problems) {
        this.problems = problems;
    }

    void filters(@Observes Filters filters) {
        filters.register(this::guard, 90); // after ApiHttp's conventions, so that these problems carry its headers too
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Locale language = HttpProblems.language(request);
        if (request.version() == HttpVersion.HTTP_1_0 && request.getHeader(HttpHeaders.HOST) == null) {
            problems.refuse(
                    ctx,
                    400,
                    "title.badRequest",
                    "detail.sendHost",
                    List.of(new Problem.InvalidParam("Host", Messages.text(language, "reason.required"))));
            return;
        }
        if (request.uri().length() > MAX_URI_LENGTH) {
            problems.refuse(ctx, 414, "title.uriTooLong", "detail.uriTooLong", null, MAX_URI_LENGTH);
            return;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            problems.refuse(ctx, 431, "title.headersTooLarge", "detail.headersTooLarge", null, MAX_HEADER_BYTES / 1024);
            return;
        }
        if (!wellFormed(request.uri())) {
            problems.refuse(
                    ctx,
                    400,
                    "title.badRequest",
                    "detail.notAUri",
                    List.of(new Problem.InvalidParam("path", Messages.text(language, "reason.notAnAddress"))));
            return;
        }
        List<Problem.InvalidParam> invalid =
                ctx.normalizedPath().startsWith(ApiHttp.API_ROOT) ? invalid(request, language) : List.of();
        if (!invalid.isEmpty()) {
            problems.send(
                    ctx,
                    400,
                    Messages.text(language, "title.invalidInput"),
                    ProblemException.describe(language, invalid),
                    invalid);
            return;
        }
        ctx.next();
    }

    /**
     * The check Quarkus makes before any handler, done here instead (Main and the test configuration set
     * {@code vertx.disableURIValidation}), so that an address that is no URI gets a problem, not an empty 400.
     */
    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /** The path segments and query parameters that do not decode, or decode to a control character. */
    private static List<Problem.InvalidParam> invalid(HttpServerRequest request, Locale language) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        try {
            URI.create(request.uri());
            for (String segment : request.path().split("/")) {
                Text.forbiddenInLine(decode(segment))
                        .ifPresent(c -> invalid.add(
                                new Problem.InvalidParam("path", Messages.text(language, "reason.control", c))));
            }
        } catch (IllegalArgumentException e) {
            return List.of(new Problem.InvalidParam("path", Messages.text(language, "reason.notAnAddress")));
        }
        try {
            new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8)
                    .parameters()
                    .forEach((name, values) -> {
                        String bad = Text.forbiddenInLine(name)
                                .or(() -> values.stream()
                                        .flatMap(v -> Text.forbiddenInLine(v).stream())
                                        .findFirst())
                                .orElse(null);
                        if (bad != null) {
                            invalid.add(new Problem.InvalidParam(
                                    Text.escape(name), Messages.text(language, "reason.control", bad)));
                        }
                    });
        } catch (IllegalArgumentException e) {
            invalid.add(new Problem.InvalidParam("query", Messages.text(language, "reason.queryEncoding")));
        }
        return invalid;
    }

    private static String decode(String segment) {
        return QueryStringDecoder.decodeComponent(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
