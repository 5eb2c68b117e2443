package nl.handreiking.common;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests made from openapi.yaml and then bent out of shape: every operation, with path, query, header
 * and body values replaced by wrong types, extreme lengths, control characters, odd Unicode, extreme
 * numbers and dates, repeated keys and wrong content types. The same seed gives the same requests.
 */
final class BadRequests {

    /** One operation of the contract. */
    record Endpoint(String method, String template, List<Parameter> parameters, String contentType, Schema<?> body) {}

    /** One request to send; {@code uri} is already percent-encoded. */
    record Attempt(
            Endpoint endpoint,
            String uri,
            Map<String, String> headers,
            String contentType,
            byte[] body,
            List<String> mutations) {
        @Override
        public String toString() {
            return endpoint.method() + " " + uri + " " + headers + " " + contentType + " " + mutations + " body="
                    + (body == null ? "-" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
        }
    }

    static final List<String> ODD_TEXT = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "regel\r\nBcc: iedereen@example.org",
            "\u001b[31m",
            "\t",
            "\u007f",
            "\u0085",
            "\u2028",
            "\u202Eexe.fdp",
            "e\u0301",
            "\uD835\uDD73",
            "\uD800",
            "\uFEFF",
            "\uFFFF",
            "=1+1",
            "../../etc/passwd",
            "%00",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "+999999999-12-31",
            "-999999999-01-01",
            "0000-00-00",
            "2021-02-30",
            "1899-12-31",
            "2201-01-01",
            "2021-13-01T25:61:00Z",
            "-1",
            "0",
            "1e309",
            "NaN",
            "9".repeat(40),
            "true",
            "null",
            "ⅫⅫ",
            "Ω".repeat(300),
            "x".repeat(20_000));
    static final List<String> ODD_JSON = List.of(
            "null",
            "true",
            "0",
            "-1",
            "2147483648",
            "-9223372036854775809",
            "1e309",
            "-1e309",
            "1e-400",
            "1.5",
            "99999999999999999999999999999999999999",
            "\"12\"",
            "[]",
            "{}",
            "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"" + "y".repeat(70_000) + "\"");
    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/json; charset=ISO-8859-1",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "text/csv",
            "*/*",
            "nonsense");
    static final List<String> ACCEPTS = List.of(
            "application/json;q=0",
            "*/*;q=0",
            "text/html",
            "application/xml",
            "*/*",
            "nonsense/",
            "application/problem+json",
            "text/csv",
            "application/json;q=0, */*;q=0.1");

    private final OpenAPI api;
    private final Random random;
    private final Map<String, List<String>> pool;
    private final JsonBodies bodies;

    BadRequests(OpenAPI api, long seed, Map<String, List<String>> pool) {
        this.api = api;
        this.random = new Random(seed);
        this.pool = pool;
        this.bodies = new JsonBodies(api, random, pool);
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    List<Parameter> parameters =
                            new ArrayList<>(item.getParameters() == null ? List.of() : item.getParameters());
                    parameters.addAll(operation.getParameters() == null ? List.of() : operation.getParameters());
                    String type = null;
                    Schema<?> body = null;
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        var content = operation
                                .getRequestBody()
                                .getContent()
                                .entrySet()
                                .iterator()
                                .next();
                        type = content.getKey();
                        body = content.getValue().getSchema();
                    }
                    endpoints.add(new Endpoint(method.name(), "/api/v1" + path, parameters, type, body));
                }));
        return endpoints;
    }

    /** A request for this endpoint: valid as far as the generator knows in one of four, else with one to three mutations. */
    Attempt next(Endpoint endpoint) {
        List<String> mutations = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(List.of("path", "query", "header", "body", "contentType", "accept")
                    .get(random.nextInt(6)));
        }
        String path = endpoint.template();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : endpoint.parameters()) {
            boolean mutate = targets.contains(parameter.getIn()) && random.nextBoolean();
            boolean include = "path".equals(parameter.getIn())
                    || Boolean.TRUE.equals(parameter.getRequired())
                    || mutate
                    || random.nextInt(3) == 0;
            if (!include) {
                continue;
            }
            String value =
                    mutate ? pick(ODD_TEXT) : bodies.text(parameter.getName(), bodies.resolve(parameter.getSchema()));
            if (mutate) {
                mutations.add(parameter.getIn() + ":" + parameter.getName());
            }
            switch (parameter.getIn()) {
                case "path" ->
                    path = path.replace(
                            "{" + parameter.getName() + "}", value.isEmpty() && !mutate ? "x" : encode(value));
                case "query" ->
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(encode(parameter.getName()))
                            .append('=')
                            .append(encode(value));
                case "header" -> headers.put(parameter.getName(), headerSafe(value));
                default -> {}
            }
        }
        if (targets.contains("query") && random.nextBoolean()) {
            String name = pick(ODD_TEXT);
            String value = pick(ODD_TEXT);
            // REST Assured cannot send "?=" (it fails while logging the address), so an empty pair gets a value
            query.append(query.isEmpty() ? "?" : "&")
                    .append(encode(name))
                    .append('=')
                    .append(encode(name.isEmpty() && value.isEmpty() ? "x" : value));
            mutations.add("query:extra");
        }
        if (targets.contains("accept")) {
            headers.put("Accept", pick(ACCEPTS));
            mutations.add("accept");
        }
        String contentType = endpoint.contentType();
        byte[] body = endpoint.contentType() == null
                ? null
                : bodies.body(endpoint.contentType(), endpoint.body(), targets.contains("body"), mutations);
        if (targets.contains("contentType")) {
            contentType = random.nextInt(5) == 0 ? null : pick(CONTENT_TYPES);
            body = body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body;
            mutations.add("contentType");
        }
        return new Attempt(endpoint, path + query, headers, contentType, body, mutations);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Header values cannot carry control characters at all (the HTTP layer refuses them first); the rest may. */
    private static String headerSafe(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c > 0xff)
                ? "x" + value.replaceAll("[^\\x20-\\x7e]", "")
                : value;
    }

    /** Percent-encodes everything but the unreserved characters, as UTF-8 (a lone surrogate becomes '?'). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
