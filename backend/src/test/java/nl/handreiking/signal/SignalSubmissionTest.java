package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Submitting: reference numbers, due dates, retries with an Idempotency-Key, and bad input that writes nothing. */
@QuarkusTest
class SignalSubmissionTest {

    private static Desk desk;
    private static String client;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
            Map<String, String> created = SignIn.newClient(List.of("signals:write"));
            client = SignIn.clientToken(created.get("clientId"), created.get("secret"));
        }
    }

    @Test
    void aSubmittedSignalGetsAReferenceADueDateAndTheThemesOwner() {
        Map<String, Object> body = Desk.body("housing-quota", Desk.unique());
        body.put("type", "question");
        Desk.as(desk.utrecht)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/signals/[0-9a-f-]{36}"))
                .header("ETag", "\"1\"")
                .body(
                        "reference",
                        matchesPattern("SIG-"
                                + LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() + "-\\d{6}"))
                .body("type", equalTo("question"))
                .body("status", equalTo("submitted"))
                .body("priority", equalTo("normal"))
                .body("owner.code", equalTo("BZK"))
                .body("region.code", equalTo("GM0344"))
                .body("region.provinceCode", equalTo("PV26"))
                .body("submittedBy", equalTo("Gemeente Utrecht (demo)"))
                .body("overdue", equalTo(false))
                .body("example", equalTo(false))
                .body("allowedTransitions", equalTo(List.of()))
                .body(
                        "dueOn",
                        equalTo(WorkingDays.after(LocalDate.now(ZoneId.of("Europe/Amsterdam")), 10)
                                .toString()));
    }

    @Test
    void twentyConcurrentRetriesWithOneKeyMakeOneSignal() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Desk.body("other", Desk.unique());
        body.put("regionCode", "GM0344");
        List<Map<String, Object>> answers = concurrently(
                20,
                () -> submitAsAClientWould(() -> Desk.as(client)
                                .header("Idempotency-Key", key)
                                .contentType(ContentType.JSON)
                                .body(body))
                        .jsonPath()
                        .getMap("$"));
        assertThat(answers.stream().map(a -> a.get("id")).distinct()).hasSize(1);
        assertThat(answers.stream().map(a -> a.get("reference")).distinct()).hasSize(1);
        Desk.as(desk.support)
                .queryParam("q", (String) body.get("title"))
                .when()
                .get("/api/v1/signals")
                .then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = Desk.body("other", Desk.unique());
        first.put("regionCode", "GM0344");
        Desk.as(client)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(first)
                .when()
                .post("/api/v1/signals")
                .then()
                .statusCode(201);
        Map<String, Object> other = Desk.body("other", Desk.unique());
        other.put("regionCode", "GM0344");
        assertProblem(
                Desk.invalidAs(client)
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(other)
                        .when()
                        .post("/api/v1/signals")
                        .then(),
                422);
        Desk.as(desk.support)
                .queryParam("q", (String) other.get("title"))
                .when()
                .get("/api/v1/signals")
                .then()
                .body("totalItems", equalTo(0));
        assertProblem(
                        Desk.invalidAs(client)
                                .header("Idempotency-Key", "met spatie")
                                .contentType(ContentType.JSON)
                                .body(other)
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("Idempotency-Key"));
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctNumbersWithoutGaps() throws Exception {
        List<String> references = concurrently(50, () -> {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Desk.body("other", Desk.unique());
            return submitAsAClientWould(() -> Desk.as(desk.utrecht)
                            .header("Idempotency-Key", key)
                            .contentType(ContentType.JSON)
                            .body(body))
                    .<String>path("reference");
        });
        Set<Integer> numbers = new TreeSet<>(
                references.stream().map(r -> Integer.parseInt(r.substring(9))).toList());
        assertThat(numbers).hasSize(50);
        assertThat(((TreeSet<Integer>) numbers).last() - ((TreeSet<Integer>) numbers).first())
                .isEqualTo(49);
        int year = Integer.parseInt(references.get(0).substring(4, 8));
        List<String> all = Desk.as(desk.support)
                .queryParam("pageSize", 100)
                .queryParam("sort", "submittedAt")
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.reference");
        Set<Integer> thisYear = new TreeSet<>();
        int page = 1;
        while (!all.isEmpty()) {
            all.stream()
                    .filter(r -> r.startsWith("SIG-" + year))
                    .forEach(r -> thisYear.add(Integer.parseInt(r.substring(9))));
            page++;
            all = Desk.as(desk.support)
                    .queryParam("pageSize", 100)
                    .queryParam("page", page)
                    .queryParam("sort", "submittedAt")
                    .when()
                    .get("/api/v1/signals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.reference");
        }
        assertThat(thisYear)
                .as("every number of the year from 1 up, none missing")
                .hasSize(((TreeSet<Integer>) thisYear).last())
                .contains(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "theme | {\"type\":\"signal\",\"theme\":\"weather\",\"title\":\"T\",\"description\":\"D\"}",
                "type | {\"type\":\"complaint\",\"theme\":\"other\",\"title\":\"T\",\"description\":\"D\"}",
                "title | {\"type\":\"signal\",\"theme\":\"other\",\"title\":\" \",\"description\":\"D\"}",
                "description | {\"type\":\"signal\",\"theme\":\"other\",\"title\":\"T\"}",
                "regionCode | {\"type\":\"signal\",\"theme\":\"other\",\"title\":\"T\",\"description\":\"D\",\"regionCode\":\"Utrecht\"}"
            })
    void badInputIsABadRequestThatNamesTheFieldAndWritesNothing(String field, String body) {
        long before = countAll();
        assertProblem(
                        Desk.invalidAs(desk.utrecht)
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/api/v1/signals")
                                .then(),
                        400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith(field)));
        assertThat(countAll()).isEqualTo(before);
    }

    @Test
    void onlyMunicipalitiesProvincesAndSystemsSubmit() {
        for (String role : List.of("support", "editor", "admin")) {
            assertProblem(
                    Desk.invalidAs(SignIn.as(role))
                            .contentType(ContentType.JSON)
                            .body(Desk.body("other", "T"))
                            .when()
                            .post("/api/v1/signals")
                            .then(),
                    403);
        }
    }

    private static long countAll() {
        return Desk.as(desk.support)
                .when()
                .get("/api/v1/signals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    /**
     * Submits as the README tells clients to: a 503 (the pool had no connection free within 2 s, which a
     * busy machine reaches with fifty calls at once) is waited out for its Retry-After and sent again with
     * the same Idempotency-Key. What must hold is that every submission ends as exactly one signal.
     */
    private static Response submitAsAClientWould(Supplier<RequestSpecification> request) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Response response = request.get().when().post("/api/v1/signals");
            if (response.statusCode() != 503 || attempt == 10) {
                response.then().statusCode(201);
                return response;
            }
            assertThat(response.header("Retry-After")).matches("\\d+");
            Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
        }
    }

    private static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
