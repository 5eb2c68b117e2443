package nl.handreiking.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Problem responses written on the HTTP layer, for requests that the REST layer (and so {@link ProblemMapper})
 * never sees: malformed requests, and failures of the router itself. Same body, same headers.
 */
@ApplicationScoped
public class HttpProblems {

    private final ObjectMapper json;

    HttpProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Ahead of Quarkus' own error page, which is JSON but no problem and may show a stack trace; and for the
     * requests the router refuses before any route, such as an address whose %-codes do not decode.
     */
    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.errorHandler(400, this::failure);
    }

    /** Requests that Netty could not decode at all: a control character in a header, an overlong line or header block. */
    void undecodable(@ObservesAsync HttpServerStart start, Vertx vertx) {
        // This may run before Vert.x has registered the servers (one per event loop), and then found none: every
        // undecodable request got Vert.x' empty 400 (CI saw it). So it tries again every 20 ms until one takes
        // it, and then every second for the first minute for any that came later (installing again is harmless).
        int[] servers = {InvalidRequests.install(vertx, this::undecodable)};
        for (int wait = 0; servers[0] == 0 && wait < 500; wait++) { // an asynchronous observer: it may wait
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            servers[0] = InvalidRequests.install(vertx, this::undecodable);
        }
        int[] rounds = {0};
        vertx.setPeriodic(1000, timer -> {
            int now = InvalidRequests.install(vertx, this::undecodable);
            if (now != servers[0]) {
                Log.infof("Problems for undecodable requests on %d HTTP servers (was %d)", now, servers[0]);
                servers[0] = now;
            }
            if (++rounds[0] >= 60) {
                vertx.cancelTimer(timer);
            }
        });
    }

    /** The language the request asks for; route handlers run outside the request scope that {@link Messages#current()} reads. */
    static Locale language(HttpServerRequest request) {
        return Messages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** A problem whose title and detail are the texts under these keys, in the request's language. */
    void refuse(
            RoutingContext ctx,
            int status,
            String titleKey,
            String detailKey,
            List<Problem.InvalidParam> invalidParams,
            Object... args) {
        Locale language = language(ctx.request());
        send(ctx, status, Messages.text(language, titleKey), Messages.text(language, detailKey, args), invalidParams);
    }

    void send(RoutingContext ctx, int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        if (OAuthError.tokenEndpoint(ctx.request().path())) { // OAuth clients read RFC 6749 errors there
            writeOAuth(ctx.response(), status, detail, language(ctx.request()));
            return;
        }
        write(
                ctx.response(),
                new Problem(URI.create("about:blank"), title, status, detail, instance(ctx), invalidParams),
                language(ctx.request()));
    }

    private void writeOAuth(HttpServerResponse response, int status, String detail, Locale language) {
        try {
            response.headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            response.setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Messages.tag(language))
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader("Pragma", "no-cache")
                    .end(json.writeValueAsString(new OAuthError(OAuthError.forStatus(status), detail)));
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
        }
    }

    private Future<Void> write(HttpServerResponse response, Problem problem, Locale language) {
        try {
            response.headers()
                    .add(
                            HttpHeaders.VARY,
                            HttpHeaders.ACCEPT_LANGUAGE); // next to a Vary: Origin that CORS may have set
            return response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Messages.tag(language))
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            return response.setStatusCode(500).end();
        }
    }

    /** Like Vert.x' default (status by cause, then the connection closes, as the decoder cannot go on), with a problem. */
    private void undecodable(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Locale language = cause instanceof TooLongHttpHeaderException
                ? Messages.DUTCH
                : language(request); // headers may not have been read
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = new Problem(
                    URI.create("about:blank"),
                    Messages.text(language, "title.uriTooLong"),
                    414,
                    Messages.text(language, "detail.uriTooLong", RequestGuard.MAX_URI_LENGTH),
                    null,
                    null);
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = new Problem(
                    URI.create("about:blank"),
                    Messages.text(language, "title.headersTooLarge"),
                    431,
                    Messages.text(language, "detail.headersTooLarge", RequestGuard.MAX_HEADER_BYTES / 1024),
                    null,
                    null);
        } else {
            problem = new Problem(
                    URI.create("about:blank"),
                    Messages.text(language, "title.badRequest"),
                    400,
                    Messages.text(language, "detail.notHttp"),
                    null,
                    null);
        }
        HttpServerResponse response = request.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        write(response, problem, language).onComplete(written -> response.close());
    }

    private void failure(RoutingContext ctx) {
        if (!decodable(ctx.request().path())) { // the router failed to match it, before RequestGuard could see it
            refuse(
                    ctx,
                    400,
                    "title.badRequest",
                    "detail.badPercentEncoding",
                    List.of(new Problem.InvalidParam(
                            "path", Messages.text(language(ctx.request()), "reason.notAnAddress"))));
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            Log.errorf(ctx.failure(), "Unexpected error on %s", ctx.request().path());
        }
        switch (status) {
            case 400 -> refuse(ctx, 400, "title.badRequest", "detail.unreadableHost", null);
            case 404 -> refuse(ctx, 404, "title.notFound", "detail.noResource", null);
            case 405 -> refuse(ctx, 405, "title.methodNotAllowed", "detail.methodNotAllowed", null);
            case 413 -> refuse(ctx, 413, "title.tooLarge", "detail.requestTooLarge", null);
            default ->
                refuse(
                        ctx,
                        status,
                        status >= 500 ? "title.internal" : "title.error",
                        status >= 500 ? "detail.internal" : "detail.notProcessed",
                        null);
        }
    }

    private static boolean decodable(String path) {
        try {
            QueryStringDecoder.decodeComponent(path == null ? "" : path, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request's path, when it is a valid URI reference (a malformed request may have none). */
    private static URI instance(RoutingContext ctx) {
        try {
            return ctx.request().path() == null
                    ? null
                    : URI.create(ctx.request().path());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
