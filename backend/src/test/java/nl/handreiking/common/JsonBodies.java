package nl.handreiking.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Bodies for {@link BadRequests}: made from the contract's schemas, then mutated as text so that anything can be said. */
final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAPI api;
    private final Random random;
    private final Map<String, List<String>> pool;

    JsonBodies(OpenAPI api, Random random, Map<String, List<String>> pool) {
        this.api = api;
        this.random = random;
        this.pool = pool;
    }

    byte[] body(String contentType, Schema<?> schema, boolean mutate, List<String> mutations) {
        if (contentType.startsWith("application/json")) {
            return json(schema, mutate, mutations).getBytes(StandardCharsets.UTF_8);
        }
        if (contentType.equals("application/x-www-form-urlencoded")) {
            String secret = mutate ? BadRequests.encode(pick(BadRequests.ODD_TEXT)) : "geheim";
            if (mutate) {
                mutations.add("form");
            }
            return ("grant_type=client_credentials&client_id=" + pickOf("clientId", "onbekend") + "&client_secret="
                            + secret)
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (contentType.equals("text/csv")) {
            String line =
                    mutate ? "GM0344;2021-H2;" + pick(BadRequests.ODD_TEXT) + ";1;0;0" : "GM0344;2031-H1;10;3;0;0";
            if (mutate) {
                mutations.add("csv");
            }
            return ("municipality;period;target;realised;arrearsIn;arrearsEnd\n" + line + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = mutate
                ? new byte[random.nextInt(2000)]
                : "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        if (mutate) {
            random.nextBytes(bytes);
            mutations.add("bytes");
        }
        return bytes;
    }

    private String json(Schema<?> schema, boolean mutate, List<String> mutations) {
        Object value = value("body", resolve(schema), 0);
        String text = write(value);
        if (!mutate) {
            return text;
        }
        int kind = random.nextInt(6);
        if (value instanceof Map<?, ?> map && !map.isEmpty() && kind < 3) { // one field replaced by something odd
            String field = new ArrayList<>(map.keySet())
                    .get(random.nextInt(map.size()))
                    .toString();
            String odd = random.nextBoolean() ? pick(BadRequests.ODD_JSON) : write(pick(BadRequests.ODD_TEXT));
            mutations.add("field:" + field);
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), v));
            copy.put(field, new Raw(odd));
            return write(copy);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty() && kind == 3) { // a repeated key
            String field = map.keySet().iterator().next().toString();
            mutations.add("duplicate:" + field);
            return "{" + write(field) + ":" + write(map.get(field)) + "," + text.substring(1);
        }
        mutations.add("body");
        return List.of(
                        "",
                        " ",
                        "{",
                        "[]",
                        "null",
                        "\"x\"",
                        "{\"onbekend\":1}",
                        text.substring(0, text.length() / 2),
                        "{\"a\":" + "[".repeat(2000),
                        text + "x",
                        "\u0000")
                .get(random.nextInt(11));
    }

    /** A value as the schema describes it, with the pool's real ids and codes where the name asks for one. */
    Object value(String name, Schema<?> schema, int depth) {
        if (schema == null || depth > 6) {
            return "x";
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((field, property) -> {
                boolean required =
                        schema.getRequired() != null && schema.getRequired().contains(field);
                if (required || random.nextInt(10) < 7) {
                    object.put(field, value(field, resolve(property), depth + 1));
                }
            });
            return object;
        }
        String type = schema.getType() != null
                ? schema.getType()
                : schema.getTypes() == null
                        ? "string"
                        : schema.getTypes().iterator().next();
        return switch (type) {
            case "array" -> List.of(value(name, resolve(schema.getItems()), depth + 1));
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().intValue() : 1 + random.nextInt(100);
            case "number" -> 1000 + random.nextInt(1000);
            case "boolean" -> random.nextBoolean();
            case "object" -> Map.of();
            default -> text(name, schema);
        };
    }

    String text(String name, Schema<?> schema) {
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(
                    schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        String format = schema == null ? null : schema.getFormat();
        if ("date".equals(format)) {
            return "2021-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
        }
        if ("date-time".equals(format)) {
            return "2021-03-01T10:00:00Z";
        }
        if ("email".equals(format) || name.equalsIgnoreCase("email")) {
            return "fuzz" + random.nextInt(1_000_000) + "@example.org";
        }
        if (pool.containsKey(name)) {
            return pickOf(name, "x");
        }
        if (schema != null && schema.getExample() != null) {
            return String.valueOf(schema.getExample());
        }
        if (schema != null
                && schema.getExamples() != null
                && !schema.getExamples().isEmpty()) {
            return String.valueOf(schema.getExamples().get(0));
        }
        return "Fuzz " + random.nextInt(1000);
    }

    Schema<?> resolve(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            return resolve(api.getComponents().getSchemas().get(schema.get$ref().replace("#/components/schemas/", "")));
        }
        for (List<Schema> options : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (options != null && !options.isEmpty()) {
                return resolve(options.get(0));
            }
        }
        return schema;
    }

    private String pickOf(String name, String otherwise) {
        List<String> values = pool.getOrDefault(name, List.of());
        return values.isEmpty() || random.nextInt(8) == 0
                ? java.util.UUID.randomUUID().toString()
                : values.get(random.nextInt(values.size()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** JSON text that goes into a body as it is. */
    private record Raw(String json) {
        @com.fasterxml.jackson.annotation.JsonValue
        @com.fasterxml.jackson.annotation.JsonRawValue
        public String json() {
            return json;
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
