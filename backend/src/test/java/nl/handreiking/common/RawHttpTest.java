package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that no HTTP client library would send: errors of the HTTP layer itself are problems too. */
@QuarkusTest
class RawHttpTest {

    @TestHTTPResource("/")
    URL server;

    private String send(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            try {
                while ((read = in.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                    if (complete(out.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                // the server may close hard after a bad request; what arrived counts
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** True when the headers and a body of the declared Content-Length have arrived. */
    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var matcher =
                java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(response.substring(0, end));
        return matcher.find() && response.length() - end - 4 >= Integer.parseInt(matcher.group(1));
    }

    private static void assertProblem(String response, int status) {
        assertThat(response)
                .matches("(?s)HTTP/1\\.[01] " + status + " .*")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":" + status)
                .doesNotContain("Exception");
    }

    @Test
    void anHttp10RequestWithoutHostIsABadRequestProblem() throws IOException {
        String response = send("GET /api/v1/domains HTTP/1.0\r\n\r\n");
        assertThat(response)
                .startsWith("HTTP/1.0 400")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"Host\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/documents/a%zz", "/api/v1/tasks?q=%zz", "/a%zz"})
    void anAddressThatDoesNotDecodeIsABadRequestProblem(String target) throws IOException {
        assertProblem(send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void anHttp11RequestWithoutHostIsABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/v1/domains HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
    }

    /** Netty refuses these while it decodes the headers, before any route; the answer is still a problem, and the connection closes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a\u0000b", "a\rb", "a\u0001b"})
    void aControlCharacterInAHeaderIsABadRequestProblem(String value) throws IOException {
        String response = send("GET /api/v1/domains HTTP/1.1\r\nHost: localhost\r\nX-Test: " + value + "\r\n\r\n");
        assertProblem(response, 400);
        assertThat(response).containsIgnoringCase("connection: close");
    }

    @Test
    void anAddressBeyondWhatTheServerReadsIsAUriTooLongProblem() throws IOException {
        assertProblem(send("GET /api/v1/tasks?q=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
    }

    @Test
    void headersBeyondWhatTheServerReadsAreAHeaderFieldsTooLargeProblem() throws IOException {
        assertProblem(
                send("GET /api/v1/domains HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n"),
                431);
    }

    @Test
    void aVeryLongUrlIsAUriTooLongProblem() throws IOException {
        assertProblem(
                send("GET /api/v1/tasks?q=" + "a".repeat(5000)
                        + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                414);
    }

    @Test
    void tooLargeHeadersAreAHeaderFieldsTooLargeProblem() throws IOException {
        assertProblem(
                send("GET /api/v1/domains HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(30_000)
                        + "\r\nConnection: close\r\n\r\n"),
                431);
    }

    @Test
    void aChunkedBodyAboveTheLimitIsTooLarge() throws IOException {
        StringBuilder request = new StringBuilder(
                "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String opening = "{\"email\":\""; // valid JSON up to the limit, so that the reader runs into it
        request.append(Integer.toHexString(opening.length()))
                .append("\r\n")
                .append(opening)
                .append("\r\n");
        String chunk = "a".repeat(1 << 20);
        for (int i = 0; i < 12; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");
        String response = send(request.toString());
        // without a Content-Length only the REST layer's reader finds out, and it answers the 413 itself, without a
        // body
        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
    }
}
