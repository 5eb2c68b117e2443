package nl.handreiking.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Writes the Dutch API Design Rules into the OpenAPI document once, instead of on every operation: paths
 * relative to the versioned server, the API-Version header on every success, a Link header on every page,
 * problem+json responses for 400, 404, 406, 500 and 503 (with Retry-After: the database is away), and on
 * every public read its caching headers, If-None-Match and 304.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    private static final String BASE_PATH = "/api/v1";
    private static final String PUBLIC_SERVER = "https://handreiking.example.nl" + BASE_PATH;
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String API_VERSION_REF = "#/components/headers/API-Version";
    private static final String LINK_REF = "#/components/headers/Link";
    private static final String RETRY_AFTER_REF = "#/components/headers/Retry-After";
    private static final String CACHE_HEADERS = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(
                List.of(OASFactory.createServer().url(PUBLIC_SERVER).description("Productie (voorbeeldadres)"))));
        inlineScalarReferences(openAPI.getComponents().getSchemas());
        openAPI.getComponents().getSchemas().forEach(OpenApiConventions::requireNonNullableProperties);
        openAPI.getComponents()
                .addSecurityScheme(
                        "bearer",
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "Toegangstoken: voor personen van POST /sessions, voor andere systemen van POST /oauth/token."))
                .addHeader(
                        "API-Version",
                        OASFactory.createHeader()
                                .description("De volledige versie van de API (semver).")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .addExample("1.0.0")))
                .addHeader(
                        "Link",
                        OASFactory.createHeader()
                                .description("Links naar de eerste, vorige, volgende en laatste pagina (RFC 8288).")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .addExample("</api/v1/regions?page=2&pageSize=20>; rel=\"next\"")))
                .addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Na hoeveel seconden een nieuwe poging zin heeft.")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .addExample(5)))
                .addHeader("ETag", header("De versie van dit antwoord; stuur hem terug in If-None-Match.", "\"3\""))
                .addHeader(
                        "Cache-Control",
                        header(
                                "Hoe lang een browser of gedeelde cache (CDN) het antwoord mag bewaren: openbaar, "
                                        + "anoniem gelezen: public met max-age en stale-while-revalidate; met "
                                        + "aanmelding: private, no-store.",
                                "public, max-age=60, stale-while-revalidate=300"))
                .addHeader(
                        "Vary",
                        header(
                                "De verzoekheaders waarvan het antwoord afhangt: met Authorization volgt een ander, "
                                        + "niet te bewaren antwoord.",
                                "Origin, Authorization, Accept-Encoding"));
        Map<String, PathItem> relative = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(BASE_PATH + "/")) {
                item.getOperations()
                        .forEach((method, operation) -> conventions(method, operation, item, errorContent(path)));
                item.getOperations().values().stream()
                        .filter(OpenApiConventions::hasParameters)
                        .forEach(operation -> operation.getParameters().forEach(OpenApiConventions::showNotFill));
                relative.put(path.substring(BASE_PATH.length()), item);
            }
        });
        openAPI.setPaths(OASFactory.createPaths());
        relative.forEach(openAPI.getPaths()::addPathItem);
    }

    private void conventions(PathItem.HttpMethod method, Operation operation, PathItem item, Content errors) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        // every operation: a path or query parameter with a control character, or a request without Host, is refused
        // anywhere
        addProblem(
                responses,
                errors,
                "400",
                "Ongeldige invoer; invalidParams noemt elke afgewezen parameter of elk afgewezen veld.");
        if (hasPathParameter(operation) || hasPathParameter(item)) {
            addProblem(responses, errors, "404", "Niet gevonden.");
        }
        // a request that sends an invalid, expired or revoked token is refused everywhere, public endpoints included
        addProblem(
                responses,
                errors,
                "401",
                "Niet aangemeld, of het meegestuurde token is ongeldig, verlopen of ingetrokken.");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addProblem(responses, errors, "403", "De rol of scope van de aanroeper geeft geen toegang.");
        }
        if (hasHeader(operation, "If-Match")) {
            addProblem(responses, errors, "412", "Het item is intussen gewijzigd: de ETag in If-Match is verouderd.");
            addProblem(responses, errors, "428", "If-Match ontbreekt: stuur de ETag van de versie die u wijzigt.");
        }
        if (hasBody) {
            addProblem(responses, errors, "415", "Het mediatype van de body wordt niet ondersteund.");
        }
        addProblem(responses, errors, "406", "Het gevraagde mediatype kan niet worden geleverd.");
        addProblem(responses, errors, "500", "Interne fout.");
        addProblem(
                responses,
                errors,
                "503",
                "De database is tijdelijk niet bereikbaar; probeer het opnieuw na het aantal seconden in Retry-After.");
        responses
                .getAPIResponse("503")
                .addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER_REF));
        if (method == PathItem.HttpMethod.GET && !hasSecurity(operation)) {
            publicRead(operation);
        }
        responses.getAPIResponses().forEach((status, response) -> {
            response.addHeader("API-Version", OASFactory.createHeader().ref(API_VERSION_REF));
            if (isPage(response)) {
                response.addHeader("Link", OASFactory.createHeader().ref(LINK_REF));
            }
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(errors);
            }
        });
    }

    /**
     * A GET open to everyone is a public read ({@link PublicRead}, applied by {@link HttpCaching}; a test checks
     * each one against this document): it may be cached, carries an ETag and answers 304 on If-None-Match.
     */
    private static void publicRead(Operation operation) {
        operation.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("De ETag van uw bewaarde kopie (of een lijst ervan, of *): is die nog actueel, dan volgt "
                        + "304 zonder body.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addExtension("x-example", "\"3\""));
        APIResponses responses = operation.getResponses();
        responses.getAPIResponses().entrySet().stream()
                .filter(entry -> entry.getKey().equals("200"))
                .forEach(entry -> cacheHeaders(entry.getValue()));
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Niet gewijzigd: uw kopie met deze ETag is actueel. Geen body; ETag, Cache-Control en "
                        + "Vary zoals bij 200.");
        cacheHeaders(notModified);
        responses.addAPIResponse("304", notModified);
    }

    private static void cacheHeaders(APIResponse response) {
        for (String name : List.of("ETag", "Cache-Control", "Vary")) {
            response.addHeader(name, OASFactory.createHeader().ref(CACHE_HEADERS + name));
        }
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .addExample(example));
    }

    private static boolean hasSecurity(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    /**
     * Swagger UI fills "Try it out" with a parameter's example and default, and so sends them; an optional
     * parameter must start empty. Its example moves to x-example, which Swagger UI shows as "Example" but
     * never fills in; its default is named in the description, where a reader sees it.
     */
    private static void showNotFill(Parameter parameter) {
        if (Boolean.TRUE.equals(parameter.getRequired()) || parameter.getIn() == Parameter.In.PATH) {
            return;
        }
        Schema schema = parameter.getSchema();
        Object example =
                parameter.getExample() != null ? parameter.getExample() : schema == null ? null : schema.getExample();
        if (example != null) {
            parameter.addExtension("x-example", example);
        }
        parameter.setExample(null);
        if (schema != null && schema.getRef() == null) {
            schema.setExample(null);
            if (schema.getExamples() != null) {
                schema.setExamples(null);
            }
            if (schema.getDefaultValue() != null) {
                String description = parameter.getDescription() == null
                        ? ""
                        : parameter.getDescription().strip() + " ";
                parameter.setDescription(description + "Standaard: " + schema.getDefaultValue() + ".");
                schema.setDefaultValue(null);
            }
        }
    }

    /**
     * A nullable date is written as allOf [LocalDate] with nullable, which validators read as "null not
     * allowed". Dates and moments are plain strings with a format, so the reference is replaced by them;
     * a nullable object gets the referenced object's properties inline, for the same reason.
     */
    private static void inlineScalarReferences(Map<String, Schema> schemas) {
        schemas.values().stream()
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .filter(property -> property.getAnyOf() != null)
                .forEach(property -> property.getAnyOf().stream()
                        .filter(option -> option.getRef() != null)
                        .findFirst()
                        .ifPresent(option -> {
                            Schema target = schemas.get(option.getRef().replace("#/components/schemas/", ""));
                            if (target != null && target.getProperties() == null && target.getFormat() != null) {
                                property.setAnyOf(null);
                                property.setType(List.of(target.getType().get(0), Schema.SchemaType.NULL));
                                property.setFormat(target.getFormat());
                            } else if (target != null
                                    && target.getProperties() != null) { // a nullable object: its properties, inline
                                property.setAnyOf(null);
                                property.setType(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
                                property.setProperties(target.getProperties());
                                property.setRequired(target.getProperties().entrySet().stream()
                                        .filter(p -> p.getValue().getType() == null
                                                || !p.getValue().getType().contains(Schema.SchemaType.NULL))
                                        .map(Map.Entry::getKey)
                                        .toList());
                            }
                        }));
    }

    /**
     * Marks every property of a response schema as required unless it is nullable, so that generated
     * clients know what is always there. Request schemas declare their required fields themselves.
     */
    private static void requireNonNullableProperties(String name, Schema schema) {
        if (name.endsWith("Request")
                || name.endsWith("Change")
                || name.equals("Problem")
                || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getProperties().entrySet().stream()
                .filter(property -> property.getValue().getType() == null
                        || !property.getValue().getType().contains(Schema.SchemaType.NULL))
                .map(Map.Entry::getKey)
                .toList();
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    private static boolean isPage(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes().values().stream()
                        .anyMatch(media -> media.getSchema() != null
                                && media.getSchema().getRef() != null
                                && (media.getSchema().getRef().startsWith("#/components/schemas/Page")
                                        || media.getSchema().getRef().startsWith("#/components/schemas/SearchPage")));
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static boolean hasHeader(Operation operation, String name) {
        return hasParameters(operation)
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasParameters(PathItem item) {
        return item.getParameters() != null && !item.getParameters().isEmpty();
    }

    private static boolean hasPathParameter(Operation operation) {
        return hasParameters(operation)
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static boolean hasPathParameter(PathItem item) {
        return hasParameters(item) && item.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void addProblem(APIResponses responses, Content errors, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse().description(description).content(errors));
        }
    }

    /** Errors are problem+json, but at the OAuth token endpoint the RFC 6749 error body OAuth clients expect. */
    private static Content errorContent(String path) {
        return path.equals(BASE_PATH + "/" + OAuthError.TOKEN_PATH)
                ? OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/OAuthError")))
                : problemContent();
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ProblemMapper.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
