package nl.handreiking.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem responses; nothing internal reaches the client. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status(), e.title(), e.getMessage(), uri, e.invalidParams(), e.oauthError());
        e.headers().forEach((name, value) -> response.getHeaders().putIfAbsent(name, List.of(value)));
        return response;
    }

    @ServerExceptionMapper({
        AuthenticationFailedException.class,
        UnauthorizedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) { // the caller's session could not be looked up: not the caller's fault
            return unavailable(e, uri);
        }
        return problem(ProblemException.unauthorized(Messages.text("detail.signInOrToken")), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, Messages.text("title.forbidden"), Messages.text("detail.forbidden"), uri, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return respond(
                400,
                Messages.text("title.invalidInput"),
                ProblemException.badRequest(params).getMessage(),
                uri,
                params);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return badBody(uri, e.getPropertyName(), Messages.text("reason.unknownField"));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        return badBody(
                uri,
                field.isEmpty() ? "body" : field,
                e instanceof JsonInput.RejectedValue rejected ? rejected.reason() : Messages.text("reason.wrongType"));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        return duplicate.find()
                ? badBody(uri, duplicate.group(1), Messages.text("reason.duplicateKey"))
                : badBody(uri, "body", Messages.text("reason.notJson"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause()
                instanceof
                JsonProcessingException json) { // the REST layer wraps some JSON errors, a repeated key among them
            return unreadable(json, uri);
        }
        if (bodyTooLarge(e)) {
            return tooLarge(uri);
        }
        return switch (status) {
            case 400 -> respond(400, Messages.text("title.badRequest"), Messages.text("detail.unreadable"), uri, null);
            case 401 -> problem(ProblemException.unauthorized(Messages.text("detail.signInOrTokenShort")), uri);
            case 403 -> respond(403, Messages.text("title.forbidden"), Messages.text("detail.forbidden"), uri, null);
            case 404 -> respond(404, Messages.text("title.notFound"), Messages.text("detail.noResource"), uri, null);
            case 405 ->
                respond(
                        405,
                        Messages.text("title.methodNotAllowed"),
                        Messages.text("detail.methodNotAllowed"),
                        uri,
                        null);
            case 406 ->
                respond(406, Messages.text("title.notAcceptable"), Messages.text("detail.notAcceptable"), uri, null);
            case 415 ->
                respond(
                        415,
                        Messages.text("title.unsupportedMediaType"),
                        Messages.text("detail.unsupportedMediaType", ConsumedTypes.forPath(uri.getPath())),
                        uri,
                        null);
            default ->
                status >= 500
                        ? internal(e, uri)
                        : respond(
                                status, Messages.text("title.error"), Messages.text("detail.notProcessed"), uri, null);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return bodyTooLarge(e) ? tooLarge(uri) : internal(e, uri);
    }

    private Response tooLarge(UriInfo uri) {
        return respond(413, Messages.text("title.tooLarge"), Messages.text("detail.bodyTooLarge"), uri, null);
    }

    /**
     * A body sent in chunks, without a Content-Length the HTTP layer could refuse up front, is cut off by the
     * REST layer's input stream when it passes the limit; its IOException comes here, wrapped or not.
     */
    private static boolean bodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.IOException && "Request too large".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private Response internal(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, uri);
        }
        if (DatabaseOutage.concurrent(e)) { // rolled back whole: nothing written, the same request may be sent again
            Log.infof("Concurrent change on %s: %s", uri.getPath(), e.getMessage());
            Response response =
                    respond(409, Messages.text("title.conflict"), Messages.text("detail.concurrentChange"), uri, null);
            response.getHeaders().putSingle("Retry-After", "1");
            return response;
        }
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, Messages.text("title.internal"), Messages.text("detail.internal"), uri, null);
    }

    /** The database cannot be reached: a 503 that tells the client when to try again; see {@link DatabaseOutage}. */
    private Response unavailable(Throwable e, UriInfo uri) {
        Log.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
        Response response =
                respond(503, Messages.text("title.unavailable"), Messages.text("detail.unavailable"), uri, null);
        response.getHeaders().putSingle("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        return response;
    }

    private Response badBody(UriInfo uri, String field, String reason) {
        List<Problem.InvalidParam> params = List.of(new Problem.InvalidParam(field, reason));
        return respond(
                400,
                Messages.text("title.invalidInput"),
                ProblemException.badRequest(params).getMessage(),
                uri,
                params);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** "create.request.title" becomes "title": the path without method and parameter, or the parameter itself. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String parameter = "body";
        List<String> names = new java.util.ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        names.add(node.getName());
                    }
                }
                default -> {}
            }
        }
        return names.isEmpty() ? parameter : String.join(".", names);
    }

    static Response respond(
            int status, String title, String detail, UriInfo uri, List<Problem.InvalidParam> invalidParams) {
        return respond(status, title, detail, uri, invalidParams, null);
    }

    /** A problem, or at the OAuth token endpoint the RFC 6749 error that OAuth clients expect instead. */
    private static Response respond(
            int status,
            String title,
            String detail,
            UriInfo uri,
            List<Problem.InvalidParam> invalidParams,
            String oauthError) {
        if (OAuthError.tokenEndpoint(uri)) {
            return OAuthError.response(status, oauthError, detail);
        }
        Problem body = new Problem(
                URI.create("about:blank"),
                title,
                status,
                detail,
                URI.create(uri.getRequestUri().getRawPath()),
                invalidParams);
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(body)
                .header("Content-Language", Messages.tag(Messages.current()))
                .header("Vary", "Accept-Language")
                .build();
    }
}
