package nl.handreiking.identity;

import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The one access table: every operation of the contract against every kind of caller. Later features add
 * their rows to access-table.csv; a missing row fails {@link #everyOperationOfTheContractIsInTheTable}.
 */
@QuarkusTest
class AccessTableTest {

    private static final String TABLE = "/access-table.csv";
    /** A tiny but real PDF, so that an upload passes the content check and reaches the access decision. */
    private static final byte[] SIGNAL_PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final List<String> CALLERS =
            List.of("anonymous", "municipality", "province", "support", "editor", "admin", "client");

    /**
     * One token per caller, kept from row to row: a sign-in is a bcrypt check on purpose, and signing in afresh for
     * every cell took five minutes. A row that succeeds with anything but a read may have ended or changed what the
     * token stands for (DELETE /sessions/current does), so its caller signs in again for the next row.
     */
    private static final Map<String, String> TOKENS = new HashMap<>();

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 0, delimiter = ',')
    void everyCallerGetsTheStatusOfTheTable(
            String method,
            String path,
            String example,
            String body,
            int anonymous,
            int municipality,
            int province,
            int support,
            int editor,
            int admin,
            int client) {
        int[] expected = {anonymous, municipality, province, support, editor, admin, client};
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            int status = request(caller, body)
                    .request(method, "/api/v1" + example)
                    .then()
                    .extract()
                    .statusCode();
            if (status < 300 && !method.equals("GET")) {
                TOKENS.remove(caller);
            }
            assertThat(status).as("%s %s as %s", method, path, caller).isEqualTo(expected[i]);
        }
    }

    @Test
    void everyOperationOfTheContractIsInTheTable() throws IOException {
        var contract = new OpenAPIV3Parser().read(Path.of("..", "openapi.yaml").toString());
        Set<String> operations = new TreeSet<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .keySet()
                        .forEach(method -> operations.add(method.name() + " " + path)));
        Set<String> table;
        try (var lines = Files.lines(Path.of("src", "test", "resources", "access-table.csv"))) {
            table = lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split(","))
                    .map(cells -> cells[0] + " " + cells[1])
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(table).as("operations in access-table.csv").containsExactlyElementsOf(operations);
    }

    private static RequestSpecification request(String caller, String body) {
        RequestSpecification request = givenInvalid();
        switch (caller) {
            case "anonymous" -> {}
            case "client" ->
                request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(caller, c -> SignIn.asClient()));
            default -> request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(caller, SignIn::as));
        }
        if ("json".equals(body)) {
            request.contentType(ContentType.JSON).body("{}");
        } else if ("binary".equals(body)) {
            request.contentType("application/octet-stream").body(SIGNAL_PDF);
        } else if ("csv".equals(body)) {
            request.contentType("text/csv").body("municipality;period;target;realised;arrearsIn\n");
        } else if ("form".equals(body)) {
            request.contentType(ContentType.URLENC).formParam("unused", "");
        }
        return request;
    }
}
