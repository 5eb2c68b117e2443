package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated bad-request suite: every operation of openapi.yaml, as every role and as no one, with
 * mutated paths, parameters, headers and bodies. No answer may be a 5xx, every 4xx is a problem, and every
 * 2xx matches the contract. {@code -Dfuzz.count} sets the number of requests (make fuzz sends many more),
 * {@code -Dfuzz.seed} the seed; a failure names the request, so it can be replayed. Its own application
 * and database (a test profile), so that what it changes, and its failed sign-ins, touch no other test.
 */
@QuarkusTest
@TestProfile(BadRequestSuiteTest.Isolated.class)
class BadRequestSuiteTest {

    private static final List<String> CALLERS =
            List.of("none", "admin", "editor", "support", "municipality", "province", "client");
    private static final String CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().toString();

    /** A fresh application and database, and no sign-in throttle to trip over. */
    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "handreiking.auth.free-failures-per-account",
                    "1000000",
                    "handreiking.auth.free-failures-per-address",
                    "1000000");
        }
    }

    @Test
    void noMutatedRequestIsAServerErrorAndEveryAnswerKeepsTheContract() {
        int count = Integer.getInteger("fuzz.count", 2000);
        long seed = Long.getLong("fuzz.seed", 20210212L);
        var validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        Path.of(CONTRACT).toUri().toString())
                .build();
        var requests = new BadRequests(new OpenAPIV3Parser().read(CONTRACT), seed, pool());
        var endpoints = requests.endpoints();
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, long[]> timing = new java.util.HashMap<>();
        for (int i = 0; i < count && failures.size() < 25; i++) {
            if (i % 150 == 0) { // a mutated sign-out or password change may have ended a session
                tokens.clear();
                CALLERS.forEach(caller -> tokens.put(caller, token(caller)));
            }
            String caller = CALLERS.get(i % CALLERS.size());
            BadRequests.Attempt attempt = requests.next(endpoints.get((i / CALLERS.size()) % endpoints.size()));
            long start = System.nanoTime();
            Response response = send(attempt, tokens.get(caller));
            long sent = System.nanoTime();
            String problem = judge(attempt, response, validator);
            timing.merge(
                    attempt.endpoint().method() + " " + attempt.endpoint().template(),
                    new long[] {sent - start, System.nanoTime() - sent},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            if (problem != null) {
                failures.add("#" + i + " as " + caller + ": " + problem + "\n    " + attempt);
            }
        }
        timing.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .limit(8)
                .forEach(e -> System.out.printf(
                        "fuzz timing %s: server %d ms, check %d ms%n",
                        e.getKey(), e.getValue()[0] / 1_000_000, e.getValue()[1] / 1_000_000));
        assertThat(failures).as("requests answered wrongly (seed %d)", seed).isEmpty();
    }

    private static String judge(BadRequests.Attempt attempt, Response response, OpenApiInteractionValidator validator) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String body = response.asString();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status >= 400 && attempt.uri().startsWith("/api/v1/oauth/token")) { // RFC 6749 errors for OAuth clients
            boolean oauth = type.startsWith("application/json")
                    && body.matches("\\{\"error\":\"[a-z_]+\",\"error_description\":\"[^\"]+\"}")
                    && !body.contains("Exception")
                    && !body.contains("nl.handreiking");
            return oauth
                    ? null
                    : "a " + status + " that is no OAuth error: " + type + " "
                            + body.substring(0, Math.min(200, body.length()));
        }
        if (status >= 400) {
            boolean problem = type.startsWith("application/problem+json")
                    && body.contains("\"status\":" + status)
                    && !body.contains("Exception")
                    && !body.contains("nl.handreiking");
            return problem
                    ? null
                    : "a " + status + " that is no problem: " + type + " "
                            + body.substring(0, Math.min(200, body.length()));
        }
        if (status >= 200 && status < 300) {
            var answer = SimpleResponse.Builder.status(status).withBody(body);
            if (response.contentType() != null && !response.contentType().isEmpty()) {
                answer.withContentType(type);
            }
            response.headers().forEach(h -> answer.withHeader(h.getName(), h.getValue()));
            ValidationReport report = validator.validateResponse(
                    attempt.uri().replaceAll("\\?.*", ""),
                    Request.Method.valueOf(attempt.endpoint().method()),
                    answer.build());
            return report.hasErrors() ? "a " + status + " off the contract: " + report.getMessages() : null;
        }
        return null;
    }

    private static Response send(BadRequests.Attempt attempt, String token) {
        RequestSpecification request = RestAssured.given()
                .urlEncodingEnabled(false)
                .config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        attempt.headers().forEach(request::header);
        if (attempt.contentType() != null) {
            request.contentType(attempt.contentType());
        }
        if (attempt.body() != null
                && String.valueOf(attempt.contentType()).startsWith("application/x-www-form-urlencoded")) {
            request.body(new String(
                    attempt.body(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)); // REST Assured takes a form only as text
        } else if (attempt.body() != null) {
            request.body(attempt.body());
        }
        return request.request(attempt.endpoint().method(), attempt.uri());
    }

    private static String token(String caller) {
        return switch (caller) {
            case "none" -> null;
            case "client" -> SignIn.asClient();
            default -> SignIn.as(caller);
        };
    }

    /** Real ids and codes for path and body values, so that mutations reach past the first lookup. */
    private static Map<String, List<String>> pool() {
        String editor = SignIn.as("editor");
        String admin = SignIn.as("admin");
        List<String> ids = new ArrayList<>();
        for (String collection : List.of("tasks", "measures", "funding", "agenda-items", "documents")) {
            ids.addAll(RestAssured.given()
                    .header("Authorization", "Bearer " + editor)
                    .get("/api/v1/" + collection)
                    .then()
                    .extract()
                    .path(collection.equals("documents") ? "id" : "items.id"));
        }
        ids.addAll(RestAssured.given()
                .header("Authorization", "Bearer " + SignIn.as("support"))
                .get("/api/v1/signals")
                .then()
                .extract()
                .path("items.id"));
        ids.add(RestAssured.given()
                .header("Authorization", "Bearer " + admin)
                .contentType("application/json")
                .body(Map.of(
                        "email",
                        "fuzz-" + System.nanoTime() + "@example.org",
                        "displayName",
                        "Fuzz",
                        "role",
                        "editor",
                        "organisationCode",
                        "BZK",
                        "password",
                        "fuzz-Wachtwoord-4729-lang"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Map<String, String> client = SignIn.newClient(List.of("signals:write"));
        ids.add(client.get("id"));
        List<String> some = ids.subList(0, Math.min(ids.size(), 40));
        return Map.of(
                "id",
                some,
                "linkedId",
                some,
                "itemId",
                some,
                "agendaItemId",
                some,
                "clientId",
                List.of(client.get("clientId")),
                "code",
                List.of("GM0344", "PV25", "COA", "GM0363"),
                "provinceCode",
                List.of("PV25", "PV26"),
                "municipality",
                List.of("GM0344"),
                "regionCode",
                List.of("GM0344", "PV25"),
                "organisationCode",
                List.of("BZK", "COA"));
    }
}
