package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database crashes under submission load and comes back by itself: every signal answered with 201 is
 * still there, the answers meanwhile are quick 503 problems with Retry-After, readiness says DOWN and
 * nothing more, and the application serves again without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int WORKERS = 4;
    private static Desk desk;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    /** One answer to a submission: a 201 with the signal's id and reference, or anything else. */
    record Answer(
            int status, String contentType, String retryAfter, long millis, String id, String reference, String body) {}

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @Test
    void signalsAcknowledgedRightBeforeACrashAreAllThere() throws Exception {
        // With the WAL writer stopped, a commit reaches the disk only if the commit itself waits for it,
        // as synchronous_commit=on does; otherwise it stays in memory that the crash below wipes out.
        signal(
                "STOP",
                server().stream()
                        .filter(process -> title(process).contains("walwriter"))
                        .toList());
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<Answer>> submissions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            submissions.add(pool.submit(DatabaseOutageTest::submit));
        }
        List<Answer> acknowledged = new ArrayList<>();
        for (Future<Answer> submission : submissions) {
            acknowledged.add(submission.get());
        }
        crash(); // at once after the last 201: commits only in PostgreSQL's memory would be lost now
        pool.shutdown();
        assertThat(acknowledged)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        awaitService(Duration.ofSeconds(30));
        assertAllThere(acknowledged);
    }

    @Test
    void anOutageUnderLoadIsAQuick503WithRetryAfterAndHealsWithoutARestart() throws Exception {
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    answers.add(submit());
                }
            });
        }
        TimeUnit.SECONDS.sleep(1);
        int port = databasePort();
        Response down;
        try (PortHold hold = crashAndHoldPort(port)) { // the database stays away until the hold ends
            down = awaitReadiness(503, Duration.ofSeconds(5));
            TimeUnit.SECONDS.sleep(3);
        }
        Duration outage = awaitService(Duration.ofSeconds(30));
        TimeUnit.SECONDS.sleep(1);
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(down.jsonPath().getString("status")).isEqualTo("DOWN");
        assertThat(down.asString())
                .doesNotContainIgnoringCase("localhost")
                .doesNotContain("jdbc")
                .doesNotContain(String.valueOf(port))
                .doesNotContainIgnoringCase("exception");
        List<Answer> refused =
                answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(refused).as("answers during the outage").isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).matches("\\d+");
            assertThat(answer.millis()).isLessThanOrEqualTo(3000);
        });
        List<Answer> acknowledged =
                answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(answers.stream().toList().subList(answers.size() - WORKERS, answers.size()))
                .as("the last answers, after an outage of %s", outage)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        awaitReadiness(200, Duration.ofSeconds(10));
        assertAllThere(acknowledged);
    }

    /**
     * A database that hangs answers nothing and closes nothing (frozen processes, as with a network that drops
     * packets): statements already sent must not wait for ever, new connections must not either.
     */
    @Test
    void aDatabaseThatHangsIsA503WithinTheHangBoundAndServiceResumesWhenItAnswersAgain() throws Exception {
        submit(); // a connection in the pool that is in use when the database stops answering
        List<ProcessHandle> server = server();
        List<Answer> answers = new ArrayList<>();
        signal("STOP", server);
        try {
            for (int i = 0; i < 3; i++) {
                answers.add(submit());
            }
        } finally {
            signal("CONT", server);
        }
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).matches("\\d+");
            assertThat(answer.millis()).isLessThanOrEqualTo(12_000);
        });
        // a statement already on its way waits for the hang bound (socketTimeout, 10 s); once the pool has
        // found its connections dead (validation within 1 s), the next call is a 503 without that wait
        assertThat(answers.get(answers.size() - 1).millis()).isLessThanOrEqualTo(4000);
        awaitService(Duration.ofSeconds(15));
        assertThat(submit().status()).isEqualTo(201);
    }

    private static Answer submit() {
        long start = System.nanoTime();
        try {
            Response response = RestAssured.given()
                    .header("Authorization", "Bearer " + desk.utrecht)
                    .contentType(ContentType.JSON)
                    .body(Desk.body("housing-quota", Desk.unique()))
                    .when()
                    .post("/api/v1/signals");
            long millis = (System.nanoTime() - start) / 1_000_000;
            boolean created = response.statusCode() == 201;
            return new Answer(
                    response.statusCode(),
                    response.contentType(),
                    response.header("Retry-After"),
                    millis,
                    created ? response.path("id") : null,
                    created ? response.path("reference") : null,
                    response.asString());
        } catch (RuntimeException e) {
            return new Answer(-1, "", null, (System.nanoTime() - start) / 1_000_000, null, null, e.toString());
        }
    }

    /** Kills PostgreSQL as a crash would: every server process frozen first, then killed, nothing flushed in between. */
    private void crash() throws Exception {
        List<ProcessHandle> server = server();
        signal("STOP", server);
        signal("KILL", server);
        while (server.stream().anyMatch(ProcessHandle::isAlive)) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** The postmaster and its server processes. */
    private List<ProcessHandle> server() throws Exception {
        Path folder = Path.of(show("data_directory"));
        long pid = Long.parseLong(
                Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.children()).toList();
    }

    /** The title a server process gives itself ("postgres: walwriter"), as ps shows it. */
    private static String title(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        } catch (IOException e) {
            return "";
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        assertThat(processes).isNotEmpty();
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    /**
     * Crashes the database and keeps its port taken, so that neither the restart nor the application gets
     * through: connections hang until they time out, as with a database that is unreachable.
     */
    private PortHold crashAndHoldPort(int port) throws Exception {
        crash();
        List<ServerSocket> sockets = new ArrayList<>();
        sockets.add(new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1")));
        try {
            sockets.add(new ServerSocket(port, 50, InetAddress.getByName("::1")));
        } catch (IOException e) {
            // no IPv6 loopback here: PostgreSQL cannot listen there either
        }
        return new PortHold(sockets);
    }

    /** Ports taken in place of the database, given back on close. */
    record PortHold(List<ServerSocket> sockets) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private int databasePort() throws Exception {
        return Integer.parseInt(show("port"));
    }

    private String show(String setting) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Waits until the API reads from the database again; returns how long that took. */
    private static Duration awaitService(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (RestAssured.given()
                            .header("Authorization", "Bearer " + desk.support)
                            .when()
                            .get("/api/v1/signals?pageSize=1")
                            .statusCode()
                    == 200) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("The API did not serve again within " + limit);
    }

    private Response awaitReadiness(int status, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        Response response = null;
        while (System.nanoTime() - start < limit.toNanos()) {
            response = RestAssured.given().when().get(readiness);
            if (response.statusCode() == status) {
                return response;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError(
                "Readiness did not answer " + status + " within " + limit + "; last: " + response.asString());
    }

    private static void assertAllThere(List<Answer> acknowledged) {
        assertThat(acknowledged.stream().map(Answer::reference).distinct())
                .as("reference numbers given twice")
                .hasSameSizeAs(acknowledged);
        for (Answer answer : acknowledged) {
            Desk.as(desk.support)
                    .when()
                    .get("/api/v1/signals/" + answer.id())
                    .then()
                    .statusCode(200)
                    .body("reference", equalTo(answer.reference()));
        }
    }
}
