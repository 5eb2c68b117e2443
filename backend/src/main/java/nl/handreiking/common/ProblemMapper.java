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
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem responses; nothing internal reaches the client. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status(), e.title(), e.getMessage(), uri, e.invalidParams());
        e.headers().forEach(response.getHeaders()::putSingle);
        return response;
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return problem(ProblemException.unauthorized(
                "Meld u aan of stuur een geldig toegangstoken mee in de Authorization-header (Bearer). Een verlopen, gewijzigd of ingetrokken token telt niet."), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Geen toegang", "U bent aangemeld, maar uw rol of scope geeft geen toegang tot deze handeling.", uri, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return respond(400, "Ongeldige invoer", ProblemException.badRequest(params).getMessage(), uri, params);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return badBody(uri, e.getPropertyName(), "is geen bekend veld");
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        return badBody(uri, field.isEmpty() ? "body" : field, "heeft niet het juiste type of formaat");
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return badBody(uri, "body", "is geen geldige JSON");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> respond(400, "Ongeldige aanvraag", "De aanvraag kon niet worden gelezen.", uri, null);
            case 401 -> problem(ProblemException.unauthorized("Meld u aan of stuur een geldig toegangstoken mee in de Authorization-header (Bearer)."), uri);
            case 403 -> respond(403, "Geen toegang", "U bent aangemeld, maar uw rol of scope geeft geen toegang tot deze handeling.", uri, null);
            case 404 -> respond(404, "Niet gevonden", "Er is geen resource op dit pad.", uri, null);
            case 405 -> respond(405, "Methode niet toegestaan", "Deze HTTP-methode wordt op dit pad niet ondersteund.", uri, null);
            case 406 -> respond(406, "Niet aanvaardbaar", "Dit antwoord is alleen beschikbaar als application/json; pas de Accept-header aan.", uri, null);
            case 415 -> respond(415, "Mediatype niet ondersteund", "Stuur de body als application/json.", uri, null);
            default -> status >= 500 ? internal(e, uri) : respond(status, "Fout", "De aanvraag kon niet worden verwerkt.", uri, null);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, "Interne fout", "Er ging iets mis aan onze kant. Probeer het later opnieuw.", uri, null);
    }

    private Response badBody(UriInfo uri, String field, String reason) {
        List<Problem.InvalidParam> params = List.of(new Problem.InvalidParam(field, reason));
        return respond(400, "Ongeldige invoer", ProblemException.badRequest(params).getMessage(), uri, params);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
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
                default -> { }
            }
        }
        return names.isEmpty() ? parameter : String.join(".", names);
    }

    static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.InvalidParam> invalidParams) {
        Problem body = new Problem(URI.create("about:blank"), title, status, detail, URI.create(uri.getRequestUri().getRawPath()), invalidParams);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
